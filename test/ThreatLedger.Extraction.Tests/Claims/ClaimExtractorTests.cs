using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;

namespace ThreatLedger.Extraction.Tests.Claims;

public sealed class ClaimExtractorTests
{
    private static ExtractionDocument Extract(string text) =>
        new ArticleExtractor().Extract(new SourceDocument(new DocumentInfo { Id = "t", Published = new DateOnly(2024, 6, 1), Source = "Test Wire" }, text));

    [Fact]
    public void Extract_AccordingToCiting_SourceCountAndCitedVia()
    {
        // Given
        const string text = "Hackers breached the Acme Bank network in March. According to Reuters, citing four officials, the attack was carried out by North Korean hackers.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("KP", claim.AccusedCountry);
        Assert.Equal(4, claim.Source.Count);
        Assert.Equal("Reuters", claim.Source.CitedVia);
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
    }

    [Fact]
    public void Extract_StateDeniesThroughCapital_DenialByAccused()
    {
        // Given
        const string text = "The Harbor Authority said its systems were compromised last month. Officials said Russian hackers were behind the attack. Moscow denied the allegations.";

        // When
        var result = Extract(text);

        // Then
        var attribution = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("RU", attribution.AccusedCountry);
        Assert.Equal(SourceKinds.AnonymousOfficials, attribution.Source.Kind);
        var denial = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("RU", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.Equal(attribution.IncidentId, denial.IncidentId);
    }

    [Fact]
    public void Extract_HedgedAttribution_CuesLowerConfidence()
    {
        // Given
        const string firm = "Hackers breached the Acme Bank network in March. Investigators said the attack was carried out by Chinese hackers.";
        const string hedged = "Hackers breached the Acme Bank network in March. Investigators said the attack may have been carried out by suspected Chinese hackers.";

        // When
        var firmClaim = Extract(firm).Claims.Single();
        var hedgedClaim = Extract(hedged).Claims.Single();

        // Then
        Assert.Contains("may have", hedgedClaim.HedgingCues);
        Assert.Contains("suspected", hedgedClaim.HedgingCues);
        Assert.True(hedgedClaim.Confidence < firmClaim.Confidence);
        Assert.Equal(SourceKinds.Researchers, firmClaim.Source.Kind);
    }

    [Fact]
    public void Extract_VictimDeclinesToName_NoAttribution()
    {
        // Given
        const string text = "Hackers breached the Acme Bank network in March. Acme Bank declined to name the attackers.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
        Assert.Equal(Stances.Declines, claim.Stance);
    }
}
