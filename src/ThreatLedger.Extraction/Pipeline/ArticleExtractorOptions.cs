using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Events;

namespace ThreatLedger.Extraction.Pipeline;

/// <summary>What <see cref="ArticleExtractor"/> uses: gazetteers and the event extractor (rule-based or a trained model).</summary>
public sealed record ArticleExtractorOptions
{
    /// <summary>Gazetteers (built-in by default; <see cref="Lexicon.Load"/> adds a user folder).</summary>
    public Lexicon Lexicon { get; init; } = Lexicon.Default;

    /// <summary>The CASIE event extractor; rule-based when null.</summary>
    public EventExtractor? Events { get; init; }
}
