namespace ThreatLedger.Knowledge.Sources;

/// <summary>A document relays another outlet's reporting: the outlet and the words that say so.</summary>
public sealed record Relay(string Outlet, string Cue);
