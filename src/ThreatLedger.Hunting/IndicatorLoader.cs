using System.Text.Json;
using ThreatLedger.Stix.Patterning;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Hunting;

/// <summary>Loads hunting indicators from STIX 2.1 content: indicators whose pattern_type is <c>stix</c>.</summary>
public static class IndicatorLoader
{
    /// <summary>Indicators read from a bundle (or a single indicator object), plus a note for each one that was skipped.</summary>
    public sealed record Result(IReadOnlyList<HuntIndicator> Indicators, IReadOnlyList<string> Skipped);

    /// <exception cref="HuntException">The file is not readable JSON or not STIX content.</exception>
    public static Result LoadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            return Load(doc.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new HuntException($"{path}:{(ex.LineNumber ?? 0) + 1}: invalid JSON: {JsonErrorText.Reason(ex)}", ex);
        }
        catch (IOException ex)
        {
            throw new HuntException($"{path}: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new HuntException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Loads from a parsed bundle or single object; <paramref name="origin"/> names it in messages.</summary>
    public static Result Load(JsonElement root, string origin)
    {
        var indicators = new List<HuntIndicator>();
        var skipped = new List<string>();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("objects", out var objects) && objects.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var obj in objects.EnumerateArray())
            {
                Add(obj, $"{origin}: objects[{i++}]", indicators, skipped);
            }
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out _))
        {
            Add(root, origin, indicators, skipped);
        }
        else
        {
            throw new HuntException($"{origin}: expected a STIX bundle or a STIX object");
        }

        return new Result(indicators, skipped);
    }

    private static void Add(JsonElement obj, string at, List<HuntIndicator> indicators, List<string> skipped)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty("type", out var type) || !type.ValueEquals("indicator"))
        {
            return;
        }

        var id = obj.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : "(no id)";
        if (obj.TryGetProperty("revoked", out var revoked) && revoked.ValueKind == JsonValueKind.True)
        {
            skipped.Add($"{at} ({id}): revoked");
            return;
        }

        var patternType = obj.TryGetProperty("pattern_type", out var pt) && pt.ValueKind == JsonValueKind.String ? pt.GetString() : "stix";
        if (patternType != "stix")
        {
            skipped.Add($"{at} ({id}): pattern_type '{patternType}' is not a STIX pattern");
            return;
        }

        if (!obj.TryGetProperty("pattern", out var pattern) || pattern.ValueKind != JsonValueKind.String)
        {
            skipped.Add($"{at}.pattern ({id}): missing or not a string");
            return;
        }

        if (!StixPattern.TryParse(pattern.GetString()!, out var parsed, out var error))
        {
            skipped.Add($"{at}.pattern ({id}): {error!.Message}");
            return;
        }

        var name = obj.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        indicators.Add(new HuntIndicator(id, name, parsed!) { Origin = at });
    }
}
