namespace ThreatLedger.Stix.Patterning;

/// <summary>A node of a pattern's observation-expression tree.</summary>
public abstract record ObservationExpression;
