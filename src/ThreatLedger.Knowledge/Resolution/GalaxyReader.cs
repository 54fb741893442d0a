using System.Text.Json;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Knowledge.Resolution;

/// <summary>
/// Reads threat-actor names and aliases from a MITRE ATT&amp;CK STIX bundle (intrusion-set <c>name</c>, <c>aliases</c>)
/// or a MISP galaxy cluster file (<c>value</c>, <c>meta.synonyms</c>, <c>meta.country</c>).
/// </summary>
public static class GalaxyReader
{
    /// <exception cref="KnowledgeException">The file is neither format, or is not valid JSON.</exception>
    public static async Task<IReadOnlyList<ActorCluster>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            await using var stream = File.OpenRead(path);
            document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new KnowledgeException($"{path}: not valid JSON: {JsonErrorText.Describe(ex)}", ex);
        }
        catch (IOException ex)
        {
            throw new KnowledgeException($"{path}: cannot read: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("objects", out var objects) && objects.ValueKind == JsonValueKind.Array)
            {
                return ReadStix(objects, path);
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                return ReadMisp(values, path);
            }

            throw new KnowledgeException($"{path}: neither a STIX bundle ($.objects) nor a MISP galaxy cluster file ($.values).");
        }
    }

    private static List<ActorCluster> ReadStix(JsonElement objects, string path)
    {
        var clusters = new List<ActorCluster>();
        foreach (var item in objects.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || String(item, "type") is not ("intrusion-set" or "threat-actor")
                || item.TryGetProperty("revoked", out var revoked) && revoked.ValueKind == JsonValueKind.True
                || item.TryGetProperty("x_mitre_deprecated", out var deprecated) && deprecated.ValueKind == JsonValueKind.True
                || String(item, "name") is not { Length: > 0 } name)
            {
                continue;
            }

            clusters.Add(new ActorCluster(name, Strings(item, "aliases").Where(a => a != name).ToList(), null, Path.GetFileName(path)));
        }

        return clusters;
    }

    private static List<ActorCluster> ReadMisp(JsonElement values, string path)
    {
        var clusters = new List<ActorCluster>();
        foreach (var item in values.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || String(item, "value") is not { Length: > 0 } name)
            {
                continue;
            }

            var synonyms = new List<string>();
            string? country = null;
            if (item.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
            {
                synonyms.AddRange(Strings(meta, "synonyms").Where(s => s != name));
                country = String(meta, "country") is { } c ? Countries.Resolve(c) : null;
            }

            clusters.Add(new ActorCluster(name, synonyms, country, Path.GetFileName(path)));
        }

        return clusters;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Where(s => s.Length > 0)
            : [];
}
