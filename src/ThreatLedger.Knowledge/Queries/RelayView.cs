namespace ThreatLedger.Knowledge.Queries;

/// <summary>One article of the incident relays another's reporting: which, which earlier report, how it was detected and why.</summary>
public sealed record RelayView
{
    public required string DocumentId { get; init; }
    /// <summary>The relaying article: "Outlet (date)".</summary>
    public required string Article { get; init; }
    /// <summary>The relayed article in the store, when known.</summary>
    public string? RelaysDocumentId { get; init; }
    public string? RelaysArticle { get; init; }
    public string? RelaysOutlet { get; init; }
    /// <summary>relay-cue, cites-stored-report, near-duplicate, same-anonymous-source or same-story.</summary>
    public required string Method { get; init; }
    /// <summary>The evidence, in words: the cue, the copied passage, the shared anonymous source.</summary>
    public required string Reason { get; init; }
}
