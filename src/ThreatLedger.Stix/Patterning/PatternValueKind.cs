namespace ThreatLedger.Stix.Patterning;

/// <summary>The literal kinds of STIX patterning.</summary>
public enum PatternValueKind
{
    String,
    Integer,
    Float,
    Boolean,
    Timestamp,
    Binary,
    Hex,
}
