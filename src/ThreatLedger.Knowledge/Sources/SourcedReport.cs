namespace ThreatLedger.Knowledge.Sources;

/// <summary>A stored report's incident and the sentence that describes the incident, as the derivation detector sees it.</summary>
public sealed record SourcedReport(long IncidentSeq, string Evidence);
