namespace ThreatLedger.Knowledge.Sources;

/// <summary>What two evidence sentences have in common (see <see cref="TextOverlap"/>).</summary>
/// <param name="CopiedWords">Words covered by common runs of at least <see cref="TextOverlap.MinRunWords"/> words.</param>
/// <param name="ShorterWords">Words in the shorter of the two sentences.</param>
/// <param name="Coverage">CopiedWords / ShorterWords.</param>
/// <param name="LongestPassage">The longest common run, normalised (lower case, punctuation dropped).</param>
/// <param name="SharedQuote">A quotation of one that the other repeats word for word, or null.</param>
public sealed record Overlap(int CopiedWords, int ShorterWords, double Coverage, string LongestPassage, string? SharedQuote)
{
    /// <summary>True when one sentence copies the other: enough common words, one long verbatim run, or a shared quotation.</summary>
    public bool IsCopy => SharedQuote is not null
        || (CopiedWords >= TextOverlap.MinCopiedWords && Coverage >= TextOverlap.MinCoverage)
        || LongestPassage.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= TextOverlap.MinVerbatimRunWords;
}
