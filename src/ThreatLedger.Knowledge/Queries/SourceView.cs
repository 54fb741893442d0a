namespace ThreatLedger.Knowledge.Queries;

/// <summary>An original source and the articles that carry it, first (original) and relaying.</summary>
public sealed record SourceView
{
    public required string OriginalSource { get; init; }
    public required string Kind { get; init; }
    /// <summary>Articles that report the source first-hand.</summary>
    public required IReadOnlyList<string> ReportedBy { get; init; }
    /// <summary>Articles that only relay it (cited via another outlet).</summary>
    public required IReadOnlyList<string> RelayedBy { get; init; }
}
