namespace ThreatLedger.Stix.Patterning;

/// <summary>One way a pattern matched: the observations that together satisfy it.</summary>
public sealed record PatternMatch(IReadOnlyList<int> ObservationIndexes, DateTimeOffset First, DateTimeOffset Last);
