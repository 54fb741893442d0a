namespace ThreatLedger.Taxii.Storage;

/// <summary>The narrow view of the knowledge base that the TAXII endpoints need.</summary>
public interface ITaxiiObjectStore
{
    /// <summary>Reads one keyset page of object versions matching <paramref name="query"/>, in (date added, sequence) order.</summary>
    Task<TaxiiObjectPage> QueryAsync(TaxiiObjectQuery query, CancellationToken cancellationToken);

    /// <summary>The latest stored version of each of <paramref name="ids"/> anywhere in the knowledge base (missing ids are absent).</summary>
    Task<IReadOnlyDictionary<string, TaxiiObjectRecord>> GetLatestAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Adds objects to a store collection, assigning each new version a date added and sequence.</summary>
    Task<IReadOnlyList<TaxiiAddOutcome>> AddAsync(string collectionId, IReadOnlyList<TaxiiIncomingObject> objects, CancellationToken cancellationToken);

    /// <summary>Removes one version of an object from a store collection; returns how many memberships were removed.</summary>
    Task<int> DeleteAsync(string collectionId, TaxiiObjectRecord version, CancellationToken cancellationToken);
}
