namespace ThreatLedger.Extraction.Text;

/// <summary>
/// A fast, allocation-light tokenizer for English news text. Tokens keep character offsets into the original text,
/// which is never normalised. Words keep inner hyphens, dots and apostrophes ("zero-day", "CVE-2017-0144",
/// "example.com", "don't"), possessive <c>'s</c> is split off, thousands separators and decimals stay inside numbers,
/// and known abbreviations ("U.S.", "Inc.", "Jan.") keep their final period.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes the whole text.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        TokenizeInto(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>Tokenizes <c>text[start..end)</c> and appends the tokens (with offsets into <paramref name="text"/>) to <paramref name="tokens"/>.</summary>
    public static void TokenizeInto(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF' || c == '\u200B')
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                i = ScanWord(text, i, end, tokens);
                continue;
            }

            // Ellipsis and double dashes as one token.
            if ((c == '.' || c == '-') && i + 1 < end && text[i + 1] == c)
            {
                var j = i + 1;
                while (j < end && text[j] == c)
                {
                    j++;
                }

                tokens.Add(new Token(i, j, TokenKind.Punctuation));
                i = j;
                continue;
            }

            // Possessive or contraction after a closing token is handled in ScanWord; a lone apostrophe is punctuation.
            tokens.Add(new Token(i, i + 1, IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i++;
        }
    }

    private static int ScanWord(string text, int start, int end, List<Token> tokens)
    {
        var j = start;
        var hasLetter = false;
        var hasDot = false;
        while (true)
        {
            while (j < end && IsWordChar(text[j]))
            {
                hasLetter |= char.IsLetter(text[j]);
                j++;
            }

            if (j + 1 >= end || !IsWordChar(text[j + 1]))
            {
                break;
            }

            var s = text[j];
            var prev = text[j - 1];
            var next = text[j + 1];
            bool join;
            switch (s)
            {
                case '-':
                case '_':
                case '@':
                case '&' when char.IsUpper(prev) && char.IsUpper(next):
                    join = true;
                    break;
                case '.':
                    join = true;
                    hasDot = true;
                    break;
                case ',':
                    join = char.IsAsciiDigit(prev) && IsThousandsGroup(text, j + 1, end);
                    break;
                case ':':
                case '/':
                    join = char.IsAsciiDigit(prev) && char.IsAsciiDigit(next);
                    break;
                case '\'':
                case '\u2019':
                    // "company's" splits into "company" + "'s"; "don't", "O'Brien" stay whole.
                    join = !((next == 's' || next == 'S') && (j + 2 >= end || !IsWordChar(text[j + 2])));
                    break;
                default:
                    join = false;
                    break;
            }

            if (!join)
            {
                break;
            }

            j++;
        }

        // Possessive "'s" as its own token.
        var kind = hasLetter ? TokenKind.Word : TokenKind.Number;
        if (j < end && text[j] == '.' && hasLetter && KeepsPeriod(text, start, j, end, hasDot))
        {
            j++;
        }

        tokens.Add(new Token(start, j, kind));
        if (j + 1 < end && (text[j] == '\'' || text[j] == '\u2019') && (text[j + 1] == 's' || text[j + 1] == 'S')
            && (j + 2 >= end || !IsWordChar(text[j + 2])))
        {
            tokens.Add(new Token(j, j + 2, TokenKind.Word));
            j += 2;
        }

        return j;
    }

    /// <summary>Whether the word <c>text[start..dot)</c> followed by a period keeps it (an abbreviation or an initial).</summary>
    private static bool KeepsPeriod(string text, int start, int dot, int end, bool hasInnerDot)
    {
        var word = text.AsSpan(start, dot - start);
        if (hasInnerDot)
        {
            // "U.S", "e.g", "i.e": every dot-separated part is one letter.
            var ok = true;
            var run = 0;
            foreach (var ch in word)
            {
                if (ch == '.')
                {
                    ok &= run == 1;
                    run = 0;
                }
                else
                {
                    run++;
                }
            }

            return ok && run == 1;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial ("J. Smith") when another capitalised word follows.
            var k = dot + 1;
            while (k < end && text[k] == ' ')
            {
                k++;
            }

            return k > dot + 1 && k < end && char.IsUpper(text[k]);
        }

        if (word.Length > 5)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (Abbreviations.IsKnown(lower))
        {
            // "No." and "Nos." only before a number.
            if (lower is "no" or "nos")
            {
                return dot + 2 < end && text[dot + 1] == ' ' && char.IsAsciiDigit(text[dot + 2]);
            }

            return true;
        }

        return false;
    }

    private static bool IsThousandsGroup(string text, int i, int end)
    {
        if (i + 3 > end)
        {
            return false;
        }

        for (var k = i; k < i + 3; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return i + 3 == end || !char.IsAsciiDigit(text[i + 3]);
    }

    /// <summary>Letters, digits and combining marks make up words.</summary>
    internal static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > 127 && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark));

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || c is '\u2018' or '\u2019' or '\u201C' or '\u201D';
}
