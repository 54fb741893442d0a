namespace ThreatLedger.Knowledge.Queries;

/// <summary>A named actor or a country-level hypothesis, with aliases and the incidents it is a hypothesis for.</summary>
public sealed record ActorSummary
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>"actor" or "state".</summary>
    public required string Level { get; init; }
    public string? Country { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public required int Incidents { get; init; }
    /// <summary>Incidents where this is the leading hypothesis.</summary>
    public required int Leading { get; init; }
    public required string Origin { get; init; }
}
