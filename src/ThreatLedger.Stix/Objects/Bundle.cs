using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>A STIX bundle (section 8): a wrapper for sharing a set of objects. It is not itself a STIX object.</summary>
public sealed class Bundle
{
    /// <summary>The type name, <c>bundle</c>.</summary>
    public const string TypeName = "bundle";

    /// <summary><c>type</c>: always <c>bundle</c>.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; } = TypeName;

    /// <summary><c>id</c>: <c>bundle--</c> followed by a UUID.</summary>
    [JsonPropertyOrder(-98)]
    public required StixId Id { get; init; }

    /// <summary><c>objects</c>.</summary>
    public IReadOnlyList<StixObject>? Objects { get; init; }

    /// <summary>Properties beyond the spec (kept as read).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? CustomProperties { get; set; }
}
