using System.Globalization;
using System.Text.Json;
using ThreatLedger.Stix.Patterning;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Hunting.Logs;

/// <summary>Reads the observed-data objects of a STIX 2.1 bundle as observations (object_refs, or the deprecated objects).</summary>
internal static class StixObservedDataReader
{
    public static IEnumerable<Observation> Read(string path)
    {
        JsonDocument doc;
        try
        {
            // Through the log opener, so that a gzip-compressed bundle is read too.
            using var reader = LogObservationReader.OpenText(path);
            doc = JsonDocument.Parse(reader.BaseStream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (InvalidDataException ex)
        {
            throw new LogReadException(path, 0, $"corrupt gzip data: {ex.Message}", ex);
        }
        catch (JsonException ex)
        {
            throw new LogReadException(path, (int)(ex.LineNumber ?? 0) + 1, $"invalid JSON: {JsonErrorText.Describe(ex)}", ex);
        }
        catch (IOException ex)
        {
            throw new LogReadException(path, 0, ex.Message, ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (!LogObservationReader.IsBundle(root) || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
            {
                throw new LogReadException(path, 0, "expected a STIX bundle with an 'objects' array");
            }

            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var obj in objects.EnumerateArray())
            {
                if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    byId[id.GetString()!] = obj.Clone();
                }
            }

            var index = 0;
            var result = new List<Observation>();
            foreach (var obj in objects.EnumerateArray())
            {
                var at = $"{path}: objects[{index++}]";
                if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty("type", out var type) || !type.ValueEquals("observed-data"))
                {
                    continue;
                }

                var first = Time(obj, "first_observed", at);
                var last = Time(obj, "last_observed", at);
                var count = obj.TryGetProperty("number_observed", out var n) && n.TryGetInt32(out var c) ? c : 1;
                var scos = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                if (obj.TryGetProperty("object_refs", out var refs) && refs.ValueKind == JsonValueKind.Array)
                {
                    CollectReferenced(refs, byId, scos);
                }
                else if (obj.TryGetProperty("objects", out var embedded) && embedded.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in embedded.EnumerateObject())
                    {
                        scos[property.Name] = property.Value.Clone();
                    }
                }

                result.Add(new Observation
                {
                    Objects = scos,
                    FirstObserved = first,
                    LastObserved = last,
                    NumberObserved = count,
                    Source = obj.GetProperty("id").GetString(),
                });
            }

            return result;
        }
    }

    private static void CollectReferenced(JsonElement refs, Dictionary<string, JsonElement> byId, Dictionary<string, JsonElement> scos)
    {
        var pending = new Stack<string>(refs.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!));
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (scos.ContainsKey(id) || !byId.TryGetValue(id, out var sco))
            {
                continue;
            }

            scos[id] = sco;
            // Follow the SCO's own references so that paths like network-traffic:dst_ref.value resolve.
            foreach (var property in sco.EnumerateObject())
            {
                if (property.Name.EndsWith("_ref", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
                {
                    pending.Push(property.Value.GetString()!);
                }
                else if (property.Name.EndsWith("_refs", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in property.Value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String))
                    {
                        pending.Push(item.GetString()!);
                    }
                }
            }
        }
    }

    private static DateTimeOffset Time(JsonElement obj, string property, string at)
    {
        if (obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String &&
            DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw new LogReadException(at, 0, $"observed-data needs a valid '{property}' timestamp");
    }
}
