namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>note</c> STIX Domain Object (section 4.13): additional informative text about other STIX objects.</summary>
public sealed class Note : StixDomainObject
{
    /// <summary>The STIX type name, <c>note</c>.</summary>
    public const string TypeName = "note";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Note()
        : base(TypeName)
    {
    }

    /// <summary><c>abstract</c> (optional, string).</summary>
    public string? Abstract { get; init; }

    /// <summary><c>content</c> (required, string).</summary>
    public required string Content { get; init; }

    /// <summary><c>authors</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary><c>object_refs</c> (required, list of identifier (to any object)).</summary>
    public required IReadOnlyList<StixId> ObjectRefs { get; init; }
}
