using System.Text.Json;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Export;

/// <summary>Writes the store's objects as one STIX 2.1 bundle, streamed page by page, every version kept.</summary>
public static class StixBundleExporter
{
    /// <summary>
    /// Streams a bundle of every object version matching <paramref name="query"/> (its version filter defaults to all
    /// versions here) to <paramref name="output"/>; returns the number of objects written.
    /// </summary>
    public static async Task<long> ExportAsync(IStixObjectStore store, StixObjectQuery query, Stream output, Guid bundleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var versions = query.Versions.Count == 0 ? query with { Versions = [VersionSelector.All] } : query;
        long count = 0;
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, SkipValidation = false });
        writer.WriteStartObject();
        writer.WriteString("type", "bundle");
        writer.WriteString("id", "bundle--" + bundleId.ToString("D"));
        writer.WriteStartArray("objects");
        await foreach (var item in store.ReadAllAsync(versions, cancellationToken).ConfigureAwait(false))
        {
            writer.WriteRawValue(item.Json!, skipInputValidation: true);
            count++;
            if (writer.BytesPending > 1 << 16)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }
}
