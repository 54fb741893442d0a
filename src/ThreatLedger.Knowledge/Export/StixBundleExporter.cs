using System.Text.Json;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Knowledge.Export;

/// <summary>Writes the store's objects as one STIX 2.1 bundle, streamed page by page, every version kept.</summary>
public static class StixBundleExporter
{
    /// <summary>
    /// Streams a bundle of every object version matching <paramref name="query"/> (its version filter defaults to all
    /// versions here) to <paramref name="output"/>; returns the number of objects written.
    /// </summary>
    public static Task<long> ExportAsync(IStixObjectStore store, StixObjectQuery query, Stream output, Guid bundleId, CancellationToken cancellationToken = default) =>
        ExportAsync(store, query, output, bundleId, [], cancellationToken);

    /// <summary>
    /// As above, followed by <paramref name="derived"/> (objects the knowledge base concludes, not stored), filtered by
    /// the query's marking and <c>added_after</c> rules (for a derived object, its <c>modified</c> is when it was added).
    /// </summary>
    public static async Task<long> ExportAsync(IStixObjectStore store, StixObjectQuery query, Stream output, Guid bundleId, IReadOnlyList<StixObject> derived,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(derived);
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

        foreach (var value in derived.Where(d => Admits(query, d)))
        {
            StixJson.Serialize(writer, value);
            count++;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static bool Admits(StixObjectQuery query, StixObject value)
    {
        var markings = value.ObjectMarkingRefs?.Select(m => m.ToString()).ToList() ?? [];
        if (query.MarkingRefsAnyOf.Count > 0 && (markings.Count == 0 ? !query.UnmarkedIncluded : !markings.Any(query.MarkingRefsAnyOf.Contains)))
        {
            return false;
        }

        if (markings.Any(query.MarkingRefsNoneOf.Contains))
        {
            return false;
        }

        return query.AddedAfter is not { } after || (value.Modified ?? value.Created) is not { } version
            || version.Value > after;
    }
}
