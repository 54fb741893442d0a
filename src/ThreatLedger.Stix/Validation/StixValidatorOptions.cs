namespace ThreatLedger.Stix.Validation;

/// <summary>Options of <see cref="StixValidator"/>.</summary>
public sealed class StixValidatorOptions
{
    /// <summary>Stop a bundle after this many findings (default 100,000) so a broken file cannot exhaust memory.</summary>
    public int MaxFindings { get; init; } = 100_000;

    /// <summary>Check STIX patterns of indicators with <c>pattern_type</c> "stix" (default true).</summary>
    public bool CheckPatterns { get; init; } = true;

    /// <summary>Warn when an SCO id is not the deterministic UUIDv5 of its contributing properties (default true).</summary>
    public bool CheckScoIds { get; init; } = true;
}
