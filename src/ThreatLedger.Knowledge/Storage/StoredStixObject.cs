using System.Text.Json;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>One stored version of a STIX object.</summary>
public sealed record StoredStixObject
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? SpecVersion { get; init; }
    /// <summary>The <c>created</c> text as stored in the object.</summary>
    public string? Created { get; init; }
    /// <summary>The <c>modified</c> text as stored in the object.</summary>
    public string? Modified { get; init; }
    /// <summary>The version key (modified, else created, in microseconds; <see cref="Microseconds.NoVersion"/> when neither).</summary>
    public required long VersionKey { get; init; }
    public bool Revoked { get; init; }
    private IReadOnlyList<string>? _markingRefs;

    /// <summary>The marking ids of <c>object_marking_refs</c> and granular markings (read from the store on first use).</summary>
    public IReadOnlyList<string> MarkingRefs
    {
        get => _markingRefs ??= MarkingRefsJson is null ? [] : JsonSerializer.Deserialize(MarkingRefsJson, StorageJsonContext.Default.IReadOnlyListString) ?? [];
        init => _markingRefs = value;
    }

    /// <summary>The stored JSON array behind <see cref="MarkingRefs"/>; parsed only when they are asked for (a TAXII page never does).</summary>
    internal string? MarkingRefsJson { get; init; }
    /// <summary>When this version was added to the store (or to the queried collection), UTC, microsecond precision.</summary>
    public required DateTimeOffset DateAdded { get; init; }
    /// <summary>The position of this row for keyset paging.</summary>
    public required PageCursor Cursor { get; init; }
    /// <summary>The exact JSON text (null when the query set <see cref="StixObjectQuery.IncludeJson"/> to false).</summary>
    public string? Json { get; init; }
    /// <summary>
    /// The exact JSON as UTF-8 bytes, set instead of <see cref="Json"/> when the query asked for
    /// <see cref="StixObjectQuery.JsonAsUtf8"/> (written straight to a response without decoding); empty otherwise.
    /// </summary>
    public ReadOnlyMemory<byte> JsonUtf8 { get; init; }

    /// <summary>The TAXII version: modified, else created, else date_added, formatted as a timestamp.</summary>
    public string Version => Modified ?? Created ?? Microseconds.Format(Cursor.DateAdded);
}
