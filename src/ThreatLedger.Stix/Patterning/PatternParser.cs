using System.Globalization;
using System.Text.RegularExpressions;

namespace ThreatLedger.Stix.Patterning;

/// <summary>Recursive-descent parser for the STIX 2.1 patterning grammar (section 9 and its ANTLR grammar).</summary>
internal sealed partial class PatternParser
{
    private const int MaxDepth = 64;
    private readonly string _pattern;
    private readonly List<PatternToken> _tokens;
    private int _position;
    private int _depth;

    private PatternParser(string pattern)
    {
        _pattern = pattern;
        _tokens = PatternLexer.Tokenize(pattern);
    }

    public static ObservationExpression Parse(string pattern)
    {
        var parser = new PatternParser(pattern);
        var expression = parser.ParseFollowedBy();
        parser.Expect(PatternTokenKind.End, "end of pattern");
        return expression;
    }

    private PatternToken Current => _tokens[_position];

    private PatternToken Advance() => _tokens[_position++];

    private bool Accept(PatternTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _position++;
        return true;
    }

    private PatternToken Expect(PatternTokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Error(Current, $"expected {what} but found {Describe(Current)}");
        }

        return Advance();
    }

    private PatternSyntaxException Error(PatternToken at, string reason) => new(_pattern, at.Position, reason);

    private static string Describe(PatternToken token) =>
        token.Kind == PatternTokenKind.End ? "the end of the pattern" : $"'{token.Text}'";

    private void Enter(PatternToken at)
    {
        if (++_depth > MaxDepth)
        {
            throw Error(at, $"nesting deeper than {MaxDepth} levels");
        }
    }

    // observationExpressions: observationExpressionOr (FOLLOWEDBY observationExpressionOr)*
    private ObservationExpression ParseFollowedBy()
    {
        var left = ParseObservationOr();
        while (Accept(PatternTokenKind.FollowedBy))
        {
            left = new CompoundObservation(ObservationOperator.FollowedBy, left, ParseObservationOr());
        }

        return left;
    }

    private ObservationExpression ParseObservationOr()
    {
        var left = ParseObservationAnd();
        while (Accept(PatternTokenKind.Or))
        {
            left = new CompoundObservation(ObservationOperator.Or, left, ParseObservationAnd());
        }

        return left;
    }

    private ObservationExpression ParseObservationAnd()
    {
        var left = ParseQualifiedObservation();
        while (Accept(PatternTokenKind.And))
        {
            left = new CompoundObservation(ObservationOperator.And, left, ParseQualifiedObservation());
        }

        return left;
    }

    private ObservationExpression ParseQualifiedObservation()
    {
        var start = Current;
        ObservationExpression expression;
        Enter(start);
        if (Accept(PatternTokenKind.LeftBracket))
        {
            var comparison = ParseComparisonOr();
            Expect(PatternTokenKind.RightBracket, "']' closing the observation expression");
            CheckSameTypeUnderAnd(comparison, start);
            expression = new ComparisonObservation(comparison);
        }
        else if (Accept(PatternTokenKind.LeftParen))
        {
            expression = ParseFollowedBy();
            Expect(PatternTokenKind.RightParen, "')'");
        }
        else
        {
            throw Error(Current, $"expected '[' or '(' to start an observation expression but found {Describe(Current)}");
        }

        _depth--;
        while (true)
        {
            var qualifier = ParseQualifier();
            if (qualifier is null)
            {
                return expression;
            }

            expression = new QualifiedObservation(expression, qualifier);
        }
    }

    private PatternQualifier? ParseQualifier()
    {
        var at = Current;
        if (Accept(PatternTokenKind.Within))
        {
            var number = Current;
            if (number.Kind is not (PatternTokenKind.Integer or PatternTokenKind.Float))
            {
                throw Error(number, $"WITHIN needs a positive number of seconds but found {Describe(number)}");
            }

            Advance();
            var seconds = double.Parse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (seconds <= 0)
            {
                throw Error(number, "WITHIN needs a positive number of seconds");
            }

            Expect(PatternTokenKind.Seconds, "SECONDS after WITHIN n");
            return new WithinQualifier(seconds);
        }

        if (Accept(PatternTokenKind.Repeats))
        {
            var number = Expect(PatternTokenKind.Integer, "a positive integer after REPEATS");
            if (!int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var times) || times <= 0)
            {
                throw Error(number, "REPEATS needs a positive integer");
            }

            Expect(PatternTokenKind.Times, "TIMES after REPEATS n");
            return new RepeatsQualifier(times);
        }

        if (Accept(PatternTokenKind.Start))
        {
            var start = Expect(PatternTokenKind.Timestamp, "a timestamp literal t'…' after START");
            Expect(PatternTokenKind.Stop, "STOP after START t'…'");
            var stop = Expect(PatternTokenKind.Timestamp, "a timestamp literal t'…' after STOP");
            var startValue = ParseTimestamp(start);
            var stopValue = ParseTimestamp(stop);
            if (stopValue <= startValue)
            {
                throw Error(stop, "STOP must be later than START");
            }

            return new StartStopQualifier(startValue, stopValue, start.Text, stop.Text);
        }

        _ = at;
        return null;
    }

    private ComparisonExpression ParseComparisonOr()
    {
        var left = ParseComparisonAnd();
        while (Accept(PatternTokenKind.Or))
        {
            left = new CompoundComparison(BooleanOperator.Or, left, ParseComparisonAnd());
        }

        return left;
    }

    private ComparisonExpression ParseComparisonAnd()
    {
        var left = ParsePropertyTest();
        while (Accept(PatternTokenKind.And))
        {
            left = new CompoundComparison(BooleanOperator.And, left, ParsePropertyTest());
        }

        return left;
    }

    private ComparisonExpression ParsePropertyTest()
    {
        var at = Current;
        if (Accept(PatternTokenKind.LeftParen))
        {
            Enter(at);
            var inner = ParseComparisonOr();
            Expect(PatternTokenKind.RightParen, "')'");
            _depth--;
            return inner;
        }

        if (Accept(PatternTokenKind.Exists))
        {
            return new ExistsComparison(ParseObjectPath());
        }

        var path = ParseObjectPath();
        var negated = Accept(PatternTokenKind.Not);
        var opToken = Advance();
        var op = opToken.Kind switch
        {
            PatternTokenKind.Equal => ComparisonOperator.Equal,
            PatternTokenKind.NotEqual => ComparisonOperator.NotEqual,
            PatternTokenKind.Less => ComparisonOperator.Less,
            PatternTokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
            PatternTokenKind.Greater => ComparisonOperator.Greater,
            PatternTokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
            PatternTokenKind.In => ComparisonOperator.In,
            PatternTokenKind.Like => ComparisonOperator.Like,
            PatternTokenKind.Matches => ComparisonOperator.Matches,
            PatternTokenKind.IsSubset => ComparisonOperator.IsSubset,
            PatternTokenKind.IsSuperset => ComparisonOperator.IsSuperset,
            _ => throw Error(opToken, $"expected a comparison operator after {path} but found {Describe(opToken)}"),
        };

        if (op == ComparisonOperator.In)
        {
            Expect(PatternTokenKind.LeftParen, "'(' starting the set after IN");
            var values = new List<PatternValue>();
            if (!Accept(PatternTokenKind.RightParen))
            {
                do
                {
                    values.Add(ParseLiteral(Advance()));
                }
                while (Accept(PatternTokenKind.Comma));

                Expect(PatternTokenKind.RightParen, "')' closing the set");
            }

            return new PropertyComparison(path, op, negated, values);
        }

        var valueToken = Advance();
        var value = ParseLiteral(valueToken);
        switch (op)
        {
            case ComparisonOperator.Like or ComparisonOperator.Matches or ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset
                when value.Kind != PatternValueKind.String:
                throw Error(valueToken, $"{opToken.Text} needs a string literal but found {Describe(valueToken)}");
            case ComparisonOperator.Less or ComparisonOperator.LessOrEqual or ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual
                when value.Kind == PatternValueKind.Boolean:
                throw Error(valueToken, $"{opToken.Text} cannot order a boolean");
            case ComparisonOperator.Matches:
                CheckRegex(value.Text, valueToken);
                break;
        }

        return new PropertyComparison(path, op, negated, [value]);
    }

    private PatternValue ParseLiteral(PatternToken token)
    {
        switch (token.Kind)
        {
            case PatternTokenKind.String: return new(PatternValueKind.String, token.Text);
            case PatternTokenKind.Integer: return new(PatternValueKind.Integer, token.Text);
            case PatternTokenKind.Float: return new(PatternValueKind.Float, token.Text);
            case PatternTokenKind.Boolean: return new(PatternValueKind.Boolean, token.Text);
            case PatternTokenKind.Timestamp:
                ParseTimestamp(token);
                return new(PatternValueKind.Timestamp, token.Text);
            case PatternTokenKind.Hex:
                if (token.Text.Length % 2 != 0 || !token.Text.All(char.IsAsciiHexDigit))
                {
                    throw Error(token, "a hex literal h'…' needs an even number of hexadecimal digits");
                }

                return new(PatternValueKind.Hex, token.Text);
            case PatternTokenKind.Binary:
                if (!IsBase64(token.Text))
                {
                    throw Error(token, "a binary literal b'…' must be base64");
                }

                return new(PatternValueKind.Binary, token.Text);
            default:
                throw Error(token, $"expected a literal value but found {Describe(token)}");
        }
    }

    private ObjectPath ParseObjectPath()
    {
        var typeToken = Current;
        if (typeToken.Kind != PatternTokenKind.Identifier)
        {
            throw Error(typeToken, $"expected an object path such as file:name but found {Describe(typeToken)}");
        }

        Advance();
        if (!ObjectTypeRegex().IsMatch(typeToken.Text))
        {
            throw Error(typeToken, $"object type '{typeToken.Text}' must be 3-250 characters of a-z, 0-9 and '-'");
        }

        Expect(PatternTokenKind.Colon, $"':' after the object type '{typeToken.Text}'");
        var steps = new List<PathStep> { ParseName() };
        while (true)
        {
            if (Accept(PatternTokenKind.Dot))
            {
                steps.Add(ParseName());
            }
            else if (Current.Kind == PatternTokenKind.LeftBracket && IsIndexAhead())
            {
                Advance();
                var index = Advance();
                steps.Add(index.Kind == PatternTokenKind.Asterisk
                    ? new PathStep(null, null)
                    : new PathStep(null, int.Parse(index.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)));
                Expect(PatternTokenKind.RightBracket, "']' closing the list index");
            }
            else
            {
                return new ObjectPath(typeToken.Text, steps);
            }
        }
    }

    private bool IsIndexAhead()
    {
        var next = _tokens[_position + 1];
        return next.Kind is PatternTokenKind.Asterisk || (next.Kind == PatternTokenKind.Integer && int.TryParse(next.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
    }

    private PathStep ParseName()
    {
        var token = Advance();
        return token.Kind switch
        {
            PatternTokenKind.Identifier when !token.Text.Contains('-', StringComparison.Ordinal) => new PathStep(token.Text, null),
            PatternTokenKind.String => new PathStep(token.Text, null),
            PatternTokenKind.Identifier => throw Error(token, $"property name '{token.Text}' contains '-': quote it as '{token.Text}'"),
            _ => throw Error(token, $"expected a property name but found {Describe(token)}"),
        };
    }

    private void CheckSameTypeUnderAnd(ComparisonExpression expression, PatternToken at)
    {
        if (expression is not CompoundComparison compound)
        {
            return;
        }

        if (compound.Operator == BooleanOperator.And)
        {
            var types = compound.Paths.Select(p => p.ObjectType).Distinct(StringComparer.Ordinal).ToList();
            if (types.Count > 1)
            {
                throw Error(at, $"comparison expressions joined by AND must use the same object type, found {string.Join(" and ", types)}");
            }
        }

        CheckSameTypeUnderAnd(compound.Left, at);
        CheckSameTypeUnderAnd(compound.Right, at);
    }

    private DateTimeOffset ParseTimestamp(PatternToken token)
    {
        if (!TimestampRegex().IsMatch(token.Text) ||
            !DateTimeOffset.TryParse(token.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            throw Error(token, $"timestamp '{token.Text}' must be RFC 3339 in UTC, e.g. 2016-05-12T08:17:27Z");
        }

        return value;
    }

    private void CheckRegex(string regex, PatternToken at)
    {
        try
        {
            _ = new Regex(regex, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            throw Error(at, "MATCHES needs a valid regular expression: " + ex.Message);
        }
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out _);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$")]
    private static partial Regex ObjectTypeRegex();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:(\d{2}|60)(\.\d+)?Z$")]
    private static partial Regex TimestampRegex();
}
