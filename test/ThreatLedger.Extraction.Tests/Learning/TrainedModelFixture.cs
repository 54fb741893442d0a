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
    // Static: every test class that uses the fixture shares one training run.
    private static readonly Lazy<EventLexicons> s_lexicons = new(() => EventLexicons.Load());
    private static readonly Lazy<EventModel?> s_model = new(() =>
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "casie", "train.jsonl"));
        return File.Exists(path) ? EventModelTrainer.Train(CasieReader.ReadPath(path), s_lexicons.Value) : null;
    });

    public EventLexicons Lexicons => s_lexicons.Value;

    /// <summary>The trained model; skips the calling test when the corpus is absent.</summary>
    public EventModel Model
    {
        get
        {
            _ = RepositoryPaths.SharedOrSkip("casie", "train.jsonl");
            return s_model.Value ?? throw new InvalidOperationException("The CASIE training corpus disappeared.");
        }
    }
}
