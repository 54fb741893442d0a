namespace ThreatLedger.Stix.Validation;

/// <summary>The value type of a STIX property, as the validator checks it.</summary>
internal enum PropertyKind
{
    String,
    StringList,
    Timestamp,

    /// <summary>A timestamp precise to the second: no fractional seconds (e.g. windows-pebinary-ext time_date_stamp).</summary>
    TimestampSeconds,
    Boolean,
    Integer,
    NonNegativeInteger,
    Float,
    Reference,
    ReferenceList,
    KillChainPhases,
    Hashes,
    Dictionary,

    /// <summary>A dictionary whose values are strings.</summary>
    StringDictionary,

    /// <summary>A dictionary whose values are integers.</summary>
    IntegerDictionary,

    /// <summary>A dictionary whose values are strings or integers.</summary>
    StringOrIntegerDictionary,

    /// <summary>A dictionary whose values are lists of strings.</summary>
    StringListDictionary,

    /// <summary>A dictionary whose values are strings or lists of strings.</summary>
    StringOrStringListDictionary,
    Binary,
    Hex,
    MimeParts,

    /// <summary>An embedded object checked against <see cref="PropertySchema.Embedded"/>.</summary>
    Embedded,

    /// <summary>A non-empty list of embedded objects checked against <see cref="PropertySchema.Embedded"/>.</summary>
    EmbeddedList,
}
