namespace ThreatLedger.Stix.Validation;

/// <summary>
/// One property of a STIX type: its name, kind, whether it is required, the types it may reference and, for
/// <see cref="PropertyKind.Embedded"/>/<see cref="PropertyKind.EmbeddedList"/>, the name of the embedded object's schema.
/// </summary>
internal sealed record PropertySchema(string Name, PropertyKind Kind, bool Required, string[]? Targets, string? Embedded = null);
