using ThreatLedger.Extraction.Indicators;

namespace ThreatLedger.Extraction.Tests.Indicators;

public sealed class IndicatorExtractorTests
{
    [Theory]
    [InlineData("The C2 server 185.220.101[.]45 was used.", IndicatorTypes.Ipv4, "185.220.101.45")]
    [InlineData("Payload from hxxps://evil[.]example[.]com/a.bin today.", IndicatorTypes.Url, "https://evil.example.com/a.bin")]
    [InlineData("Phishing from admin[at]bad-mail(dot)com arrived.", IndicatorTypes.Email, "admin@bad-mail.com")]
    [InlineData("The malicious domain evil-updates[.]net hosted the payload.", IndicatorTypes.Domain, "evil-updates.net")]
    [InlineData("Beacon to hxxp[:]//203.0.113.9/x was seen.", IndicatorTypes.Url, "http://203.0.113.9/x")]
    public void Extract_Defanged_RefangedFlaggedMalicious(string text, string type, string value)
    {
        // Given / When
        var found = new IndicatorExtractor().Extract(text);

        // Then
        var indicator = Assert.Single(found);
        Assert.Equal(type, indicator.Type);
        Assert.Equal(value, indicator.Value);
        Assert.True(indicator.Defanged);
        Assert.True(indicator.Malicious);
    }

    [Fact]
    public void Extract_HashesCveAndTechniques_Typed()
    {
        // Given
        const string text = "Samples 44d88612fea8a8f36de82e1278abb02f and 3395856ce81f2b7382dee72602f798b642f14140 exploited CVE-2023-4966 using T1190 and T1059.001.";

        // When
        var found = new IndicatorExtractor().Extract(text);

        // Then
        Assert.Equal(
            [IndicatorTypes.Md5, IndicatorTypes.Sha1, IndicatorTypes.Cve, IndicatorTypes.AttackTechnique, IndicatorTypes.AttackTechnique],
            found.Select(f => f.Type));
    }

    [Fact]
    public void Extract_OwnLinksImagesAndCitations_AreNotIndicators()
    {
        // Given
        const string text = "Read more at https://www.news.example/story. Photo: https://cdn.other.example/pic.jpg. Source: https://advisory.example/2024/01 and see the report.";

        // When
        var found = new IndicatorExtractor().Extract(text, "https://news.example/today/article");

        // Then
        Assert.Empty(found);
    }

    [Fact]
    public void Extract_OutletPointingAtItsOwnCoverage_NotAnIndicatorButTheAdvisoryIs()
    {
        // Given: no document URL is known; the outlet's first person marks its own link
        const string text = "The backdoor beacons to https://cdn-sync.example.org/api. Our earlier explainer on update hijacking is at https://harbourtech.example/2026/explainer.";

        // When
        var found = new IndicatorExtractor().Extract(text);

        // Then
        var indicator = Assert.Single(found);
        Assert.Equal("https://cdn-sync.example.org/api", indicator.Value);
    }

    [Fact]
    public void Extract_VersionsTimesAndDottedNames_AreNotIndicators()
    {
        // Given
        const string text = "Version 1.2.3.4 of Node.js was patched at 10:30:45 on the ASP.NET site.";

        // When
        var found = new IndicatorExtractor().Extract(text);

        // Then
        Assert.Empty(found);
    }

    [Fact]
    public void Extract_PlainDomainWithoutContext_NotMalicious()
    {
        // Given / When
        var found = new IndicatorExtractor().Extract("The company moved its site to example.org last year.");

        // Then
        var domain = Assert.Single(found);
        Assert.False(domain.Malicious);
        Assert.False(domain.Defanged);
    }

    [Fact]
    public void Extract_HashTheAttackersUsed_Malicious()
    {
        // Given / When
        var found = new IndicatorExtractor().Extract("The attackers used a file with SHA-256 hash 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea.");

        // Then
        Assert.True(Assert.Single(found).Malicious);
    }

    [Fact]
    public void Extract_ListUnderAnIndicatorsOfCompromiseHeading_Malicious()
    {
        // Given / When
        var found = new IndicatorExtractor().Extract("## Indicators of compromise\n\n- SHA-256: 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8\n");

        // Then
        Assert.True(Assert.Single(found).Malicious);
    }
}
