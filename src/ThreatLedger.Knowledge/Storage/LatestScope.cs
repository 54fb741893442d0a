namespace ThreatLedger.Knowledge.Storage;

/// <summary>Which <c>is_latest</c> flags a write refreshes: the store's, or the collections'.</summary>
internal enum LatestScope
{
    /// <summary><c>stix_objects</c>: the latest version in the whole store.</summary>
    Store,

    /// <summary><c>stix_collection_objects</c>: the latest version within each collection.</summary>
    Collections,
}
