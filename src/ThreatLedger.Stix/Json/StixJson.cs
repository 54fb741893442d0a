using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Json;

/// <summary>
/// Parses and writes STIX 2.1 JSON with the source-generated model. Parsing is lossless: unknown properties and
/// types are kept and written back; timestamps keep their precision. For validation with JSON paths use
/// <see cref="Validation.StixValidator"/>; for large bundles use <see cref="Streaming.BundleReader"/>.
/// </summary>
public static class StixJson
{
    private static readonly JsonSerializerOptions s_options = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions s_indented = CreateOptions(indented: true);

    /// <summary>The serializer options of the model (snake_case, nulls omitted, duplicate keys rejected).</summary>
    public static JsonSerializerOptions Options => s_options;

    /// <summary>Parses one STIX object (of any type).</summary>
    /// <exception cref="StixParseException">The JSON is malformed or does not fit the model.</exception>
    public static StixObject ParseObject(string json) => ParseObject(Encoding.UTF8.GetBytes(json));

    /// <inheritdoc cref="ParseObject(string)"/>
    public static StixObject ParseObject(ReadOnlySpan<byte> utf8Json) =>
        Run(utf8Json, static (ref Utf8JsonReader r) => JsonSerializer.Deserialize(ref r, Info<StixObject>()));

    /// <inheritdoc cref="ParseObject(string)"/>
    public static StixObject ParseObject(JsonElement element)
    {
        try
        {
            return element.Deserialize(Info<StixObject>()) ?? throw new StixParseException("Expected a STIX object, found null.", "$", null, null);
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
        }
    }

    /// <summary>Parses a bundle.</summary>
    /// <exception cref="StixParseException">The JSON is malformed, is not a bundle, or does not fit the model.</exception>
    public static Bundle ParseBundle(string json) => ParseBundle(Encoding.UTF8.GetBytes(json));

    /// <inheritdoc cref="ParseBundle(string)"/>
    public static Bundle ParseBundle(ReadOnlySpan<byte> utf8Json) =>
        Run(utf8Json, static (ref Utf8JsonReader r) => JsonSerializer.Deserialize(ref r, Info<Bundle>()));

    /// <summary>Parses a bundle or a single object and returns the objects it holds.</summary>
    /// <exception cref="StixParseException">The JSON is malformed or does not fit the model.</exception>
    public static IReadOnlyList<StixObject> ParseObjects(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        string? type = null;
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var depth = reader.CurrentDepth;
                while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
                    {
                        var isType = reader.ValueTextEquals("type"u8);
                        reader.Read();
                        if (isType && reader.TokenType == JsonTokenType.String)
                        {
                            type = reader.GetString();
                            break;
                        }

                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
        }

        return type == Bundle.TypeName ? ParseBundle(utf8Json).Objects ?? [] : [ParseObject(utf8Json)];
    }

    /// <summary>Writes an object as compact JSON.</summary>
    public static string Serialize(StixObject value, bool indented = false) =>
        JsonSerializer.Serialize(value, Info<StixObject>(indented));

    /// <summary>Writes a bundle as JSON.</summary>
    public static string Serialize(Bundle value, bool indented = false) =>
        JsonSerializer.Serialize(value, Info<Bundle>(indented));

    /// <summary>Writes an object as UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes(StixObject value) => JsonSerializer.SerializeToUtf8Bytes(value, Info<StixObject>());

    /// <summary>Writes an object to a writer.</summary>
    public static void Serialize(Utf8JsonWriter writer, StixObject value) => JsonSerializer.Serialize(writer, value, Info<StixObject>());

    /// <summary>The generated metadata for a model type under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<T> Info<T>(bool indented = false) => (JsonTypeInfo<T>)(indented ? s_indented : s_options).GetTypeInfo(typeof(T));

    internal static StixParseException Wrap(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1}, path {ex.Path ?? "$"})" : ex.Path is null ? string.Empty : $" (path {ex.Path})";
        return new StixParseException($"Invalid STIX JSON: {JsonErrorText.Reason(ex)}{where}", ex.Path, ex.LineNumber + 1, ex.BytePositionInLine + 1, ex);
    }

    private delegate T ReadFunc<T>(ref Utf8JsonReader reader);

    private static T Run<T>(ReadOnlySpan<byte> utf8Json, ReadFunc<T?> read)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            return read(ref reader) ?? throw new StixParseException("Expected a JSON object, found null.", "$", 1, 1);
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
        }
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(StixJsonContext.Default.Options)
        {
            TypeInfoResolver = StixJsonContext.Default.WithAddedModifier(static info =>
            {
                // C# 'required' guides builders; reading keeps incomplete objects so the validator can report them.
                foreach (var property in info.Properties)
                {
                    property.IsRequired = false;
                }
            }),
            WriteIndented = indented,
            AllowDuplicateProperties = false,
            // STIX is not embedded in HTML: keep ', +, < and non-ASCII text readable as other STIX tools write it.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
