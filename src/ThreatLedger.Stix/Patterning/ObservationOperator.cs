namespace ThreatLedger.Stix.Patterning;

/// <summary>Operators joining observation expressions.</summary>
public enum ObservationOperator
{
    And,
    Or,
    FollowedBy,
}
