using System.Text.Json;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Ingest;

/// <summary>A STIX bundle file read for ingest: the valid objects, and a finding for each rejected one.</summary>
public sealed record StixBundleFile(string Path, string ContentHash, IReadOnlyList<StixObjectInput> Objects, IReadOnlyList<string> Rejected)
{
    /// <summary>True when the file is a JSON object whose <c>type</c> is <c>bundle</c> (checked on the first bytes).</summary>
    public static bool LooksLikeBundle(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".stix", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(stream.Length, 4096)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        return head.TrimStart().StartsWith('{') && head.Contains("\"bundle\"", StringComparison.Ordinal);
    }

    /// <summary>Reads a bundle; objects whose envelope is invalid are rejected with the finding, the rest kept.</summary>
    /// <exception cref="KnowledgeException">The file is not JSON or not a bundle.</exception>
    public static async Task<StixBundleFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(path, bytes);
    }

    /// <summary>Parses a bundle already read into memory.</summary>
    /// <exception cref="KnowledgeException">The bytes are not JSON or not a bundle.</exception>
    public static StixBundleFile Parse(string path, byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            throw new KnowledgeException($"{path}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}): {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "bundle")
            {
                throw new KnowledgeException($"{path}: not a STIX bundle ($.type must be \"bundle\").");
            }

            var objects = new List<StixObjectInput>();
            var rejected = new List<string>();
            if (root.TryGetProperty("objects", out var items))
            {
                if (items.ValueKind != JsonValueKind.Array)
                {
                    throw new KnowledgeException($"{path}: $.objects must be an array.");
                }

                var index = 0;
                foreach (var item in items.EnumerateArray())
                {
                    try
                    {
                        objects.Add(StixObjectInput.FromElement(item));
                    }
                    catch (InvalidStixObjectException ex)
                    {
                        rejected.Add($"$.objects[{index}]: {ex.Message}");
                    }

                    index++;
                }
            }

            return new StixBundleFile(path, Ingest.ContentHash.Of(bytes), objects, rejected);
        }
    }
}
