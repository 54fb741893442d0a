using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Json;

/// <summary>Reads and writes <see cref="StixId"/> as a JSON string.</summary>
public sealed class StixIdJsonConverter : JsonConverter<StixId>
{
    /// <inheritdoc/>
    public override StixId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a STIX identifier string but found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        return StixId.TryParse(text, out var id)
            ? id
            : throw new JsonException($"'{StixNames.Truncate(text)}' is not a STIX identifier (expected 'object-type--' followed by a UUID).");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, StixId value, JsonSerializerOptions options)
    {
        if (value.IsEmpty)
        {
            throw new InvalidOperationException("Cannot serialize an unassigned StixId; create the object through StixObjectFactory or set Id.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
