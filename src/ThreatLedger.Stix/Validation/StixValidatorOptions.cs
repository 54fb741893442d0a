namespace ThreatLedger.Stix.Validation;

/// <summary>Options of <see cref="StixValidator"/>.</summary>
public sealed class StixValidatorOptions
{
    /// <summary>List at most this many findings (default 100,000); streaming validation keeps counting beyond it, in-memory validation stops.</summary>
    public int MaxFindings { get; init; } = 100_000;

    /// <summary>Check STIX patterns of indicators with <c>pattern_type</c> "stix" (default true).</summary>
    public bool CheckPatterns { get; init; } = true;

    /// <summary>Warn when an SCO id is not the deterministic UUIDv5 of its contributing properties (default true).</summary>
    public bool CheckScoIds { get; init; } = true;
}
