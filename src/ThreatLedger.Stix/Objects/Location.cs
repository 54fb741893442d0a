namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>location</c> STIX Domain Object (section 4.10): a geographic location.</summary>
public sealed class Location : StixDomainObject
{
    /// <summary>The STIX type name, <c>location</c>.</summary>
    public const string TypeName = "location";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Location()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (optional, string).</summary>
    public string? Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>latitude</c> (optional, float).</summary>
    public double? Latitude { get; init; }

    /// <summary><c>longitude</c> (optional, float).</summary>
    public double? Longitude { get; init; }

    /// <summary><c>precision</c> (optional, float).</summary>
    public double? Precision { get; init; }

    /// <summary><c>region</c> (optional, string).</summary>
    public string? Region { get; init; }

    /// <summary><c>country</c> (optional, string).</summary>
    public string? Country { get; init; }

    /// <summary><c>administrative_area</c> (optional, string).</summary>
    public string? AdministrativeArea { get; init; }

    /// <summary><c>city</c> (optional, string).</summary>
    public string? City { get; init; }

    /// <summary><c>street_address</c> (optional, string).</summary>
    public string? StreetAddress { get; init; }

    /// <summary><c>postal_code</c> (optional, string).</summary>
    public string? PostalCode { get; init; }
}
