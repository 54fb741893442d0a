namespace ThreatLedger.Stix.Patterning;

/// <summary>A parsed STIX 2.1 pattern (the <c>pattern</c> of an indicator whose <c>pattern_type</c> is <c>stix</c>).</summary>
public sealed class StixPattern
{
    private StixPattern(string text, ObservationExpression expression)
    {
        Text = text;
        Expression = expression;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The root of the observation-expression tree.</summary>
    public ObservationExpression Expression { get; }

    /// <summary>Parses a pattern.</summary>
    /// <exception cref="PatternSyntaxException">The text does not follow the STIX patterning grammar.</exception>
    public static StixPattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StixPattern(text, PatternParser.Parse(text));
    }

    /// <summary>Parses a pattern, returning the syntax error instead of throwing it.</summary>
    public static bool TryParse(string text, out StixPattern? pattern, out PatternSyntaxException? error)
    {
        try
        {
            pattern = Parse(text);
            error = null;
            return true;
        }
        catch (PatternSyntaxException ex)
        {
            pattern = null;
            error = ex;
            return false;
        }
    }

    /// <summary>Every comparison in the pattern, depth first.</summary>
    public IEnumerable<ComparisonExpression> Comparisons() => Comparisons(Expression);

    /// <summary>The SCO types the pattern tests.</summary>
    public IReadOnlySet<string> ObjectTypes =>
        Comparisons().SelectMany(c => c.Paths).Select(p => p.ObjectType).ToHashSet(StringComparer.Ordinal);

    /// <summary>A canonical, fully parenthesised form; parsing it again gives the same tree.</summary>
    public override string ToString() => Expression.ToString() ?? string.Empty;

    private static IEnumerable<ComparisonExpression> Comparisons(ObservationExpression expression) => expression switch
    {
        ComparisonObservation c => Leaves(c.Comparison),
        CompoundObservation c => Comparisons(c.Left).Concat(Comparisons(c.Right)),
        QualifiedObservation q => Comparisons(q.Inner),
        _ => [],
    };

    private static IEnumerable<ComparisonExpression> Leaves(ComparisonExpression expression) => expression switch
    {
        CompoundComparison c => Leaves(c.Left).Concat(Leaves(c.Right)),
        _ => [expression],
    };
}
