using ThreatLedger.Extraction.Claims;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Tests.Claims;

public sealed class ClaimConfidenceTests
{
    [Fact]
    public void Score_NoCues_FirmAssertion()
    {
        // Given / When / Then
        Assert.Equal(85, ClaimConfidence.Score(Stances.Asserts, []));
    }

    [Fact]
    public void Score_MoreHedges_LowerConfidence()
    {
        // Given
        var one = ClaimConfidence.Score(Stances.Asserts, ["claimed"]);
        var two = ClaimConfidence.Score(Stances.Asserts, ["claimed", "alleged"]);

        // Then
        Assert.True(two < one);
        Assert.True(one < 85);
        Assert.InRange(two, 5, 95);
    }

    [Fact]
    public void Score_ExplicitAnalyticConfidence_Wins()
    {
        // Given / When / Then
        Assert.Equal(85, ClaimConfidence.Score(Stances.Asserts, ["high confidence", "may"]));
        Assert.Equal(30, ClaimConfidence.Score(Stances.Asserts, ["low confidence"]));
    }

    [Fact]
    public void Score_AlternativeHypothesis_BelowAssertion()
    {
        // Given / When / Then
        Assert.True(ClaimConfidence.Score(Stances.OffersAlternative, []) < ClaimConfidence.Score(Stances.Asserts, []));
        Assert.True(ClaimConfidence.Score(Stances.Denies, ["strongly"]) > ClaimConfidence.Score(Stances.Denies, []));
    }
}
