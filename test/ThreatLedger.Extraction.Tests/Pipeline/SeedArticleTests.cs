using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Extraction.Tests.Pipeline;

/// <summary>The seed article (read from ../shared, never committed) must come out right.</summary>
public sealed class SeedArticleTests
{
    private static ExtractionDocument ExtractSeed()
    {
        var path = RepositoryPaths.SharedOrSkip("samples", "nisc-2023-08.txt");
        var reader = new DocumentReader(new DocumentReaderOptions { Published = new DateOnly(2023, 8, 31) });
        var document = reader.ReadFile(path).Single();
        return new ArticleExtractor().Extract(document);
    }

    private static Entity Victim(ExtractionDocument result, Incident incident) =>
        result.Entities.Single(e => e.Id == incident.VictimEntityId);

    [Fact]
    public void Extract_SeedArticle_VictimAgencyWithAcronymAndCountry()
    {
        // Given / When
        var result = ExtractSeed();

        // Then
        var agency = result.Entities.Single(e => e.Aliases.Contains("NISC"));
        Assert.Equal("National Center of Incident Readiness and Strategy for Cybersecurity", agency.Name);
        Assert.Equal(EntityKinds.GovernmentBody, agency.Kind);
        Assert.Equal("JP", agency.Attributes["country"]);
    }

    [Fact]
    public void Extract_SeedArticle_DataBreachIncidentWithTimeAndDwell()
    {
        // Given / When
        var result = ExtractSeed();

        // Then
        var incident = result.Incidents.Single(i => Victim(result, i).Aliases.Contains("NISC"));
        Assert.Equal(EventTypes.Databreach, incident.Type);
        Assert.Contains(incident.CompromisedData, d => d.Text.Contains("personal data", StringComparison.Ordinal) && d.Text.Contains("email", StringComparison.Ordinal));
        Assert.Equal("2022-10", incident.Time?.Start);
        Assert.Equal("P9M", incident.Time?.Duration);
        Assert.Equal("2023-07", incident.Time?.Discovered);
        Assert.InRange(incident.Time?.DwellDays ?? 0, 265, 280);
        Assert.Contains(incident.TargetEntityIds, id => result.Entities.Single(e => e.Id == id).Name.Contains("email system", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SeedArticle_TwoHedgedAttributionsToChineseActors()
    {
        // Given / When
        var result = ExtractSeed();
        var incident = result.Incidents.Single(i => Victim(result, i).Aliases.Contains("NISC"));

        // Then
        var attributions = result.Claims.Where(c => c.IncidentId == incident.Id && c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "CN").ToList();
        Assert.Contains(attributions, c => c.Accused!.Contains("threat group", StringComparison.Ordinal));
        var stateSponsored = Assert.Single(attributions, c => c.Accused!.Contains("state-sponsored", StringComparison.Ordinal));
        Assert.Equal(3, stateSponsored.Source.Count);
        Assert.Contains("news outlet", stateSponsored.Source.CitedVia, StringComparison.OrdinalIgnoreCase);
        Assert.All(attributions, c => Assert.Contains(c.HedgingCues, cue => cue is "claimed" or "alleged"));
        Assert.All(attributions, c => Assert.True(c.Confidence < 70, $"{c.Id} confidence {c.Confidence} should reflect hedging"));
        var actor = result.Entities.Single(e => e.Id == stateSponsored.AccusedEntityId);
        Assert.Equal("state-sponsored", actor.Attributes["actor_type"]);
    }

    [Fact]
    public void Extract_SeedArticle_VictimDeclinesAndDisputesSeverity()
    {
        // Given / When
        var result = ExtractSeed();
        var incident = result.Incidents.Single(i => Victim(result, i).Aliases.Contains("NISC"));

        // Then
        var declined = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.NoAttribution);
        Assert.Equal(incident.Id, declined.IncidentId);
        Assert.Equal(SourceKinds.Victim, declined.Source.Kind);
        Assert.Equal(incident.VictimEntityId, declined.Source.EntityId);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.SeverityDispute && c.Source.EntityId == incident.VictimEntityId && c.IncidentId == incident.Id);
    }

    [Fact]
    public void Extract_SeedArticle_ForeignMinistryDeniesAndCounterAccusesUs()
    {
        // Given / When
        var result = ExtractSeed();

        // Then
        var denial = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("CN", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.Contains("Foreign Affairs", denial.Source.Name, StringComparison.Ordinal);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.CounterAccusation && c.AccusedCountry == "US" && c.Source.EntityId == denial.Source.EntityId);
    }

    [Fact]
    public void Extract_SeedArticle_DefenceNetworkIncidentAbout2021ReportedByUsOutlet()
    {
        // Given / When
        var result = ExtractSeed();

        // Then
        var incident = result.Incidents.Single(i => Victim(result, i).Name.Contains("defence networks", StringComparison.Ordinal));
        Assert.Equal("2021", incident.Time?.Start);
        var claim = Assert.Single(result.Claims, c => c.IncidentId == incident.Id && c.Kind == ClaimKinds.Attribution);
        Assert.Contains("military", claim.Accused, StringComparison.Ordinal);
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Media, claim.Source.Kind);
        Assert.Contains("US-based news outlet", claim.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SeedArticle_PortDisruptionWithCompetingAttributions()
    {
        // Given / When
        var result = ExtractSeed();

        // Then
        var incident = result.Incidents.Single(i => Victim(result, i).Name.StartsWith("Port of", StringComparison.Ordinal));
        Assert.Equal(EventTypes.Disruption, incident.Type);
        Assert.Equal("2023", incident.Time?.Start);
        var lockBit = Assert.Single(result.Claims, c => c.IncidentId == incident.Id && c.Accused == "LockBit");
        Assert.Equal(SourceKinds.Researchers, lockBit.Source.Kind);
        Assert.Equal("criminal", result.Entities.Single(e => e.Id == lockBit.AccusedEntityId).Attributes["actor_type"]);
        var alternative = Assert.Single(result.Claims, c => c.IncidentId == incident.Id && c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal("CN", alternative.AccusedCountry);
        Assert.Equal("experts", alternative.Source.Name);
        Assert.Contains("newspaper", alternative.Source.CitedVia, StringComparison.Ordinal);
        Assert.Contains(result.Entities, e => e.Kind == EntityKinds.Malware && e.Name == "LockBit");
    }
}
