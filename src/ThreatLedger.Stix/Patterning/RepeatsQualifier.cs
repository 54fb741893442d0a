namespace ThreatLedger.Stix.Patterning;

/// <summary><c>REPEATS n TIMES</c>: the expression must match that many distinct times.</summary>
public sealed record RepeatsQualifier(int Times) : PatternQualifier
{
    public override string ToString() => $"REPEATS {Times} TIMES";
}
