namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>ipv4-addr</c> STIX Cyber-observable Object (section 6.8): one or more IPv4 addresses (CIDR allowed).</summary>
public sealed class IPv4Address : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>ipv4-addr</c>.</summary>
    public const string TypeName = "ipv4-addr";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public IPv4Address()
        : base(TypeName)
    {
    }

    /// <summary><c>value</c> (required, string).</summary>
    public required string Value { get; init; }

    /// <summary><c>resolves_to_refs</c> (optional, list of identifier (to mac-addr)).</summary>
    public IReadOnlyList<StixId>? ResolvesToRefs { get; init; }

    /// <summary><c>belongs_to_refs</c> (optional, list of identifier (to autonomous-system)).</summary>
    public IReadOnlyList<StixId>? BelongsToRefs { get; init; }
}
