namespace ThreatLedger.Knowledge.Queries;

/// <summary>Everything <c>show</c> prints for one incident: timeline, reports, sources and the attribution board.</summary>
public sealed record IncidentBoard
{
    public required IncidentSummary Incident { get; init; }
    public required IReadOnlyList<string> VictimAliases { get; init; }
    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }
    public required IReadOnlyList<ReportView> Reports { get; init; }
    public required IReadOnlyList<HypothesisView> Hypotheses { get; init; }
    public required IReadOnlyList<SourceView> Sources { get; init; }
    /// <summary>Which article relays which, and why (explicit cues and derivative reports).</summary>
    public IReadOnlyList<RelayView> Relays { get; init; } = [];
    /// <summary>Claims about the incident that take no side on attribution (severity disputes, declining to comment).</summary>
    public required IReadOnlyList<ClaimView> OtherClaims { get; init; }
}
