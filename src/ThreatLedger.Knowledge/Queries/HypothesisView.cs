namespace ThreatLedger.Knowledge.Queries;

/// <summary>One attribution hypothesis on the board, its claims and its assessment.</summary>
public sealed record HypothesisView
{
    public required string Key { get; init; }
    public required string Label { get; init; }
    /// <summary>"actor" for a named group, "state" for a country-level hypothesis.</summary>
    public required string Level { get; init; }
    public required double Probability { get; init; }
    public required string Assessment { get; init; }
    public required int IndependentSourcesFor { get; init; }
    public required int IndependentSourcesAgainst { get; init; }
    public required IReadOnlyList<ClaimView> Claims { get; init; }
}
