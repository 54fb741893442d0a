using System.Text.Json;

namespace ThreatLedger.Extraction.Input;

/// <summary>The document fields (id, title, date, url, text) of one CASIE JSONL line; annotations are ignored here.</summary>
internal static class CasieDocumentLine
{
    public static ParsedDocument Parse(string line, string origin)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw DocumentReadException.For(origin, "expected a JSON object with a \"text\" field");
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                throw DocumentReadException.For(origin, "$.text is missing or not a string");
            }

            return new ParsedDocument(
                text.GetString()!,
                String(root, "title"),
                String(root, "date"),
                String(root, "source"),
                String(root, "url"),
                String(root, "id"));
        }
        catch (JsonException ex)
        {
            throw DocumentReadException.For(origin, $"invalid JSON at {ex.Path ?? "$"} (byte {ex.BytePositionInLine}): {ex.Message}", ex);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
