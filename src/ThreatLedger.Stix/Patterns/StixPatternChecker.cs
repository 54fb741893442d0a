using System.Globalization;

namespace ThreatLedger.Stix.Patterns;

/// <summary>
/// Checks the syntax of STIX patterns (STIX 2.1 section 9): observation expressions in brackets joined by AND, OR and
/// FOLLOWEDBY with WITHIN / REPEATS / START-STOP qualifiers; comparison expressions <c>object-type:path op value</c>
/// with =, !=, &lt;, &lt;=, &gt;, &gt;=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET, NOT and EXISTS; string, integer,
/// float, boolean, <c>t'…'</c> timestamp, <c>h'…'</c> hex and <c>b'…'</c> binary literals. It does not check
/// that object paths exist in the data model.
/// </summary>
public sealed class StixPatternChecker
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _pos;

    private StixPatternChecker(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>Throws when <paramref name="pattern"/> is not a syntactically valid STIX pattern.</summary>
    /// <exception cref="PatternSyntaxException">The pattern is invalid; the exception gives the index and reason.</exception>
    public static void Check(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var checker = new StixPatternChecker(pattern, Tokenize(pattern));
        checker.ParseObservationExpressions();
        if (checker.Peek.Kind != TokenKind.End)
        {
            checker.Fail("unexpected '" + checker.Peek.Text + "' after the end of the pattern");
        }
    }

    /// <summary>Returns null when the pattern is valid, otherwise the exception describing the first problem.</summary>
    public static PatternSyntaxException? TryCheck(string pattern)
    {
        try
        {
            Check(pattern);
            return null;
        }
        catch (PatternSyntaxException ex)
        {
            return ex;
        }
    }

    private enum TokenKind
    {
        End,
        LBracket,
        RBracket,
        LParen,
        RParen,
        Colon,
        Dot,
        Comma,
        Star,
        Op,
        Word,
        String,
        Number,
        TypedLiteral,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Index);

    private Token Peek => _tokens[_pos];

    private Token Next() => _tokens[_pos++];

    private bool IsWord(string word) => Peek.Kind == TokenKind.Word && Peek.Text == word;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string reason) => throw new PatternSyntaxException(_text, Peek.Index, reason);

    private Token Expect(TokenKind kind, string what)
    {
        if (Peek.Kind != kind)
        {
            Fail($"expected {what} but found {(Peek.Kind == TokenKind.End ? "the end of the pattern" : "'" + Peek.Text + "'")}");
        }

        return Next();
    }

    // observationExpressions := orExpr (FOLLOWEDBY orExpr)*
    private void ParseObservationExpressions()
    {
        ParseObservationOr();
        while (IsWord("FOLLOWEDBY"))
        {
            Next();
            ParseObservationOr();
        }
    }

    private void ParseObservationOr()
    {
        ParseObservationAnd();
        while (IsWord("OR"))
        {
            Next();
            ParseObservationAnd();
        }
    }

    private void ParseObservationAnd()
    {
        ParseObservation();
        while (IsWord("AND"))
        {
            Next();
            ParseObservation();
        }
    }

    private void ParseObservation()
    {
        if (Peek.Kind == TokenKind.LBracket)
        {
            Next();
            ParseComparisonOr();
            Expect(TokenKind.RBracket, "']' to close the observation expression");
        }
        else if (Peek.Kind == TokenKind.LParen)
        {
            Next();
            ParseObservationExpressions();
            Expect(TokenKind.RParen, "')'");
        }
        else
        {
            Fail("expected '[' to start an observation expression");
        }

        ParseQualifiers();
    }

    private void ParseQualifiers()
    {
        while (true)
        {
            if (IsWord("WITHIN"))
            {
                Next();
                var n = Expect(TokenKind.Number, "a number of seconds after WITHIN");
                if (double.Parse(n.Text, CultureInfo.InvariantCulture) <= 0)
                {
                    _pos--;
                    Fail("WITHIN needs a positive number of seconds");
                }

                if (!IsWord("SECONDS"))
                {
                    Fail("expected SECONDS after the WITHIN value");
                }

                Next();
            }
            else if (IsWord("REPEATS"))
            {
                Next();
                var n = Expect(TokenKind.Number, "an integer after REPEATS");
                if (!int.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
                {
                    _pos--;
                    Fail("REPEATS needs a positive integer");
                }

                if (!IsWord("TIMES"))
                {
                    Fail("expected TIMES after the REPEATS value");
                }

                Next();
            }
            else if (IsWord("START"))
            {
                Next();
                ExpectTimestamp("START");
                if (!IsWord("STOP"))
                {
                    Fail("expected STOP after START t'…'");
                }

                Next();
                ExpectTimestamp("STOP");
            }
            else
            {
                return;
            }
        }
    }

    private void ExpectTimestamp(string after)
    {
        var t = Expect(TokenKind.TypedLiteral, $"a t'…' timestamp after {after}");
        if (t.Text[0] != 't')
        {
            _pos--;
            Fail($"expected a t'…' timestamp after {after}");
        }
    }

    private void ParseComparisonOr()
    {
        ParseComparisonAnd();
        while (IsWord("OR"))
        {
            Next();
            ParseComparisonAnd();
        }
    }

    private void ParseComparisonAnd()
    {
        ParsePropertyTest();
        while (IsWord("AND"))
        {
            Next();
            ParsePropertyTest();
        }
    }

    private void ParsePropertyTest()
    {
        if (Peek.Kind == TokenKind.LParen)
        {
            Next();
            ParseComparisonOr();
            Expect(TokenKind.RParen, "')'");
            return;
        }

        if (IsWord("EXISTS"))
        {
            Next();
            ParseObjectPath();
            return;
        }

        ParseObjectPath();
        if (IsWord("NOT"))
        {
            Next();
        }

        var op = Peek;
        if (op.Kind == TokenKind.Op)
        {
            Next();
            ParseLiteral(allowList: false);
        }
        else if (op.Kind == TokenKind.Word && op.Text == "IN")
        {
            Next();
            Expect(TokenKind.LParen, "'(' after IN");
            ParseLiteral(allowList: false);
            while (Peek.Kind == TokenKind.Comma)
            {
                Next();
                ParseLiteral(allowList: false);
            }

            Expect(TokenKind.RParen, "')' to close the IN list");
        }
        else if (op.Kind == TokenKind.Word && op.Text is "LIKE" or "MATCHES" or "ISSUBSET" or "ISSUPERSET")
        {
            Next();
            Expect(TokenKind.String, $"a string after {op.Text}");
        }
        else
        {
            Fail("expected a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)");
        }
    }

    private void ParseLiteral(bool allowList)
    {
        _ = allowList;
        var t = Peek;
        if (t.Kind is TokenKind.String or TokenKind.Number or TokenKind.TypedLiteral || (t.Kind == TokenKind.Word && t.Text is "true" or "false"))
        {
            Next();
            return;
        }

        Fail("expected a literal value (string, number, boolean, t'…', h'…' or b'…')");
    }

    private void ParseObjectPath()
    {
        var type = Expect(TokenKind.Word, "an object type such as file or ipv4-addr");
        if (!StixNames.IsValidTypeName(type.Text))
        {
            _pos--;
            Fail($"'{type.Text}' is not a valid object type name");
        }

        Expect(TokenKind.Colon, "':' after the object type");
        FirstComponent();
        while (true)
        {
            if (Peek.Kind == TokenKind.Dot)
            {
                Next();
                FirstComponent();
            }
            else if (Peek.Kind == TokenKind.LBracket && _pos + 1 < _tokens.Count && (_tokens[_pos + 1].Kind is TokenKind.Number or TokenKind.Star))
            {
                Next();
                var index = Next();
                if (index.Kind == TokenKind.Number && !int.TryParse(index.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    _pos--;
                    Fail("a list index must be a non-negative integer or *");
                }

                Expect(TokenKind.RBracket, "']' after the list index");
            }
            else
            {
                return;
            }
        }
    }

    private void FirstComponent()
    {
        if (Peek.Kind is TokenKind.Word or TokenKind.String)
        {
            Next();
            return;
        }

        Fail("expected a property name");
    }

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case '[': tokens.Add(new(TokenKind.LBracket, "[", i++)); continue;
                case ']': tokens.Add(new(TokenKind.RBracket, "]", i++)); continue;
                case '(': tokens.Add(new(TokenKind.LParen, "(", i++)); continue;
                case ')': tokens.Add(new(TokenKind.RParen, ")", i++)); continue;
                case ':': tokens.Add(new(TokenKind.Colon, ":", i++)); continue;
                case '.' when i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1]): tokens.Add(new(TokenKind.Dot, ".", i++)); continue;
                case ',': tokens.Add(new(TokenKind.Comma, ",", i++)); continue;
                case '*': tokens.Add(new(TokenKind.Star, "*", i++)); continue;
                case '=': tokens.Add(new(TokenKind.Op, "=", i++)); continue;
                case '!' when i + 1 < s.Length && s[i + 1] == '=': tokens.Add(new(TokenKind.Op, "!=", i)); i += 2; continue;
                case '<' or '>':
                    var two = i + 1 < s.Length && (s[i + 1] == '=' || (c == '<' && s[i + 1] == '>'));
                    tokens.Add(new(TokenKind.Op, s.Substring(i, two ? 2 : 1), i));
                    i += two ? 2 : 1;
                    continue;
                case '\'':
                    i = ReadQuoted(s, i);
                    tokens.Add(new(TokenKind.String, s[start..i], start));
                    continue;
            }

            if ((c is 't' or 'h' or 'b') && i + 1 < s.Length && s[i + 1] == '\'')
            {
                i = ReadQuoted(s, i + 1);
                var literal = s[start..i];
                CheckTypedLiteral(s, start, literal);
                tokens.Add(new(TokenKind.TypedLiteral, literal, start));
                continue;
            }

            if (char.IsAsciiDigit(c) || ((c is '-' or '+' or '.') && i + 1 < s.Length && (char.IsAsciiDigit(s[i + 1]) || s[i + 1] == '.')))
            {
                i++;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.' || s[i] is 'e' or 'E' || ((s[i] is '-' or '+') && s[i - 1] is 'e' or 'E')))
                {
                    i++;
                }

                var number = s[start..i];
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw new PatternSyntaxException(s, start, $"'{number}' is not a number");
                }

                tokens.Add(new(TokenKind.Number, number, start));
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '_' or '-'))
                {
                    i++;
                }

                tokens.Add(new(TokenKind.Word, s[start..i], start));
                continue;
            }

            throw new PatternSyntaxException(s, i, $"unexpected character '{c}'");
        }

        tokens.Add(new(TokenKind.End, string.Empty, s.Length));
        return tokens;
    }

    private static int ReadQuoted(string s, int quote)
    {
        var i = quote + 1;
        while (i < s.Length)
        {
            if (s[i] == '\\')
            {
                if (i + 1 >= s.Length || s[i + 1] is not ('\\' or '\''))
                {
                    throw new PatternSyntaxException(s, i, "only \\' and \\\\ are allowed escapes in a string literal");
                }

                i += 2;
                continue;
            }

            if (s[i] == '\'')
            {
                return i + 1;
            }

            i++;
        }

        throw new PatternSyntaxException(s, quote, "unterminated string literal");
    }

    private static void CheckTypedLiteral(string s, int start, string literal)
    {
        var body = literal[2..^1];
        switch (literal[0])
        {
            case 't' when !StixTimestamp.TryParse(body, out _):
                throw new PatternSyntaxException(s, start, $"t'{StixNames.Truncate(body)}' is not a STIX timestamp");
            case 'h' when body.Length % 2 != 0 || !body.All(char.IsAsciiHexDigit):
                throw new PatternSyntaxException(s, start, "h'…' must hold an even number of hex digits");
            case 'b' when !IsBase64(body):
                throw new PatternSyntaxException(s, start, "b'…' must hold base64");
        }
    }

    private static bool IsBase64(string body)
    {
        Span<byte> buffer = body.Length <= 1024 ? stackalloc byte[body.Length] : new byte[body.Length];
        return Convert.TryFromBase64String(body, buffer, out _);
    }
}
