namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>grouping</c> STIX Domain Object (section 4.4): a set of STIX objects that share a context.</summary>
public sealed class Grouping : StixDomainObject
{
    /// <summary>The STIX type name, <c>grouping</c>.</summary>
    public const string TypeName = "grouping";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Grouping()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (optional, string).</summary>
    public string? Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>context</c> (required, string).</summary>
    public required string Context { get; init; }

    /// <summary><c>object_refs</c> (required, list of identifier (to any object)).</summary>
    public required IReadOnlyList<StixId> ObjectRefs { get; init; }
}
