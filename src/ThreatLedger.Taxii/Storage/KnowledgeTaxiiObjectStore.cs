using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Storage;

/// <summary>Serves TAXII from the knowledge base's STIX object store (SQLite or PostgreSQL).</summary>
public sealed class KnowledgeTaxiiObjectStore : ITaxiiObjectStore
{
    private readonly IStixObjectStore _store;

    /// <summary>Wraps the knowledge base's object store.</summary>
    public KnowledgeTaxiiObjectStore(IStixObjectStore store) => _store = store;

    /// <inheritdoc />
    public async Task<TaxiiObjectPage> QueryAsync(TaxiiObjectQuery query, CancellationToken cancellationToken)
    {
        var page = await _store.QueryAsync(
            new StixObjectQuery
            {
                CollectionId = query.CollectionId,
                Ids = query.Ids ?? [],
                Types = query.Types ?? [],
                SpecVersions = query.SpecVersions ?? [],
                Versions = Selectors(query.Versions),
                AddedAfter = query.AddedAfter,
                After = query.After is { } cursor ? new Knowledge.Storage.PageCursor(Microseconds.FromDateTimeOffset(cursor.DateAdded), cursor.Sequence) : null,
                Limit = query.Limit,
                MarkingRefsNoneOf = query.ExcludedMarkingRefs ?? [],
                JsonAsUtf8 = true,
            },
            cancellationToken).ConfigureAwait(false);
        return new TaxiiObjectPage([.. page.Objects.Select(ToRecord)], page.More);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, TaxiiObjectRecord>> GetLatestAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, TaxiiObjectRecord>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        foreach (var chunk in ids.Chunk(500))
        {
            var page = await _store.QueryAsync(new StixObjectQuery { Ids = chunk, Versions = [VersionSelector.Last], JsonAsUtf8 = true }, cancellationToken).ConfigureAwait(false);
            foreach (var stored in page.Objects)
            {
                var record = ToRecord(stored);
                if (!result.TryGetValue(record.Id, out var existing) || record.VersionKey > existing.VersionKey)
                {
                    result[record.Id] = record;
                }
            }
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TaxiiAddOutcome>> AddAsync(string collectionId, IReadOnlyList<TaxiiIncomingObject> objects, CancellationToken cancellationToken)
    {
        var outcomes = new TaxiiAddOutcome?[objects.Count];
        var inputs = new List<StixObjectInput>(objects.Count);
        var positions = new List<int>(objects.Count);
        for (var i = 0; i < objects.Count; i++)
        {
            try
            {
                inputs.Add(StixObjectInput.Parse(objects[i].Json));
                positions.Add(i);
            }
            catch (InvalidStixObjectException ex)
            {
                outcomes[i] = new TaxiiAddOutcome(objects[i].Id, objects[i].Version ?? "", false, ex.Message);
            }
        }

        if (inputs.Count > 0)
        {
            var put = await _store.PutAsync(inputs, collectionId, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < put.Outcomes.Count; i++)
            {
                var outcome = put.Outcomes[i];
                var version = outcome.Version ?? objects[positions[i]].Version ?? "";
                outcomes[positions[i]] = new TaxiiAddOutcome(outcome.Id, version, true, outcome.Inserted ? null : "This version was already stored.");
            }
        }

        return [.. outcomes.Select(o => o!)];
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(string collectionId, TaxiiObjectRecord version, CancellationToken cancellationToken)
        => _store.DeleteAsync(version.Id, version.VersionKey, collectionId, cancellationToken);

    private static List<VersionSelector> Selectors(VersionFilter filter)
    {
        var selectors = new List<VersionSelector>();
        if (filter.All)
        {
            selectors.Add(VersionSelector.All);
            return selectors;
        }

        if (filter.First)
        {
            selectors.Add(VersionSelector.First);
        }

        if (filter.Last)
        {
            selectors.Add(VersionSelector.Last);
        }

        selectors.AddRange(filter.Timestamps.Select(VersionSelector.Specific));
        return selectors.Count == 0 ? [VersionSelector.Last] : selectors;
    }

    private static TaxiiObjectRecord ToRecord(StoredStixObject stored) => new(
        stored.Id,
        stored.Type,
        stored.Version,
        stored.SpecVersion ?? "2.1",
        Microseconds.ToDateTimeOffset(stored.Cursor.DateAdded),
        stored.Cursor.Seq,
        stored.Json is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : stored.JsonUtf8,
        stored.VersionKey);
}
