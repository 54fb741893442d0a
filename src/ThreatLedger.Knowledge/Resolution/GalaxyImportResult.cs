namespace ThreatLedger.Knowledge.Resolution;

/// <summary>What an actor import did.</summary>
public sealed record GalaxyImportResult(int Clusters, int ActorsCreated, int ActorsMerged, int AliasesAdded);
