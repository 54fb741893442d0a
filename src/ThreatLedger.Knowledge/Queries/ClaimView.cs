namespace ThreatLedger.Knowledge.Queries;

/// <summary>A claim on the attribution board with its provenance and its effect on the hypothesis.</summary>
public sealed record ClaimView
{
    public required string ClaimId { get; init; }
    public required string Kind { get; init; }
    public required string DocumentId { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public required string Source { get; init; }
    public required string SourceKind { get; init; }
    public int? SourceCount { get; init; }
    public string? CitedVia { get; init; }
    /// <summary>The original source this claim comes from; relays of one source share it.</summary>
    public required string OriginalSource { get; init; }
    /// <summary>True when the claim reached this article through another outlet.</summary>
    public required bool Relayed { get; init; }
    /// <summary>How the relay was detected when the claim's wording did not say so (see <see cref="RelayView.Method"/>), else null.</summary>
    public string? RelayMethod { get; init; }
    /// <summary>Why the claim counts as a relay, in words, when the derivation detector found it.</summary>
    public string? RelayReason { get; init; }
    public required string Stance { get; init; }
    /// <summary>"for", "against" or "neutral".</summary>
    public required string Direction { get; init; }
    public IReadOnlyList<string> Hedging { get; init; } = [];
    public required int Confidence { get; init; }
    /// <summary>The model's weight (0–1) for this claim.</summary>
    public required double Weight { get; init; }
    /// <summary>False when a stronger claim from the same original source already counted.</summary>
    public required bool Counted { get; init; }
    public string? Accused { get; init; }
    public required string Evidence { get; init; }
}
