namespace ThreatLedger.Extraction.Stix;

/// <summary>Options of <see cref="StixMapper"/>.</summary>
public sealed record StixMappingOptions
{
    /// <summary>Clock for <c>created</c>/<c>modified</c> (tests inject a fixed one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
