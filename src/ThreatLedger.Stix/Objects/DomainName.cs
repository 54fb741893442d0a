namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>domain-name</c> STIX Cyber-observable Object (section 6.4): a network domain name.</summary>
public sealed class DomainName : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>domain-name</c>.</summary>
    public const string TypeName = "domain-name";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public DomainName()
        : base(TypeName)
    {
    }

    /// <summary><c>value</c> (required, string).</summary>
    public required string Value { get; init; }

    /// <summary><c>resolves_to_refs</c> (optional, list of identifier (to ipv4-addr, ipv6-addr, domain-name)).</summary>
    public IReadOnlyList<StixId>? ResolvesToRefs { get; init; }
}
