using System.Text.Json;

namespace ThreatLedger.Taxii.Markings;

/// <summary>The marking-relevant facts of one object version: its markings and the objects it references.</summary>
/// <param name="Type">STIX type.</param>
/// <param name="MarkingRefs">Marking ids from <c>object_marking_refs</c> and <c>granular_markings[].marking_ref</c>.</param>
/// <param name="References">Ids in every other <c>*_ref</c>/<c>*_refs</c> property, at any depth.</param>
/// <param name="DefinedLevel">For a TLP marking-definition object, the level it defines.</param>
public sealed record ObjectFacts(string Type, IReadOnlyList<string> MarkingRefs, IReadOnlyList<string> References, TlpLevel? DefinedLevel)
{
    /// <summary>Extracts the facts from an object's JSON.</summary>
    public static ObjectFacts Read(string json) => Read(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Reads the facts of one object from its UTF-8 JSON.</summary>
    public static ObjectFacts Read(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString()! : "";
        var markings = new List<string>();
        var references = new List<string>();
        if (root.TryGetProperty("object_marking_refs", out var objectMarkings) && objectMarkings.ValueKind == JsonValueKind.Array)
        {
            foreach (var marking in objectMarkings.EnumerateArray())
            {
                if (marking.ValueKind == JsonValueKind.String)
                {
                    markings.Add(marking.GetString()!);
                }
            }
        }

        if (root.TryGetProperty("granular_markings", out var granular) && granular.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in granular.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("marking_ref", out var markingRef) && markingRef.ValueKind == JsonValueKind.String)
                {
                    markings.Add(markingRef.GetString()!);
                }
            }
        }

        CollectReferences(root, references, 0);
        TlpLevel? defined = null;
        if (type == "marking-definition" && TlpMarkings.TryReadDefinition(root, out var level))
        {
            defined = level;
        }

        return new ObjectFacts(type, markings, references, defined);
    }

    private static void CollectReferences(JsonElement element, List<string> references, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = property.Name;
                    if (name is "object_marking_refs" or "granular_markings")
                    {
                        continue;
                    }

                    if (name.EndsWith("_ref", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        AddReference(property.Value.GetString()!, references);
                    }
                    else if (name.EndsWith("_refs", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in property.Value.EnumerateArray())
                        {
                            if (item.ValueKind == JsonValueKind.String)
                            {
                                AddReference(item.GetString()!, references);
                            }
                        }
                    }
                    else
                    {
                        CollectReferences(property.Value, references, depth + 1);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectReferences(item, references, depth + 1);
                }

                break;
        }
    }

    private static void AddReference(string id, List<string> references)
    {
        if (id.Contains("--", StringComparison.Ordinal) && !id.StartsWith("marking-definition--", StringComparison.Ordinal) && !references.Contains(id))
        {
            references.Add(id);
        }
    }
}
