using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Pipeline;

/// <summary>
/// The JSON form of an <see cref="ExtractionDocument"/> (<c>extract --format json</c>): snake_case names
/// (<c>cited_via</c>, <c>hedging_cues</c>), nulls and empty values left out, dates as ISO 8601.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions s_compact = Create(indented: false);
    private static readonly JsonSerializerOptions s_indented = Create(indented: true);

    /// <summary>Serialises one document.</summary>
    public static string Serialize(ExtractionDocument document, bool indented = true) =>
        JsonSerializer.Serialize(document, indented ? s_indented : s_compact);

    /// <summary>Writes one document to a stream (UTF-8).</summary>
    public static void Write(Stream stream, ExtractionDocument document, bool indented = true) =>
        JsonSerializer.Serialize(stream, document, indented ? s_indented : s_compact);

    /// <summary>Reads one document back.</summary>
    public static ExtractionDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractionDocument>(json, s_compact) ?? throw new JsonException("expected an extraction document, found null");

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
