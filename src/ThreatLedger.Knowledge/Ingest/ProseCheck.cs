namespace ThreatLedger.Knowledge.Ingest;

/// <summary>
/// Tells an article from text that is not one (a CSV export, a log, a list of indicators): an article has at least
/// one run of <see cref="MinSentenceWords"/> consecutive words, and words make up at least
/// <see cref="MinWordShare"/> of its whitespace-separated tokens. A word is letters, with inner apostrophes or hyphens
/// and surrounding punctuation allowed ("state-backed", "(NISC),", "Japan’s").
/// </summary>
public static class ProseCheck
{
    /// <summary>Consecutive words that make a sentence.</summary>
    public const int MinSentenceWords = 6;

    /// <summary>Share of tokens that must be words.</summary>
    public const double MinWordShare = 0.4;

    /// <summary>Why the text is not prose, or null when it is.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = 0;
        var words = 0;
        var run = 0;
        var longest = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            tokens++;
            if (IsWord(token))
            {
                words++;
                run++;
                longest = Math.Max(longest, run);
            }
            else
            {
                run = 0;
            }
        }

        if (longest < MinSentenceWords)
        {
            return tokens == 0 ? "no text" : $"no sentence (no run of {MinSentenceWords} words) in {tokens} tokens";
        }

        return words < tokens * MinWordShare
            ? $"only {words} of {tokens} tokens are words (data or a log, not prose)"
            : null;
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
