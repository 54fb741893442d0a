namespace ThreatLedger.Knowledge.Storage;

/// <summary>One page of a query: the objects, whether more exist, and the date_added range (TAXII headers).</summary>
public sealed record StixObjectPage
{
    public required IReadOnlyList<StoredStixObject> Objects { get; init; }
    /// <summary>True when further objects match after this page.</summary>
    public bool More { get; init; }
    /// <summary>The cursor to pass as <see cref="StixObjectQuery.After"/> for the next page (null when the page is empty).</summary>
    public PageCursor? Next { get; init; }
    /// <summary>date_added of the first object on the page (X-TAXII-Date-Added-First).</summary>
    public DateTimeOffset? DateAddedFirst { get; init; }
    /// <summary>date_added of the last object on the page (X-TAXII-Date-Added-Last).</summary>
    public DateTimeOffset? DateAddedLast { get; init; }
}
