namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>extension-definition</c> STIX Meta Object (section 7.1): the definition of a STIX extension.</summary>
public sealed class ExtensionDefinition : StixMetaObject
{
    /// <summary>The STIX type name, <c>extension-definition</c>.</summary>
    public const string TypeName = "extension-definition";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public ExtensionDefinition()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>schema</c> (required, string).</summary>
    public required string Schema { get; init; }

    /// <summary><c>version</c> (required, string).</summary>
    public required string Version { get; init; }

    /// <summary><c>extension_types</c> (required, list of string).</summary>
    public required IReadOnlyList<string> ExtensionTypes { get; init; }

    /// <summary><c>extension_properties</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? ExtensionProperties { get; init; }
}
