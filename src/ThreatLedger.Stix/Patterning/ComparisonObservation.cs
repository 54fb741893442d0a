namespace ThreatLedger.Stix.Patterning;

/// <summary><c>[ comparison-expression ]</c>: matched by one observation.</summary>
public sealed record ComparisonObservation(ComparisonExpression Comparison) : ObservationExpression
{
    public override string ToString() => $"[{Comparison}]";
}
