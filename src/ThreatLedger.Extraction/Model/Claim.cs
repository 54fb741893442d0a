namespace ThreatLedger.Extraction.Model;

/// <summary>Who says which actor did (or did not do) what, how firmly, and where the text says so.</summary>
public sealed record Claim
{
    /// <summary>Document-local id, e.g. <c>c1</c>.</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="ClaimKinds"/>.</summary>
    public required string Kind { get; init; }
    /// <summary>The event the claim is about.</summary>
    public string? EventId { get; init; }
    /// <summary>The incident the claim is about (see <see cref="ExtractionDocument.Incidents"/>).</summary>
    public string? IncidentId { get; init; }
    /// <summary>The accused actor's entity (a named group, a descriptive actor, or a country).</summary>
    public string? AccusedEntityId { get; init; }
    /// <summary>The accused as a readable name ("Chinese state-sponsored threat actor").</summary>
    public string? Accused { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code of the state the accusation points at, when there is one.</summary>
    public string? AccusedCountry { get; init; }
    public required ClaimSource Source { get; init; }
    /// <summary>One of <see cref="Stances"/>.</summary>
    public required string Stance { get; init; }
    /// <summary>Hedging cues found in the evidence ("claimed", "reportedly", "believed", …).</summary>
    public IReadOnlyList<string> HedgingCues { get; init; } = [];
    /// <summary>0–100: how firmly the source commits, derived from stance and hedging.</summary>
    public int Confidence { get; init; }
    public required TextSpan Evidence { get; init; }
}
