namespace ThreatLedger.Extraction.Stix;

/// <summary>Options of <see cref="StixMapper"/>.</summary>
public sealed record StixMappingOptions
{
    /// <summary>Clock for <c>created</c>/<c>modified</c> (tests inject a fixed one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Data markings for everything the document yields (<c>object_marking_refs</c> on every object but ThreatLedger's
    /// own identity and extension definition), e.g. the TLP of the report it came from. Predefined TLP markings
    /// (<see cref="ThreatLedger.Stix.Objects.TlpMarkings"/>) are written into the bundle beside the objects.
    /// </summary>
    public IReadOnlyList<ThreatLedger.Stix.StixId> Markings { get; init; } = [];
}
