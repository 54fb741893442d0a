using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>A granular marking (section 7.2.3): a marking or language applied to selected properties.</summary>
public sealed class GranularMarking
{
    /// <summary><c>lang</c>: the language of the selected content (exclusive with <see cref="MarkingRef"/>).</summary>
    public string? Lang { get; init; }

    /// <summary><c>marking_ref</c>: the marking-definition applied.</summary>
    public StixId? MarkingRef { get; init; }

    /// <summary><c>selectors</c> (required): property paths such as <c>description</c> or <c>external_references.[0].url</c>.</summary>
    public required IReadOnlyList<string> Selectors { get; init; }

    /// <summary>Properties not defined by the spec, kept as read.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? CustomProperties { get; set; }
}
