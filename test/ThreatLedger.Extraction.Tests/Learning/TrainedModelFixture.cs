using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Extraction.Tests.Learning;

/// <summary>
/// Trains the event model once per test run from <c>../shared/casie/train.jsonl</c> (no weights are committed).
/// Tests that use it skip when the shared corpus is absent.
/// </summary>
public sealed class TrainedModelFixture
{
    private readonly Lazy<EventModel?> _model;

    public TrainedModelFixture()
    {
        Lexicons = EventLexicons.Load();
        _model = new Lazy<EventModel?>(() =>
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "casie", "train.jsonl"));
            return File.Exists(path) ? EventModelTrainer.Train(CasieReader.ReadPath(path), Lexicons) : null;
        });
    }

    public EventLexicons Lexicons { get; }

    /// <summary>The trained model; skips the calling test when the corpus is absent.</summary>
    public EventModel Model
    {
        get
        {
            _ = RepositoryPaths.SharedOrSkip("casie", "train.jsonl");
            return _model.Value ?? throw new InvalidOperationException("The CASIE training corpus disappeared.");
        }
    }
}
