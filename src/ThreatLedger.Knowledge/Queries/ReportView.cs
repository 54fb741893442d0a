namespace ThreatLedger.Knowledge.Queries;

/// <summary>One report of an incident: the document it came from, whether it relays another outlet, and why it was merged.</summary>
public sealed record ReportView
{
    public required long ReportId { get; init; }
    public required string DocumentId { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Published { get; init; }
    public string? Origin { get; init; }
    public required string EventType { get; init; }
    public required string VictimMention { get; init; }
    public string? Start { get; init; }
    public string? Discovered { get; init; }
    public string? Disclosed { get; init; }
    public int? DwellDays { get; init; }
    /// <summary>The outlet this article relays ("according to …", or found by the derivation detector), when it does.</summary>
    public string? Relays { get; init; }
    /// <summary>The explicit cue ("according to The Harbour Courier"), when there is one.</summary>
    public string? RelayCue { get; init; }
    /// <summary>The relayed article in the store, when known.</summary>
    public string? RelaysDocumentId { get; init; }
    /// <summary>How the relay was detected (see <see cref="RelayView.Method"/>).</summary>
    public string? RelayMethod { get; init; }
    /// <summary>Why, in words.</summary>
    public string? RelayReason { get; init; }
    public required string MergeReason { get; init; }
    public string? Evidence { get; init; }
}
