namespace ThreatLedger.Stix.Patterning;

/// <summary><c>path [NOT] operator value</c>; for IN, <see cref="Values"/> holds the set.</summary>
public sealed record PropertyComparison(ObjectPath Path, ComparisonOperator Operator, bool Negated, IReadOnlyList<PatternValue> Values)
    : ComparisonExpression
{
    /// <summary>The single right-hand value (the first of the set for IN).</summary>
    public PatternValue? Value => Values.Count > 0 ? Values[0] : null;

    public override IEnumerable<ObjectPath> Paths => [Path];

    public bool Equals(PropertyComparison? other) =>
        other is not null && Path.Equals(other.Path) && Operator == other.Operator && Negated == other.Negated &&
        Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Path, Operator, Negated, Values.Count);

    public override string ToString()
    {
        var op = Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.NotEqual => "!=",
            ComparisonOperator.Less => "<",
            ComparisonOperator.LessOrEqual => "<=",
            ComparisonOperator.Greater => ">",
            ComparisonOperator.GreaterOrEqual => ">=",
            ComparisonOperator.In => "IN",
            ComparisonOperator.Like => "LIKE",
            ComparisonOperator.Matches => "MATCHES",
            ComparisonOperator.IsSubset => "ISSUBSET",
            _ => "ISSUPERSET",
        };
        var right = Operator == ComparisonOperator.In ? "(" + string.Join(", ", Values) + ")" : Values[0].ToString();
        return $"{Path} {(Negated ? "NOT " : string.Empty)}{op} {right}";
    }
}
