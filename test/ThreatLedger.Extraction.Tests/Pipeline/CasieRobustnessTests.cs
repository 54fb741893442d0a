using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Extraction.Tests.Pipeline;

/// <summary>The pipeline on real news text (CASIE dev, read from ../shared): no crash, sane output.</summary>
public sealed class CasieRobustnessTests
{
    [Fact]
    public void ExtractAll_CasieDev_ConsistentReferencesAndSpans()
    {
        // Given
        var path = RepositoryPaths.SharedOrSkip("casie", "dev.jsonl");
        var documents = new DocumentReader().ReadFile(path).Take(80).ToList();

        // When
        var results = new ArticleExtractor().ExtractAll(documents, 2, TestContext.Current.CancellationToken).ToList();

        // Then
        Assert.Equal(documents.Count, results.Count);
        Assert.All(results, result =>
        {
            var entityIds = result.Entities.Select(e => e.Id).ToHashSet();
            var incidentIds = result.Incidents.Select(i => i.Id).ToHashSet();
            var eventIds = result.Events.Select(e => e.Id).ToHashSet();
            Assert.All(result.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(result.Text[m.Start..m.End], m.Text));
            Assert.All(result.Claims, c =>
            {
                Assert.InRange(c.Confidence, 0, 100);
                Assert.Equal(result.Text[c.Evidence.Start..c.Evidence.End], c.Evidence.Text);
                Assert.True(c.AccusedEntityId is null || entityIds.Contains(c.AccusedEntityId));
                Assert.True(c.IncidentId is null || incidentIds.Contains(c.IncidentId));
                Assert.True(c.EventId is null || eventIds.Contains(c.EventId));
            });
            Assert.All(result.Incidents, i => Assert.All(i.EventIds, id => Assert.Contains(id, eventIds)));
        });
        Assert.True(results.Count(r => r.Incidents.Count > 0) > results.Count / 2, "most CASIE articles report an incident");
        Assert.Contains(results, r => r.Claims.Any(c => c.Kind == ClaimKinds.Attribution));
    }
}
