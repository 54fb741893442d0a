using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Learning;

/// <summary>Maps character spans to token ranges and back.</summary>
internal static class TokenAlignment
{
    /// <summary>The tokens that overlap <c>[start, end)</c>, or null when none does.</summary>
    public static (int First, int End)? Tokens(AnalyzedText text, int start, int end)
    {
        var first = text.TokenAtOrAfter(start);
        if (first > 0 && text.Tokens[first - 1].End > start)
        {
            first--;
        }

        var last = text.TokenAtOrAfter(end);
        return last > first ? (first, last) : null;
    }

    /// <summary>The character span of tokens <c>[first, end)</c>.</summary>
    public static (int Start, int End) Characters(AnalyzedText text, int first, int end) =>
        (text.Tokens[first].Start, text.Tokens[end - 1].End);
}
