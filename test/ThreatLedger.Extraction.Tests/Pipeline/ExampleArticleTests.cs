using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Extraction.Tests.Pipeline;

/// <summary>The three example articles in examples/articles (written for the project) come out right.</summary>
public sealed class ExampleArticleTests
{
    private static ExtractionDocument Extract(string name)
    {
        var path = RepositoryPaths.InRepository("examples", "articles", name);
        return new ArticleExtractor().Extract(new DocumentReader().ReadFile(path).Single());
    }

    [Fact]
    public void Extract_HospitalRansomware_VendorAttributionGangClaimAndVictimResponses()
    {
        // Given / When
        var result = Extract("hospital-ransomware.txt");

        // Then
        Assert.Equal(new DateOnly(2024, 3, 15), result.Document.Published);
        Assert.Equal("Harbor City Ledger", result.Document.Source);
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventTypes.Ransom, incident.Type);
        var victim = result.Entities.Single(e => e.Id == incident.VictimEntityId);
        Assert.Equal("Riverside Medical Center", victim.Name);
        Assert.Equal("2024-01", incident.Time?.Start);
        Assert.Equal("2024-03-09", incident.Time?.Discovered);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Accused == "BlackCat" && c.Source.Kind == SourceKinds.Vendor
            && c.Source.Name.Contains("Mandiant", StringComparison.Ordinal) && c.Source.CitedVia is not null);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Accused == "BlackCat" && c.Source.Kind == SourceKinds.Accused);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.NoAttribution && c.Source.Kind == SourceKinds.Victim);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Contains(result.Entities, e => e.Kind == EntityKinds.Vulnerability && e.Name == "CVE-2023-4966");
    }

    [Fact]
    public void Extract_MinistryEspionage_GovernmentAttributionDenialCounterAccusationAndAlternative()
    {
        // Given / When
        var result = Extract("ministry-espionage.txt");

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2023-02", incident.Time?.Start);
        Assert.Equal("2023-09", incident.Time?.Discovered);
        Assert.Equal("P7M", incident.Time?.Duration);
        var attribution = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Government);
        Assert.Equal("APT29", attribution.Accused);
        Assert.Equal("RU", attribution.AccusedCountry);

        // "\"We assess with high confidence that this operation was conducted by the SVR,\" the ministry said": the ministry's own
        // attribution, with its stated confidence.
        var ministry = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Name == "the ministry");
        Assert.Equal("RU", ministry.AccusedCountry);
        Assert.Equal(85, ministry.Confidence);
        Assert.All(result.Claims.Where(c => c.Kind == ClaimKinds.Denial), c =>
        {
            Assert.Equal("RU", c.AccusedCountry);
            Assert.Equal(SourceKinds.Accused, c.Source.Kind);
        });
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.CounterAccusation && c.AccusedCountry == "EE");
        var alternative = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal("BY", alternative.AccusedCountry);
        Assert.Contains("may have", alternative.HedgingCues);
        Assert.True(alternative.Confidence < attribution.Confidence);
    }

    [Fact]
    public void Extract_PortWiper_DefangedIndicatorsAndCompetingHypotheses()
    {
        // Given / When
        var result = Extract("port-wiper-ddos.txt");

        // Then
        // The wiper and the DDoS flood "at the same time" are two incidents at one victim; the hacktivists claim the flood.
        var incident = Assert.Single(result.Incidents, i => i.Type == EventTypes.Wiper);
        var flood = Assert.Single(result.Incidents, i => i.Type == EventTypes.DDoS);
        Assert.Equal(2, result.Incidents.Count);
        Assert.Equal("2025-06-11", incident.Time?.Start);
        Assert.Equal("Northgate Terminals", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
        Assert.Equal(incident.VictimEntityId, flood.VictimEntityId);
        Assert.Contains(result.Claims, c => c.IncidentId == flood.Id && c.Accused == "NoName057(16)" && c.Source.Kind == SourceKinds.Accused);
        Assert.DoesNotContain(result.Events, e => e.Type == EventTypes.Ransom);
        var indicators = result.Entities.Where(e => e.Kind == EntityKinds.Indicator).ToList();
        Assert.Contains(indicators, e => e.Name == "203.0.113.77" && e.Attributes["defanged"] == "true" && e.Attributes["malicious"] == "true");
        Assert.Contains(indicators, e => e.Name == "https://update-cdn.net/gate.php");
        Assert.Contains(indicators, e => e.Name == "billing@northgate-invoices.com");
        Assert.Contains(indicators, e => e.Attributes["indicator_type"] == "file:hashes.'SHA-256'");
        Assert.DoesNotContain(indicators, e => e.Name.Contains("maritime-security-review", StringComparison.Ordinal));
        Assert.Contains(result.Claims, c => c.IncidentId == incident.Id && c.Kind == ClaimKinds.Attribution && c.Accused == "Sandworm" && c.HedgingCues.Contains("likely"));
        var alternatives = result.Claims.Where(c => c.Kind == ClaimKinds.AlternativeHypothesis).ToList();
        var cited = Assert.Single(alternatives, c => c.AccusedCountry == "IR");
        Assert.Equal(2, cited.Source.Count);
        Assert.Equal("a local newspaper", cited.Source.CitedVia);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.NoAttribution && c.Source.Kind == SourceKinds.Victim);
    }

    [Fact]
    public void Extract_FiveMegabyteArticle_CompletesWithConsistentOutput()
    {
        // Given: an example article's body repeated to 5 MB, hard-wrapped like a plain-text wire copy.
        var body = new DocumentReader().ReadFile(RepositoryPaths.InRepository("examples", "articles", "port-wiper-ddos.txt")).Single().Text;
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 5_000_000)
        {
            builder.Append(body).Append('\n');
        }

        var text = string.Join('\n', builder.ToString().Split(' ').Chunk(12).Select(words => string.Join(' ', words)));
        var document = new SourceDocument(new DocumentInfo { Id = "big", Published = new DateOnly(2025, 6, 20) }, text);

        // When
        var result = new ArticleExtractor().Extract(document);

        // Then: the pipeline stays linear enough to finish, and every span points into the text.
        Assert.NotEmpty(result.Incidents);
        Assert.NotEmpty(result.Claims);
        Assert.All(result.Events, e => Assert.Equal(text[e.Trigger.Start..e.Trigger.End], e.Trigger.Text));
    }
}
