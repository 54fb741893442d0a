using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Assessment;

namespace ThreatLedger.Knowledge.Tests.Assessment;

public sealed class AttributionModelTests
{
    private static Evidence Claim(string origin, string kind = SourceKinds.Government, string stance = Stances.Asserts, int hedges = 0, DateOnly? date = null, bool relayed = false) =>
        new(origin, kind, stance, Enumerable.Repeat("reportedly", hedges).ToList(), 0, null, date, relayed);

    [Fact]
    public void Assess_NoEvidence_ReturnsThePrior()
    {
        // When
        var result = AttributionModel.Assess([]);

        // Then
        Assert.Equal(AttributionModel.Prior, result.Probability, 6);
        Assert.Equal("unlikely", result.Words);
    }

    [Fact]
    public void Assess_OneGovernmentAttribution_IsTheDocumentedFigure()
    {
        // Given: w = 0.8 × 0.8 = 0.64, LR = 1 + 4w = 3.56, odds 0.5 × 3.56 = 1.78
        var evidence = new[] { Claim("government:a") };

        // When
        var result = AttributionModel.Assess(evidence);

        // Then
        Assert.Equal(1.78 / 2.78, result.Probability, 6);
        Assert.Equal("likely", result.Words);
        Assert.Equal(1, result.IndependentSourcesFor);
    }

    [Fact]
    public void Assess_RelayWordedMoreFirmlyThanTheOriginal_TheOriginalCounts()
    {
        // Given: the original hedges twice; a later relay drops the hedges
        var original = Claim("outlet:courier", SourceKinds.AnonymousOfficials, hedges: 2, date: new DateOnly(2025, 3, 14));
        var relay = Claim("outlet:courier", SourceKinds.AnonymousOfficials, date: new DateOnly(2025, 3, 15), relayed: true);

        // When
        var both = AttributionModel.Assess([original, relay]);
        var alone = AttributionModel.Assess([original]);

        // Then
        Assert.Equal(alone.Probability, both.Probability, 9);
        Assert.True(both.Contributions[0].Counted);
        Assert.False(both.Contributions[1].Counted);
    }

    [Fact]
    public void Assess_UnhedgedHeadlineAndTheSourcesHedgedWords_TheSourcesWordsCount()
    {
        // Given: a vendor's blog title names the group outright; its body says "moderate confidence"
        var headline = new Evidence("vendor:cordillera", SourceKinds.Vendor, Stances.Asserts, [], 0, null, new DateOnly(2026, 9, 22), Headline: true);
        var body = new Evidence("vendor:cordillera", SourceKinds.Vendor, Stances.Asserts, ["assess", "moderate confidence"], 0, null, new DateOnly(2026, 9, 22));

        // When
        var both = AttributionModel.Assess([headline, body]);
        var alone = AttributionModel.Assess([body]);

        // Then
        Assert.Equal(alone.Probability, both.Probability, 9);
        Assert.False(both.Contributions[0].Counted);
        Assert.True(both.Contributions[1].Counted);
    }

    [Fact]
    public void Assess_OneSourceReportedTwiceInTheSameWords_TheEarlierReportCounts()
    {
        // Given: a gang's leak-site claim reported on Feb 5 and, in the same words, on Feb 6
        var first = Claim("accused:actor:7", SourceKinds.Accused, date: new DateOnly(2027, 2, 5));
        var second = Claim("accused:actor:7", SourceKinds.Accused, date: new DateOnly(2027, 2, 6));

        // When
        var assessment = AttributionModel.Assess([first, second]);

        // Then
        Assert.True(assessment.Contributions[0].Counted);
        Assert.False(assessment.Contributions[1].Counted);
    }

    [Fact]
    public void Assess_HeadlineAlone_Counts()
    {
        // Given: the article gives the source's claim only in its title
        var headline = new Evidence("vendor:cordillera", SourceKinds.Vendor, Stances.Asserts, [], 0, null, new DateOnly(2026, 9, 22), Headline: true);

        // When
        var assessment = AttributionModel.Assess([headline]);

        // Then
        Assert.True(assessment.Contributions[0].Counted);
        Assert.Equal(1, assessment.IndependentSourcesFor);
    }

    [Fact]
    public void Assess_RelaysOfOneSource_CountOnce()
    {
        // Given
        var original = new[] { Claim("outlet:a", SourceKinds.AnonymousOfficials) };
        var relayed = original.Concat(Enumerable.Range(0, 4).Select(_ => Claim("outlet:a", SourceKinds.Media, relayed: true))).ToArray();

        // When
        var alone = AttributionModel.Assess(original);
        var withRelays = AttributionModel.Assess(relayed);

        // Then
        Assert.Equal(alone.Probability, withRelays.Probability, 9);
        Assert.Equal(1, withRelays.IndependentSourcesFor);
        Assert.Single(withRelays.Contributions, c => c.Counted);
    }

    [Fact]
    public void Assess_IndependentSources_RaiseTheProbability()
    {
        // Given
        var three = new[] { Claim("government:a"), Claim("vendor:b", SourceKinds.Vendor), Claim("outlet:c", SourceKinds.AnonymousOfficials) };

        // When
        var result = AttributionModel.Assess(three);

        // Then
        Assert.Equal(3, result.IndependentSourcesFor);
        Assert.Equal("very likely", result.Words);
    }

    [Fact]
    public void Assess_DenialByTheAccused_LowersButDoesNotOverturn()
    {
        // Given
        var claim = Claim("government:a");
        var denial = Claim("accused:cn", SourceKinds.Accused, Stances.Denies);

        // When
        var without = AttributionModel.Assess([claim]);
        var with = AttributionModel.Assess([claim, denial]);

        // Then
        Assert.True(with.Probability < without.Probability);
        Assert.True(with.Probability > AttributionModel.Prior);
        Assert.Equal(1, with.IndependentSourcesAgainst);
    }

    [Fact]
    public void Assess_HedgedClaim_WeighsLessThanAFirmOne()
    {
        // When
        var firm = AttributionModel.Assess([Claim("outlet:a", SourceKinds.Media)]);
        var hedged = AttributionModel.Assess([Claim("outlet:a", SourceKinds.Media, hedges: 2)]);

        // Then
        Assert.True(hedged.Probability < firm.Probability);
    }

    [Fact]
    public void Weight_OldClaim_HalvesEveryTwoYears()
    {
        // Given
        var reference = new DateOnly(2026, 1, 1);
        var claim = Claim("government:a", date: reference.AddDays(-730));

        // When
        var weight = AttributionModel.Weight(claim, reference);

        // Then
        Assert.Equal(0.8 * 0.8 * 0.5, weight, 6);
    }

    [Fact]
    public void Assess_DeclinedComment_IsShownButNeutral()
    {
        // When
        var result = AttributionModel.Assess([Claim("victim:x", SourceKinds.Victim, Stances.Declines)]);

        // Then
        Assert.Equal(AttributionModel.Prior, result.Probability, 6);
        Assert.Equal(0, Assert.Single(result.Contributions).Direction);
    }

    [Fact]
    public void Assess_SelfClaimByTheAccused_WeighsAsAStatementAgainstInterestButADenialDoesNot()
    {
        // Given
        var selfClaim = Claim("accused:rhysida", SourceKinds.Accused);
        var denial = Claim("accused:rhysida", SourceKinds.Accused, Stances.Denies);

        // When
        var claimed = AttributionModel.Assess([selfClaim]);
        var claimWeight = AttributionModel.Weight(selfClaim, null);
        var denialWeight = AttributionModel.Weight(denial, null);

        // Then
        Assert.Equal(AttributionModel.SelfClaimReliability * 0.8, claimWeight, 6);
        Assert.Equal(AttributionModel.Reliability(SourceKinds.Accused) * 0.8, denialWeight, 6);
        Assert.True(denialWeight < 0.1);
        Assert.True(claimed.Probability > AttributionModel.Prior);
    }
}
