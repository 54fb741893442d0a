namespace ThreatLedger.Stix.Patterning;

/// <summary>One token of a pattern: its kind, its decoded text (for literals) and its character offset.</summary>
public readonly record struct PatternToken(PatternTokenKind Kind, string Text, int Position);
