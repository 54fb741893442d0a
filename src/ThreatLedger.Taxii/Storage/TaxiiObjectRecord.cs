namespace ThreatLedger.Taxii.Storage;

/// <summary>One stored version of a STIX object as the TAXII layer sees it.</summary>
/// <param name="Id">The STIX id.</param>
/// <param name="Type">The STIX type.</param>
/// <param name="Version">The version timestamp exactly as stored (<c>modified</c>, else <c>created</c>, else date added).</param>
/// <param name="SpecVersion">The STIX spec version (2.1 unless stated).</param>
/// <param name="DateAdded">When this version was added to the knowledge base (microsecond precision).</param>
/// <param name="Sequence">A strictly increasing number that breaks ties between equal <paramref name="DateAdded"/> values.</param>
/// <param name="Json">The object's exact JSON, as stored, in UTF-8.</param>
/// <param name="VersionKey">The store's key for this version (used to delete exactly this version).</param>
public sealed record TaxiiObjectRecord(
    string Id,
    string Type,
    string Version,
    string SpecVersion,
    DateTimeOffset DateAdded,
    long Sequence,
    ReadOnlyMemory<byte> Json,
    long VersionKey)
{
    /// <summary>The keyset position of this record.</summary>
    public PageCursor Position => new(DateAdded, Sequence);
}
