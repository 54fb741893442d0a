namespace ThreatLedger.Knowledge.Storage;

/// <summary>What happened to one object of a put: stored as a new version, or already present (same id and version).</summary>
public sealed record PutOutcome(string Id, long VersionKey, bool Inserted, string? Version);
