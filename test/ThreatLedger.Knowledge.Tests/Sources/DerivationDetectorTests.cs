using ThreatLedger.Knowledge.Sources;

namespace ThreatLedger.Knowledge.Tests.Sources;

public sealed class DerivationDetectorTests
{
    private const string Russia = "country:RU";

    private static SourcedDocument Document(long seq, string outlet, int day, params SourcedClaim[] claims) =>
        new(seq, "d" + seq, $"{outlet} (2025-03-{day:00})", outlet, new DateOnly(2025, 3, day), null, null, claims);

    private static SourcedClaim Claim(long seq, string outlet, string evidence, string source = "officials", string kind = "anonymous-officials",
        int? count = null, string? origin = null, string? hypothesis = Russia, int direction = 1) =>
        new(seq, 1, hypothesis, direction, source, kind, count, origin ?? "outlet:" + OriginKeys.Normalize(outlet), origin is not null, evidence);

    [Fact]
    public void Detect_CopiedEvidenceSentence_RelayTakesTheOriginalSource()
    {
        // Given
        var original = Document(1, "The Harbour Courier", 14,
            Claim(10, "The Harbour Courier", "Two officials familiar with the investigation told the newspaper that Russian state-backed hackers were behind the intrusion at the utility."));
        var copy = Document(2, "Signal Desk", 15,
            Claim(20, "Signal Desk", "Russian state-backed hackers were behind the intrusion at the utility, two officials familiar with the investigation said."));

        // When
        var result = DerivationDetector.Detect([copy, original]);

        // Then
        Assert.Equal(new ClaimOrigin("outlet:harbourcourier", false, null), result.Claims[10]);
        var relayed = result.Claims[20];
        Assert.Equal("outlet:harbourcourier", relayed.OriginKey);
        Assert.True(relayed.Relayed);
        Assert.Equal(DerivationMethods.NearDuplicate, relayed.Derivation!.Method);
        Assert.Equal(1, relayed.Derivation.SourceDocumentSeq);
        Assert.False(result.Documents.ContainsKey(1));
        Assert.Equal(1, Assert.Single(result.Documents[2]).SourceDocumentSeq);
    }

    [Fact]
    public void Detect_SameAnonymousSourcesWithTheSameCount_OneSource()
    {
        // Given
        var original = Document(1, "Lakeshore Tribune", 2, Claim(10, "Lakeshore Tribune", "Iran was behind it, sources said.", "three government and private-sector sources", count: 3));
        var later = Document(2, "Energy Desk", 3, Claim(20, "Energy Desk", "Iranian hackers are suspected.", "Three government and private-sector sources", count: 3));

        // When
        var result = DerivationDetector.Detect([original, later]);

        // Then
        Assert.Equal("outlet:lakeshoretribune", result.Claims[20].OriginKey);
        Assert.Equal(DerivationMethods.SameAnonymousSource, result.Claims[20].Derivation!.Method);
    }

    [Fact]
    public void Detect_SameUncountedAnonymousSources_OneSource()
    {
        // Given
        var original = Document(1, "Lakeshore Tribune", 2, Claim(10, "Lakeshore Tribune", "Iran was behind it, sources said.", "private-sector sources"));
        var later = Document(2, "Energy Desk", 3, Claim(20, "Energy Desk", "Iranian hackers are suspected.", "private-sector sources"));

        // When
        var result = DerivationDetector.Detect([original, later]);

        // Then
        Assert.Equal("outlet:lakeshoretribune", result.Claims[20].OriginKey);
        Assert.Contains("rests on the same anonymous sources as Lakeshore Tribune (2025-03-02)", result.Claims[20].Derivation!.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("three government and private-sector sources", 2)]
    [InlineData("two officials familiar with the matter", 3)]
    [InlineData("people familiar with the investigation", null)]
    public void Detect_DifferentCountOrStockDescription_StaysIndependent(string description, int? count)
    {
        // Given
        var first = Document(1, "Lakeshore Tribune", 2, Claim(10, "Lakeshore Tribune", "Iran was behind it, sources said.", "three officials familiar with the matter", count: 3));
        var second = Document(2, "Lakeshore Tribune", 2, Claim(11, "Lakeshore Tribune", "Iran was behind it, they said.", "people familiar with the investigation"));
        var later = Document(3, "Energy Desk", 3, Claim(20, "Energy Desk", "Iranian hackers are suspected.", description, count: count));

        // When
        var result = DerivationDetector.Detect([first, second, later]);

        // Then
        Assert.Equal(new ClaimOrigin("outlet:energydesk", false, null), result.Claims[20]);
    }

    [Fact]
    public void Detect_ClaimCitingAStoredReportWithANamedSource_CountsAsThatNamedSource()
    {
        // Given: the original quotes the government by name; the later article only says the newspaper reported it
        var original = Document(1, "Baltic Wire", 2,
            Claim(10, "Baltic Wire", "The Estonian government attributed the breach to Russia.", "The Estonian government", "government", origin: "government:estoniangovernment"));
        var later = Document(2, "Tallinn Today", 4, Claim(20, "Tallinn Today", "Baltic Wire reported that Russia was behind the breach.", "Baltic Wire", "media"));

        // When
        var result = DerivationDetector.Detect([original, later]);

        // Then
        Assert.Equal("government:estoniangovernment", result.Claims[20].OriginKey);
        Assert.Equal(DerivationMethods.CitesStoredReport, result.Claims[20].Derivation!.Method);
        Assert.Contains("cites Baltic Wire, whose report of 2025-03-02 is in the store", result.Claims[20].Derivation!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_EvidenceNamingAStoredOutlet_RelaysIt()
    {
        // Given: the later article's unnamed officials spoke to the earlier article's outlet, not to it
        var original = Document(1, "The Harbour Courier", 14, Claim(10, "The Harbour Courier", "Two officials said Russian hackers were behind it."));
        var later = Document(2, "Signal Desk", 16, Claim(20, "Signal Desk", "Officials told the Harbour Courier's reporters that Moscow was responsible."));

        // When
        var result = DerivationDetector.Detect([original, later]);

        // Then
        Assert.Equal("outlet:harbourcourier", result.Claims[20].OriginKey);
        Assert.Equal(DerivationMethods.CitesStoredReport, result.Claims[20].Derivation!.Method);
    }

    [Fact]
    public void Detect_OneWordOutletNameWithoutItsArticle_NotTakenForTheOutlet()
    {
        // Given: "The Record" is in the store; "Record numbers" names no outlet
        var original = Document(1, "The Record", 14, Claim(10, "The Record", "Officials said Russian hackers were behind it."));
        var later = Document(2, "Signal Desk", 16, Claim(20, "Signal Desk", "Record numbers of officials now say Moscow was responsible."));

        // When
        var result = DerivationDetector.Detect([original, later]);

        // Then
        Assert.Equal(new ClaimOrigin("outlet:signaldesk", false, null), result.Claims[20]);
    }

    [Fact]
    public void Detect_ChainOfCopies_AllLeadToTheFirstReport()
    {
        // Given: C copies B, which copied A
        const string sentence = "Russian state-backed hackers were behind the intrusion at the Northfjord utility, two officials familiar with the investigation said.";
        var a = Document(1, "A Post", 1, Claim(10, "A Post", sentence));
        var b = Document(2, "B Times", 2, Claim(20, "B Times", "According to officials, " + sentence));
        var c = Document(3, "C Daily", 3, Claim(30, "C Daily", sentence + " The utility declined to comment."));

        // When
        var result = DerivationDetector.Detect([c, b, a]);

        // Then
        Assert.All([result.Claims[20], result.Claims[30]], o => Assert.Equal("outlet:apost", o.OriginKey));
    }

    [Fact]
    public void Detect_CopiedIncidentDescription_RelaysAndCarriesItsOtherClaims()
    {
        // Given: the later article's claim is reworded, but it copies how the original describes the incident
        var original = Document(1, "The Harbour Courier", 14, Claim(10, "The Harbour Courier", "Two officials said Russian state-backed hackers were behind it.")) with
        {
            Reports = [new SourcedReport(1, "The Northfjord Water Board confirmed on Thursday that attackers had breached its network and stolen engineering data from its plants.")],
        };
        var copy = Document(2, "Signal Desk", 15, Claim(20, "Signal Desk", "Moscow is thought to be responsible.")) with
        {
            Reports = [new SourcedReport(1, "On Thursday the Northfjord Water Board confirmed that attackers had breached its network and stolen engineering data from its plants.")],
        };

        // When
        var result = DerivationDetector.Detect([original, copy]);

        // Then
        var relay = result.Documents[2][0];
        Assert.Equal(DerivationMethods.NearDuplicate, relay.Method);
        Assert.StartsWith("describes the incident in", relay.Detail, StringComparison.Ordinal);
        Assert.Equal("outlet:harbourcourier", result.Claims[20].OriginKey);
        Assert.Equal(DerivationMethods.SameStory, result.Claims[20].Derivation!.Method);
    }

    [Fact]
    public void Detect_OppositeDirection_NotARelay()
    {
        // Given: the later article copies the sentence but disputes it
        const string sentence = "Two officials familiar with the investigation said Russian state-backed hackers were behind the intrusion at the utility.";
        var original = Document(1, "A Post", 1, Claim(10, "A Post", sentence));
        var later = Document(2, "B Times", 2, Claim(20, "B Times", sentence, direction: -1));

        // When
        var result = DerivationDetector.Detect([original, later]);

        // Then
        Assert.Equal("outlet:btimes", result.Claims[20].OriginKey);
        Assert.False(result.Documents.ContainsKey(2));
    }
}
