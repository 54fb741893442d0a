using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Json;

/// <summary>Reads and writes <see cref="StixTimestamp"/> as a JSON string, keeping the text as written.</summary>
public sealed class StixTimestampJsonConverter : JsonConverter<StixTimestamp>
{
    /// <inheritdoc/>
    public override StixTimestamp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a STIX timestamp string but found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        return StixTimestamp.TryParse(text, out var ts)
            ? ts
            : throw new JsonException($"'{StixNames.Truncate(text)}' is not a STIX timestamp (RFC 3339 in UTC ending in 'Z').");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, StixTimestamp value, JsonSerializerOptions options)
    {
        if (value.IsEmpty)
        {
            throw new InvalidOperationException("Cannot serialize an unassigned StixTimestamp.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
