namespace ThreatLedger.Knowledge.Ingest;

/// <summary>
/// Tells an article from text that is not one (a CSV export, a log): an article has at least one run of
/// <see cref="MinSentenceWords"/> consecutive words. A word is letters, with inner apostrophes or hyphens and
/// surrounding punctuation allowed ("state-backed", "(NISC),", "Japan’s"). Indicator-heavy reports still pass: a
/// table of hashes with a sentence about them is a report.
/// </summary>
public static class ProseCheck
{
    /// <summary>Consecutive words that make a sentence.</summary>
    public const int MinSentenceWords = 6;

    /// <summary>Why the text is not prose, or null when it is.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = 0;
        var run = 0;
        var longest = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            tokens++;
            if (IsWord(token))
            {
                run++;
                longest = Math.Max(longest, run);
            }
            else
            {
                run = 0;
            }
        }

        return longest >= MinSentenceWords ? null
            : tokens == 0 ? "no text"
            : $"no sentence (no run of {MinSentenceWords} words) in {tokens} tokens: data or a log, not prose";
    }

    private static bool IsWord(string token)
    {
        var span = token.AsSpan().Trim("\"'“”‘’([{<".AsSpan()).TrimEnd(".,;:!?\"'“”‘’)]}>".AsSpan());
        if (span.IsEmpty || !char.IsLetter(span[0]) || !char.IsLetter(span[^1]))
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
