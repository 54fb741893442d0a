namespace ThreatLedger.Stix.Validation;

/// <summary>The category of a STIX object type.</summary>
public enum StixObjectKind
{
    /// <summary>A type this library does not know (custom or newer).</summary>
    Unknown,

    /// <summary>STIX Domain Object.</summary>
    Sdo,

    /// <summary>STIX Relationship Object.</summary>
    Sro,

    /// <summary>STIX Cyber-observable Object.</summary>
    Sco,

    /// <summary>STIX Meta Object.</summary>
    Smo,
}
