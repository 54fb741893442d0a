namespace ThreatLedger.Stix.Patterning;

/// <summary>Comparison expressions joined by AND or OR.</summary>
public sealed record CompoundComparison(BooleanOperator Operator, ComparisonExpression Left, ComparisonExpression Right)
    : ComparisonExpression
{
    public override IEnumerable<ObjectPath> Paths => Left.Paths.Concat(Right.Paths);

    public override string ToString() => $"({Left} {(Operator == BooleanOperator.And ? "AND" : "OR")} {Right})";
}
