namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>mac-addr</c> STIX Cyber-observable Object (section 6.10): a single MAC address.</summary>
public sealed class MacAddress : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>mac-addr</c>.</summary>
    public const string TypeName = "mac-addr";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public MacAddress()
        : base(TypeName)
    {
    }

    /// <summary><c>value</c> (required, string).</summary>
    public required string Value { get; init; }
}
