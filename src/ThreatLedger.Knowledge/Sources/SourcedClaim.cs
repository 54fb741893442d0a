namespace ThreatLedger.Knowledge.Sources;

/// <summary>A stored claim as the derivation detector sees it.</summary>
/// <param name="Seq">The claim's key.</param>
/// <param name="IncidentSeq">The incident its report belongs to, when it has one.</param>
/// <param name="HypothesisKey">The hypothesis it speaks to (<c>actor:N</c>, <c>country:XX</c>), or null.</param>
/// <param name="Direction">+1 for the hypothesis, -1 against, 0 neutral.</param>
/// <param name="SourceName">The source as the article names it ("three government and private-sector sources").</param>
/// <param name="SourceKind">One of the extraction's source kinds.</param>
/// <param name="SourceCount">How many sources the claim says it has, when stated.</param>
/// <param name="OriginKey">The original source recorded at ingest.</param>
/// <param name="Relayed">True when ingest already found the claim relayed.</param>
/// <param name="Evidence">The evidence sentence.</param>
public sealed record SourcedClaim(
    long Seq,
    long? IncidentSeq,
    string? HypothesisKey,
    int Direction,
    string SourceName,
    string SourceKind,
    int? SourceCount,
    string OriginKey,
    bool Relayed,
    string Evidence)
{
    /// <summary>The country of the accused, when known: a copied sentence relays its source whichever of the state's names the claims use.</summary>
    public string? AccusedCountry { get; init; }
}
