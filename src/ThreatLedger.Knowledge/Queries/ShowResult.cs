namespace ThreatLedger.Knowledge.Queries;

/// <summary>What <c>show</c> found for an id or name: one incident, or a victim or actor with the boards of its incidents.</summary>
public sealed record ShowResult
{
    /// <summary>"incident", "victim" or "actor".</summary>
    public required string Kind { get; init; }
    public VictimSummary? Victim { get; init; }
    public ActorSummary? Actor { get; init; }
    public required IReadOnlyList<IncidentBoard> Incidents { get; init; }
}
