namespace ThreatLedger.Stix.Patterning;

/// <summary>Operators joining comparison expressions inside one observation expression.</summary>
public enum BooleanOperator
{
    And,
    Or,
}
