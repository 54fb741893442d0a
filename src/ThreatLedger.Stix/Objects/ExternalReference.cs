using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>An external reference (section 2.5): a pointer to non-STIX information.</summary>
public sealed class ExternalReference
{
    /// <summary><c>source_name</c> (required).</summary>
    public required string SourceName { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>url</c>.</summary>
    public string? Url { get; init; }

    /// <summary><c>hashes</c> of the content at <see cref="Url"/>.</summary>
    public IReadOnlyDictionary<string, string>? Hashes { get; init; }

    /// <summary><c>external_id</c>.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Properties not defined by the spec, kept as read.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? CustomProperties { get; set; }
}
