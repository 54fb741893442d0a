namespace ThreatLedger.Knowledge.Sources;

/// <summary>A stored article as the derivation detector sees it.</summary>
/// <param name="Seq">The document's key.</param>
/// <param name="DocId">The document id (names the source when there is no outlet).</param>
/// <param name="Label">How people see it: "Outlet (date)".</param>
/// <param name="Outlet">The publishing outlet, when known.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="RelaysOutlet">The outlet ingest found it relaying from an explicit cue, when it did.</param>
/// <param name="RelayCue">The words of that cue.</param>
/// <param name="Claims">Its claims.</param>
public sealed record SourcedDocument(
    long Seq,
    string DocId,
    string Label,
    string? Outlet,
    DateOnly? Published,
    string? RelaysOutlet,
    string? RelayCue,
    IReadOnlyList<SourcedClaim> Claims)
{
    /// <summary>Its reports: the incident each belongs to and the sentence describing it.</summary>
    public IReadOnlyList<SourcedReport> Reports { get; init; } = [];

    /// <summary>The origin key of what this article reports first-hand: its own outlet.</summary>
    public string OwnOrigin => _ownOrigin ??= "outlet:" + (Outlet is { Length: > 0 } ? OriginKeys.Normalize(Outlet) : "document-" + OriginKeys.Normalize(DocId));

    private string? _ownOrigin;
}
