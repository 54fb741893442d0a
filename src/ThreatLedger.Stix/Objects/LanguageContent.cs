using System.Text.Json.Nodes;

namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>language-content</c> STIX Meta Object (section 7.3): text content translated into other languages.</summary>
public sealed class LanguageContent : StixMetaObject
{
    /// <summary>The STIX type name, <c>language-content</c>.</summary>
    public const string TypeName = "language-content";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public LanguageContent()
        : base(TypeName)
    {
    }

    /// <summary><c>object_ref</c> (required, identifier (to any object)).</summary>
    public required StixId ObjectRef { get; init; }

    /// <summary><c>object_modified</c> (optional, timestamp).</summary>
    public StixTimestamp? ObjectModified { get; init; }

    /// <summary><c>contents</c> (required, dictionary).</summary>
    public required JsonObject Contents { get; init; }
}
