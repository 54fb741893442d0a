namespace ThreatLedger.Knowledge.Assessment;

/// <summary>One claim as the assessment model sees it.</summary>
/// <param name="OriginKey">The original source (relays of one source share it).</param>
/// <param name="SourceKind">One of the extraction's source kinds (government, vendor, media, …).</param>
/// <param name="Stance">One of the extraction's stances (asserts, denies, counter-accuses, …).</param>
/// <param name="HedgingCues">Hedging words found in the evidence sentence.</param>
/// <param name="Confidence">0–100 from the extractor; 0 means unknown.</param>
/// <param name="SourceCount">How many sources the claim says it has, when stated.</param>
/// <param name="Date">Publication date of the report carrying the claim.</param>
/// <param name="Relayed">True when the claim reached its article through another outlet.</param>
/// <param name="Headline">True when the claim is the article's headline (its title), a summary rather than the source's own words.</param>
public sealed record Evidence(
    string OriginKey,
    string SourceKind,
    string Stance,
    IReadOnlyList<string> HedgingCues,
    int Confidence,
    int? SourceCount,
    DateOnly? Date,
    bool Relayed = false,
    bool Headline = false);
