namespace ThreatLedger.Knowledge.Sources;

/// <summary>What the derivation detector found across the store.</summary>
public sealed record DerivationResult
{
    /// <summary>Every claim's original source, by claim key.</summary>
    public required IReadOnlyDictionary<long, ClaimOrigin> Claims { get; init; }

    /// <summary>Every relay found, per relaying article (first the one that names the earlier report it relays).</summary>
    public required IReadOnlyDictionary<long, IReadOnlyList<Derivation>> Documents { get; init; }
}
