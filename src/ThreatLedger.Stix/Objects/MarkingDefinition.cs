using System.Text.Json.Nodes;

namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>marking-definition</c> STIX Meta Object (section 7.2.1): a data marking (TLP, statement or an extension-defined marking).</summary>
public sealed class MarkingDefinition : StixMetaObject
{
    /// <summary>The STIX type name, <c>marking-definition</c>.</summary>
    public const string TypeName = "marking-definition";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public MarkingDefinition()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (optional, string).</summary>
    public string? Name { get; init; }

    /// <summary><c>definition_type</c> (optional, string).</summary>
    public string? DefinitionType { get; init; }

    /// <summary><c>definition</c> (optional, dictionary).</summary>
    public JsonObject? Definition { get; init; }
}
