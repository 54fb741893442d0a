using System.Text.Json;

namespace ThreatLedger.Taxii.Protocol;

/// <summary>A status-details entry: object id, version and an optional message.</summary>
/// <param name="Id">The object id (or a placeholder when the object had none).</param>
/// <param name="Version">The object version.</param>
/// <param name="Message">Why it failed, or a note.</param>
public sealed record StatusDetail(string Id, string Version, string? Message)
{
    /// <summary>Writes the entry as the TAXII status-details object (also its stored form).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        writer.WriteString("version", Version);
        writer.WriteOptional("message", Message);
        writer.WriteEndObject();
    }
}
