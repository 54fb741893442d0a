namespace ThreatLedger.Stix.Patterning;

/// <summary>A qualifier restricting which observations may match (STIX 2.1 section 9.7).</summary>
public abstract record PatternQualifier;
