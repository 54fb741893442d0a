namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// STIX object versions keyed by (id, version), the exact JSON kept, with a strictly increasing date_added and
/// optional plain-store collection membership. Implemented on SQLite and PostgreSQL with the same behaviour.
/// </summary>
public interface IStixObjectStore
{
    /// <summary>
    /// Stores the objects in one transaction. A version already stored (same id and modified, else created) is left
    /// unchanged, so putting the same objects twice changes nothing. With <paramref name="collectionId"/>, each version
    /// also becomes a member of that collection (once) with its own date_added.
    /// </summary>
    /// <exception cref="StorageException">The database failed; nothing of this call was stored.</exception>
    Task<PutResult> PutAsync(IReadOnlyList<StixObjectInput> objects, string? collectionId = null, CancellationToken cancellationToken = default);

    /// <summary>One page of matching versions ordered by (date_added, seq), at most <see cref="StixObjectQuery.Limit"/> long.</summary>
    Task<StixObjectPage> QueryAsync(StixObjectQuery query, CancellationToken cancellationToken = default);

    /// <summary>Streams every matching version in (date_added, seq) order, paging internally (the query's cursor and limit are ignored).</summary>
    IAsyncEnumerable<StoredStixObject> ReadAllAsync(StixObjectQuery query, CancellationToken cancellationToken = default);

    /// <summary>The number of matching versions (cursor and limit ignored).</summary>
    Task<long> CountAsync(StixObjectQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes an object's versions (all, or the one with <paramref name="versionKey"/>). With a collection id, only the
    /// membership in that collection is removed; without, the versions leave the store and every collection.
    /// Returns the number of versions (or memberships) removed.
    /// </summary>
    Task<int> DeleteAsync(string id, long? versionKey = null, string? collectionId = null, CancellationToken cancellationToken = default);
}
