namespace ThreatLedger.Extraction.Text;

/// <summary>
/// Splits tokenized text into sentences. A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or an ellipsis (with any
/// closing quotes and brackets that follow) when the next token can start a sentence. Abbreviations that keep their
/// period ("Jan.", "Dr.", "e.g.") never end a sentence; company suffixes and country codes ("Inc.", "U.S.") end one
/// only when a typical sentence opener follows. A quoted question or exclamation followed by a lower-case word
/// ("'Why?' he asked") stays one sentence. A blank line (a paragraph break) always ends a sentence, so headlines and
/// bylines without a full stop do not run into the first paragraph. A wire-service dateline that opens a paragraph
/// ("LONDON, March 3 (Northwire) -", "BRATISLAVA -") is a sentence of its own, so the place and the outlet never become
/// the subject of the story's first sentence.
/// </summary>
public static class SentenceSplitter
{
    // Words that typically open a sentence: after "Inc." or "U.S." they signal a boundary.
    private static readonly HashSet<string> s_openers = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "In", "On", "At",
        "But", "However", "A", "An", "And", "According", "Also", "After", "Before", "As", "If", "When", "While", "There",
        "Their", "His", "Her", "Our", "Some", "Many", "Most", "Other", "Officials", "Meanwhile", "Still", "Yet", "So",
        "For", "From", "Last", "Earlier", "Later", "Now", "Today", "Yesterday", "Since", "Although", "Though", "What",
        "Who", "How", "Why", "Researchers", "Security", "Attackers", "Hackers", "Users", "Customers", "Both",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openerLookup = s_openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokenizes and splits <paramref name="text"/>.</summary>
    public static IReadOnlyList<Sentence> Split(string text) => Split(text, Tokenizer.Tokenize(text));

    /// <summary>Splits text that was tokenized into <paramref name="tokens"/>; token indices refer to that list.</summary>
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Count / 20 + 1);
        var first = 0;
        var n = tokens.Count;
        var t = 0;
        while (t < n)
        {
            var end = t == first && (t == 0 || IsParagraphBreak(text, tokens[t - 1].End, tokens[t].Start)) ? DatelineEnd(text, tokens, t) : -1;
            if (end < 0)
            {
                end = EndOfSentenceAt(text, tokens, t);
            }

            if (end <= t && t + 1 < n && IsParagraphBreak(text, tokens[t].End, tokens[t + 1].Start))
            {
                // A headline, byline or list item without a full stop still ends at its paragraph's blank line.
                end = t + 1;
            }

            if (end > t)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[end - 1].End, first, end));
                first = end;
                t = end;
                continue;
            }

            t++;
        }

        if (first < n)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[n - 1].End, first, n));
        }

        return sentences;
    }

    /// <summary>When token <paramref name="t"/> ends a sentence, the index after the sentence's last token; otherwise -1.</summary>
    private static int EndOfSentenceAt(string text, IReadOnlyList<Token> tokens, int t)
    {
        var token = tokens[t];
        var span = token.AsSpan(text);
        var abbreviationMayEnd = false;
        if (token.Kind == TokenKind.Punctuation)
        {
            var c = span[0];
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                return -1;
            }
        }
        else if (token.Kind == TokenKind.Word && span.Length > 1 && span[^1] == '.')
        {
            var body = span[..^1];
            if (body.Length > 6)
            {
                return -1;
            }

            Span<char> lower = stackalloc char[body.Length];
            body.ToLowerInvariant(lower);
            // A capital letter and a period is an initial ("John F. Kennedy"), except after a preposition ("a post on X.").
            var initial = body.Length == 1 && char.IsUpper(body[0])
                && !(t > 0 && tokens[t - 1].Kind == TokenKind.Word && text.AsSpan(tokens[t - 1].Start, tokens[t - 1].End - tokens[t - 1].Start) is "on" or "via" or "to" or "from" or "at");
            if (Abbreviations.IsNeverFinal(lower) || initial)
            {
                return -1;
            }

            abbreviationMayEnd = true;
        }
        else
        {
            return -1;
        }

        // Swallow further terminal punctuation and closing quotes/brackets glued to the terminator ("?!", ".\"", ".)").
        var end = t + 1;
        while (end < tokens.Count && tokens[end].Start == tokens[end - 1].End && tokens[end].Kind == TokenKind.Punctuation
               && IsCloserOrTerminal(text[tokens[end].Start]))
        {
            end++;
        }

        if (end >= tokens.Count)
        {
            return end;
        }

        var next = tokens[end];
        var nextText = next.AsSpan(text);
        var n0 = nextText[0];
        if (char.IsLower(n0))
        {
            return -1;
        }

        if (abbreviationMayEnd)
        {
            return s_openerLookup.Contains(nextText) || n0 is '"' or '\u201C' ? end : -1;
        }

        // A full stop followed by a closing bracket or comma-like punctuation is not an end.
        if (next.Kind == TokenKind.Punctuation && n0 is ',' or ';' or ':' or ')' or ']')
        {
            return -1;
        }

        return end;
    }

    /// <summary>
    /// When a dateline opens at token <paramref name="t"/> — one to four upper-case place words, optionally ", Month Day",
    /// optionally an outlet in brackets, then a dash — the index after the dash; otherwise -1.
    /// </summary>
    private static int DatelineEnd(string text, IReadOnlyList<Token> tokens, int t)
    {
        var i = t;
        var places = 0;
        while (i < tokens.Count && places < 4 && tokens[i].Kind == TokenKind.Word && IsUpperWord(tokens[i].AsSpan(text)))
        {
            places++;
            i++;
        }

        if (places == 0 || i >= tokens.Count)
        {
            return -1;
        }

        if (tokens[i].AsSpan(text) is ",")
        {
            // ", March 3" / ", Nov 4" / ", Nov. 4"
            if (i + 2 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i + 1].Start]))
            {
                return -1;
            }

            i += 2;
            if (i < tokens.Count && tokens[i].AsSpan(text) is ".")
            {
                i++;
            }

            if (i >= tokens.Count || !tokens[i].AsSpan(text).ContainsAnyInRange('0', '9'))
            {
                return -1;
            }

            i++;
        }

        if (i < tokens.Count && tokens[i].AsSpan(text) is "(")
        {
            var close = i + 1;
            while (close < tokens.Count && close < i + 8 && tokens[close].AsSpan(text) is not ")")
            {
                close++;
            }

            if (close >= tokens.Count || tokens[close].AsSpan(text) is not ")")
            {
                return -1;
            }

            i = close + 1;
        }

        return i + 1 < tokens.Count && tokens[i].AsSpan(text) is "-" or "--" or "\u2013" or "\u2014" ? i + 1 : -1;
    }

    private static bool IsUpperWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsParagraphBreak(string text, int from, int to)
    {
        var first = text.IndexOf('\n', from, to - from);
        return first >= 0 && text.IndexOf('\n', first + 1, to - first - 1) >= 0 && text.AsSpan(from, to - from).IsWhiteSpace();
    }

    private static bool IsCloserOrTerminal(char c) =>
        c is '"' or '\'' or '\u2019' or '\u201D' or ')' or ']' or '}' or '.' or '!' or '?' or '\u2026';
}
