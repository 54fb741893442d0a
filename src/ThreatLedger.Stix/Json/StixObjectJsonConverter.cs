using System.Text.Json;
using System.Text.Json.Serialization;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Json;

/// <summary>
/// Reads any STIX object by scanning ahead for its <c>type</c> (which need not come first) and deserializing with
/// the generated metadata of that type; unknown types become <see cref="UnknownStixObject"/>.
/// </summary>
internal sealed class StixObjectJsonConverter : JsonConverter<StixObject>
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(StixObject);

    public override StixObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A STIX object must be a JSON object, not {reader.TokenType}.");
        }

        var typeName = FindType(reader) ?? throw new JsonException("The object has no string 'type' property.");
        var clrType = StixTypeRegistry.Find(typeName) ?? typeof(UnknownStixObject);
        return (StixObject)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(clrType))!;
    }

    public override void Write(Utf8JsonWriter writer, StixObject value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));

    private static string? FindType(Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
            {
                var isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }

        return null;
    }
}
