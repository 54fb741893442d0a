using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>A Windows registry value (section 6.17.2).</summary>
public sealed class WindowsRegistryValue
{
    /// <summary><c>name</c> (empty string for the default value).</summary>
    public string? Name { get; init; }

    /// <summary><c>data</c>.</summary>
    public string? Data { get; init; }

    /// <summary><c>data_type</c>, e.g. <c>REG_SZ</c>.</summary>
    public string? DataType { get; init; }

    /// <summary>Properties not defined by the spec, kept as read.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? CustomProperties { get; set; }
}
