namespace ThreatLedger.Stix.Validation;

/// <summary>One property of a STIX type: its name, kind, whether it is required and the types it may reference.</summary>
internal sealed record PropertySchema(string Name, PropertyKind Kind, bool Required, string[]? Targets);
