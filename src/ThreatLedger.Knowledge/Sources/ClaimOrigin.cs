namespace ThreatLedger.Knowledge.Sources;

/// <summary>A claim's original source after derivation: the key, whether it was relayed, and why (null when first-hand or as ingest found it).</summary>
public sealed record ClaimOrigin(string OriginKey, bool Relayed, Derivation? Derivation);
