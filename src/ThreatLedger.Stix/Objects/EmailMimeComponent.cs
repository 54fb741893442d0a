using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>One part of a multipart e-mail body (section 6.6.2).</summary>
public sealed class EmailMimeComponent
{
    /// <summary><c>body</c>: the text of the part.</summary>
    public string? Body { get; init; }

    /// <summary><c>body_raw_ref</c>: an artifact or file holding the part.</summary>
    public StixId? BodyRawRef { get; init; }

    /// <summary><c>content_type</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary><c>content_disposition</c>.</summary>
    public string? ContentDisposition { get; init; }

    /// <summary>Properties not defined by the spec, kept as read.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? CustomProperties { get; set; }
}
