using System.Text.Json;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// One STIX object ready to be stored: its exact JSON text and the envelope properties the store indexes
/// (id, type, spec_version, created, modified, revoked, object_marking_refs).
/// </summary>
public sealed class StixObjectInput
{
    private StixObjectInput(string json, string id, string type)
    {
        Json = json;
        Id = id;
        Type = type;
    }

    /// <summary>The object's JSON text, stored and served byte for byte.</summary>
    public string Json { get; }
    public string Id { get; }
    public string Type { get; }
    public string? SpecVersion { get; private init; }
    public string? Created { get; private init; }
    public string? Modified { get; private init; }
    public bool Revoked { get; private init; }
    public IReadOnlyList<string> MarkingRefs { get; private init; } = [];

    /// <summary>The version key: <c>modified</c>, else <c>created</c>, in microseconds; <see cref="Microseconds.NoVersion"/> when neither exists.</summary>
    public long VersionKey { get; private init; }

    /// <summary>Reads the envelope of a STIX object from its JSON text.</summary>
    /// <exception cref="InvalidStixObjectException">The text is not a JSON object with a valid id, type and timestamps.</exception>
    public static StixObjectInput Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromElement(document.RootElement, json);
        }
        catch (JsonException ex)
        {
            throw new InvalidStixObjectException($"Invalid STIX object: not valid JSON: {JsonErrorText.Describe(ex)}", ex);
        }
    }

    /// <summary>Reads the envelope from a parsed element; <paramref name="json"/> defaults to the element's raw text.</summary>
    /// <exception cref="InvalidStixObjectException">The element is not an object with a valid id, type and timestamps.</exception>
    public static StixObjectInput FromElement(JsonElement element, string? json = null)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidStixObjectException($"Invalid STIX object: expected a JSON object, found {element.ValueKind}.");
        }

        var type = ReadString(element, "type", null);
        var id = ReadString(element, "id", type);
        if (string.IsNullOrEmpty(type))
        {
            throw new InvalidStixObjectException($"Invalid STIX object{Describe(id)}: missing required property 'type'.");
        }

        if (string.IsNullOrEmpty(id))
        {
            throw new InvalidStixObjectException($"Invalid STIX object of type '{type}': missing required property 'id'.");
        }

        var separator = id.IndexOf("--", StringComparison.Ordinal);
        if (separator <= 0 || !string.Equals(id[..separator], type, StringComparison.Ordinal))
        {
            throw new InvalidStixObjectException($"Invalid value for {type} 'id': must be '{type}--<uuid>' ({Truncate(id)}).");
        }

        var created = ReadString(element, "created", id);
        var modified = ReadString(element, "modified", id);
        var version = Microseconds.NoVersion;
        var versionText = modified ?? created;
        if (versionText is not null && !Microseconds.TryParse(versionText, out version))
        {
            throw new InvalidStixObjectException(
                $"Invalid value for {type} '{(modified is not null ? "modified" : "created")}': not an RFC 3339 timestamp ({Truncate(versionText)}, {id}).");
        }

        var markings = new List<string>();
        if (element.TryGetProperty("object_marking_refs", out var refs))
        {
            if (refs.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidStixObjectException($"Invalid value for {type} 'object_marking_refs': must be a list of identifiers ({id}).");
            }

            foreach (var item in refs.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidStixObjectException($"Invalid value for {type} 'object_marking_refs': must be a list of identifiers ({id}).");
                }

                markings.Add(item.GetString()!);
            }
        }

        var revoked = element.TryGetProperty("revoked", out var r) && r.ValueKind == JsonValueKind.True;
        return new StixObjectInput(json ?? element.GetRawText(), id, type)
        {
            SpecVersion = ReadString(element, "spec_version", id),
            Created = created,
            Modified = modified,
            Revoked = revoked,
            MarkingRefs = markings.Distinct(StringComparer.Ordinal).ToArray(),
            VersionKey = version,
        };
    }

    private static string? ReadString(JsonElement element, string name, string? id)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new InvalidStixObjectException($"Invalid STIX object{Describe(id)}: property '{name}' must be a string.");
        }

        return value.GetString();
    }

    private static string Describe(string? id) => id is null ? string.Empty : $" {Truncate(id)}";

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
