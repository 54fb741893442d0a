using System.Text;
using System.Text.Json;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Taxii.Client;

/// <summary>Sends the objects of a STIX bundle (or TAXII envelope) file to a remote collection in size-bounded envelopes.</summary>
public sealed class TaxiiPusher
{
    private const int MaxObjectsPerRequest = 500;
    private readonly TaxiiClient _client;

    /// <summary>Creates the pusher.</summary>
    public TaxiiPusher(TaxiiClient client) => _client = client;

    /// <summary>Reads the objects of a bundle or envelope file as raw JSON texts.</summary>
    public static IReadOnlyList<string> ReadObjects(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new TaxiiClientException($"{path}: not valid JSON: {JsonErrorText.Describe(ex)}", ex);
        }
        catch (IOException ex)
        {
            throw new TaxiiClientException($"{path}: cannot read the file: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
            {
                throw new TaxiiClientException($"{path}: expected a STIX bundle or TAXII envelope with an 'objects' list.");
            }

            return [.. objects.EnumerateArray().Select(o => o.GetRawText())];
        }
    }

    /// <summary>Pushes the objects, splitting them to respect the API root's max_content_length.</summary>
    public async Task<TaxiiPushResult> PushAsync(string collectionId, IReadOnlyList<string> objects, CancellationToken cancellationToken)
    {
        var maxLength = await _client.GetMaxContentLengthAsync(cancellationToken).ConfigureAwait(false);
        var budget = Math.Max(1024, maxLength - 64);
        int requests = 0, succeeded = 0, failed = 0, pending = 0;
        var failures = new List<string>();
        var batch = new List<string>();
        long size = 0;
        foreach (var json in objects)
        {
            var bytes = Encoding.UTF8.GetByteCount(json) + 1;
            if (bytes > budget)
            {
                failed++;
                failures.Add($"object of {bytes} bytes exceeds the server's max_content_length ({maxLength}); not sent");
                continue;
            }

            if (batch.Count > 0 && (size + bytes > budget || batch.Count == MaxObjectsPerRequest))
            {
                await SendAsync().ConfigureAwait(false);
            }

            batch.Add(json);
            size += bytes;
        }

        if (batch.Count > 0)
        {
            await SendAsync().ConfigureAwait(false);
        }

        return new TaxiiPushResult(requests, objects.Count, succeeded, failed, pending, failures);

        async Task SendAsync()
        {
            using var status = await _client.AddObjectsAsync(collectionId, batch, TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            requests++;
            var root = status.RootElement;
            succeeded += Count(root, "success_count");
            failed += Count(root, "failure_count");
            pending += Count(root, "pending_count");
            if (root.TryGetProperty("failures", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var failure in list.EnumerateArray())
                {
                    var id = failure.TryGetProperty("id", out var i) ? i.GetString() : "?";
                    var message = failure.TryGetProperty("message", out var m) ? m.GetString() : "rejected";
                    failures.Add($"{id}: {message}");
                }
            }

            batch.Clear();
            size = 0;
        }
    }

    private static int Count(JsonElement status, string name)
        => status.TryGetProperty(name, out var value) && value.TryGetInt32(out var count) ? count : 0;
}
