namespace ThreatLedger.Stix.Validation;

/// <summary>The value type of a STIX property, as the validator checks it.</summary>
internal enum PropertyKind
{
    String,
    StringList,
    Timestamp,
    Boolean,
    Integer,
    NonNegativeInteger,
    Float,
    Reference,
    ReferenceList,
    KillChainPhases,
    Hashes,
    Dictionary,
    Binary,
    Hex,
    MimeParts,
    RegistryValues,
}
