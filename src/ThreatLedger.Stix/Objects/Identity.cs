namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>identity</c> STIX Domain Object (section 4.5): an individual, organisation or group.</summary>
public sealed class Identity : StixDomainObject
{
    /// <summary>The STIX type name, <c>identity</c>.</summary>
    public const string TypeName = "identity";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Identity()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>roles</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary><c>identity_class</c> (optional, string).</summary>
    public string? IdentityClass { get; init; }

    /// <summary><c>sectors</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Sectors { get; init; }

    /// <summary><c>contact_information</c> (optional, string).</summary>
    public string? ContactInformation { get; init; }
}
