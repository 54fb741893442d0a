namespace ThreatLedger.Knowledge.Resolution;

/// <summary>One threat actor from a galaxy: its name, every alias, and the attributed country (ISO code) when known.</summary>
public sealed record ActorCluster(string Name, IReadOnlyList<string> Aliases, string? Country, string Origin);
