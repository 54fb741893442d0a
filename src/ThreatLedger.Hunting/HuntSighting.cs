namespace ThreatLedger.Hunting;

/// <summary>An indicator seen in the logs: how often, when first and last, and where.</summary>
public sealed record HuntSighting
{
    public required HuntIndicator Indicator { get; init; }

    /// <summary>How many matches (for a compound pattern, each match may span several records).</summary>
    public required int Count { get; init; }

    public required DateTimeOffset FirstSeen { get; init; }

    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>Up to <see cref="Hunter.MaxSourcesPerSighting"/> log locations (file:line) that matched.</summary>
    public required IReadOnlyList<string> Sources { get; init; }
}
