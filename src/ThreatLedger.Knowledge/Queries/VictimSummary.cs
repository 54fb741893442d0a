namespace ThreatLedger.Knowledge.Queries;

/// <summary>A resolved victim with every name it was reported under.</summary>
public sealed record VictimSummary
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string? Country { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public required int Incidents { get; init; }
}
