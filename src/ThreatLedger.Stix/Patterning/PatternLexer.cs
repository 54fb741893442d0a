using System.Globalization;
using System.Text;

namespace ThreatLedger.Stix.Patterning;

/// <summary>Splits a STIX pattern into tokens. Keywords are case-sensitive, as the grammar defines them.</summary>
internal static class PatternLexer
{
    private static readonly Dictionary<string, PatternTokenKind> s_keywords = new(StringComparer.Ordinal)
    {
        ["AND"] = PatternTokenKind.And,
        ["OR"] = PatternTokenKind.Or,
        ["NOT"] = PatternTokenKind.Not,
        ["FOLLOWEDBY"] = PatternTokenKind.FollowedBy,
        ["LIKE"] = PatternTokenKind.Like,
        ["MATCHES"] = PatternTokenKind.Matches,
        ["ISSUBSET"] = PatternTokenKind.IsSubset,
        ["ISSUPERSET"] = PatternTokenKind.IsSuperset,
        ["IN"] = PatternTokenKind.In,
        ["EXISTS"] = PatternTokenKind.Exists,
        ["WITHIN"] = PatternTokenKind.Within,
        ["SECONDS"] = PatternTokenKind.Seconds,
        ["REPEATS"] = PatternTokenKind.Repeats,
        ["TIMES"] = PatternTokenKind.Times,
        ["START"] = PatternTokenKind.Start,
        ["STOP"] = PatternTokenKind.Stop,
        ["true"] = PatternTokenKind.Boolean,
        ["false"] = PatternTokenKind.Boolean,
    };

    public static List<PatternToken> Tokenize(string pattern)
    {
        var tokens = new List<PatternToken>();
        var i = 0;
        while (true)
        {
            while (i < pattern.Length && char.IsWhiteSpace(pattern[i]))
            {
                i++;
            }

            if (i >= pattern.Length)
            {
                tokens.Add(new PatternToken(PatternTokenKind.End, string.Empty, i));
                return tokens;
            }

            var start = i;
            var c = pattern[i];
            switch (c)
            {
                case '[': tokens.Add(new(PatternTokenKind.LeftBracket, "[", i++)); continue;
                case ']': tokens.Add(new(PatternTokenKind.RightBracket, "]", i++)); continue;
                case '(': tokens.Add(new(PatternTokenKind.LeftParen, "(", i++)); continue;
                case ')': tokens.Add(new(PatternTokenKind.RightParen, ")", i++)); continue;
                case ':': tokens.Add(new(PatternTokenKind.Colon, ":", i++)); continue;
                case '.': tokens.Add(new(PatternTokenKind.Dot, ".", i++)); continue;
                case ',': tokens.Add(new(PatternTokenKind.Comma, ",", i++)); continue;
                case '*': tokens.Add(new(PatternTokenKind.Asterisk, "*", i++)); continue;
                case '=': tokens.Add(new(PatternTokenKind.Equal, "=", i++)); continue;
                case '!' when Peek(pattern, i + 1) == '=': tokens.Add(new(PatternTokenKind.NotEqual, "!=", i)); i += 2; continue;
                case '<' when Peek(pattern, i + 1) == '>': tokens.Add(new(PatternTokenKind.NotEqual, "<>", i)); i += 2; continue;
                case '<' when Peek(pattern, i + 1) == '=': tokens.Add(new(PatternTokenKind.LessOrEqual, "<=", i)); i += 2; continue;
                case '<': tokens.Add(new(PatternTokenKind.Less, "<", i++)); continue;
                case '>' when Peek(pattern, i + 1) == '=': tokens.Add(new(PatternTokenKind.GreaterOrEqual, ">=", i)); i += 2; continue;
                case '>': tokens.Add(new(PatternTokenKind.Greater, ">", i++)); continue;
                case '\'':
                    tokens.Add(new(PatternTokenKind.String, ReadQuoted(pattern, ref i), start));
                    continue;
            }

            if ((c is 't' or 'b' or 'h') && Peek(pattern, i + 1) == '\'')
            {
                i++;
                var body = ReadQuoted(pattern, ref i);
                tokens.Add(c switch
                {
                    't' => new(PatternTokenKind.Timestamp, body, start),
                    'b' => new(PatternTokenKind.Binary, body, start),
                    _ => new(PatternTokenKind.Hex, body, start),
                });
                continue;
            }

            if (char.IsAsciiDigit(c) || ((c is '-' or '+') && char.IsAsciiDigit(Peek(pattern, i + 1))))
            {
                tokens.Add(ReadNumber(pattern, ref i));
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] is '_' or '-'))
                {
                    i++;
                }

                var word = pattern[start..i];
                tokens.Add(s_keywords.TryGetValue(word, out var kind)
                    ? new PatternToken(kind, word, start)
                    : new PatternToken(PatternTokenKind.Identifier, word, start));
                continue;
            }

            throw new PatternSyntaxException(pattern, i, $"unexpected character '{c}'");
        }
    }

    private static char Peek(string s, int i) => i < s.Length ? s[i] : '\0';

    private static string ReadQuoted(string pattern, ref int i)
    {
        var open = i;
        i++; // opening quote
        var sb = new StringBuilder();
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                var next = Peek(pattern, i + 1);
                if (next is not ('\\' or '\''))
                {
                    throw new PatternSyntaxException(pattern, i, "only \\\\ and \\' may be escaped in a string literal");
                }

                sb.Append(next);
                i += 2;
                continue;
            }

            if (c == '\'')
            {
                i++;
                return sb.ToString();
            }

            sb.Append(c);
            i++;
        }

        throw new PatternSyntaxException(pattern, open, "unterminated string literal");
    }

    private static PatternToken ReadNumber(string pattern, ref int i)
    {
        var start = i;
        if (pattern[i] is '-' or '+')
        {
            i++;
        }

        while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
        {
            i++;
        }

        var isFloat = false;
        if (Peek(pattern, i) == '.' && char.IsAsciiDigit(Peek(pattern, i + 1)))
        {
            isFloat = true;
            i++;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                i++;
            }
        }

        var text = pattern[start..i];
        if (!isFloat && !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            throw new PatternSyntaxException(pattern, start, $"integer literal '{text}' is out of range");
        }

        return new PatternToken(isFloat ? PatternTokenKind.Float : PatternTokenKind.Integer, text, start);
    }
}
