namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// Filters and keyset paging for <see cref="IStixObjectStore.QueryAsync"/>. Empty lists mean "no filter".
/// Results are ordered by (date_added, seq); in a collection, by the date the version was added to that collection.
/// </summary>
public sealed record StixObjectQuery
{
    /// <summary>Only versions that are members of this plain-store collection (null: the whole store).</summary>
    public string? CollectionId { get; init; }
    /// <summary>TAXII <c>match[id]</c>.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];
    /// <summary>TAXII <c>match[type]</c>.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];
    /// <summary>TAXII <c>match[version]</c>, OR-ed; empty means <see cref="VersionSelector.Last"/>, as in TAXII.</summary>
    public IReadOnlyList<VersionSelector> Versions { get; init; } = [];
    /// <summary>TAXII <c>match[spec_version]</c>.</summary>
    public IReadOnlyList<string> SpecVersions { get; init; } = [];
    /// <summary>TAXII <c>added_after</c>: only versions whose date_added is strictly later.</summary>
    public DateTimeOffset? AddedAfter { get; init; }
    /// <summary>Keyset paging: only versions strictly after this (date_added, seq).</summary>
    public PageCursor? After { get; init; }
    /// <summary>Page size; null returns everything (use <see cref="IStixObjectStore.ReadAllAsync"/> for large stores).</summary>
    public int? Limit { get; init; }
    /// <summary>When non-empty: only objects carrying at least one of these marking refs (plus unmarked ones when <see cref="UnmarkedIncluded"/>).</summary>
    public IReadOnlyList<string> MarkingRefsAnyOf { get; init; } = [];
    /// <summary>Objects carrying any of these marking refs are left out.</summary>
    public IReadOnlyList<string> MarkingRefsNoneOf { get; init; } = [];
    /// <summary>Whether objects without object_marking_refs pass a <see cref="MarkingRefsAnyOf"/> filter (default true).</summary>
    public bool UnmarkedIncluded { get; init; } = true;
    /// <summary>Only these types are left out (e.g. to hide marking-definitions from a listing).</summary>
    public IReadOnlyList<string> ExcludedTypes { get; init; } = [];
    /// <summary>Whether to load the JSON text (false for manifests and version lists).</summary>
    public bool IncludeJson { get; init; } = true;
    /// <summary>Whether the JSON is loaded as UTF-8 bytes into <see cref="StoredStixObject.JsonUtf8"/> rather than as text.</summary>
    public bool JsonAsUtf8 { get; init; }
}
