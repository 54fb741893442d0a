namespace ThreatLedger.Stix.Patterning;

/// <summary>An observation expression restricted by a qualifier (WITHIN, REPEATS, START/STOP).</summary>
public sealed record QualifiedObservation(ObservationExpression Inner, PatternQualifier Qualifier) : ObservationExpression
{
    public override string ToString() => $"{Inner} {Qualifier}";
}
