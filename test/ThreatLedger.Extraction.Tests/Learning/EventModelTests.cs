using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class EventModelTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    private const string Article =
        "Acme Health said on Tuesday that hackers stole the names, addresses and Social Security numbers of 40,000 patients "
        + "in a data breach discovered last month. Separately, Globex released a patch for a critical vulnerability in its "
        + "router firmware that researchers at Initech found in May.";

    [Fact]
    public void SaveAndLoad_RoundTrip_GivesTheSameEvents()
    {
        // Given
        var model = fixture.Model;
        var path = Path.Combine(Path.GetTempPath(), $"threatledger-model-{Environment.ProcessId}.bin");
        var doc = new SourceDocument(new DocumentInfo { Id = "own-1" }, Article);

        // When
        model.Save(path);
        var before = EventExtractor.FromModel(model, fixture.Lexicons).Extract(doc);
        var after = EventExtractor.Load(path).Extract(doc);
        File.Delete(path);

        // Then
        Assert.NotEmpty(before);
        Assert.Equal(
            before.Select(e => (e.Type, e.Trigger, e.Realis, string.Join("|", e.Arguments.Select(a => a.Role + a.Span)))),
            after.Select(e => (e.Type, e.Trigger, e.Realis, string.Join("|", e.Arguments.Select(a => a.Role + a.Span)))));
    }

    [Fact]
    public void Extract_ArticleNamingTheAttackOnlyGenerically_IncidentFoundedByTheGenericMentionButNotWrittenToCasie()
    {
        // Given: the first sentence names the attack only as "a cyberattack"; CASIE does not annotate such mentions
        const string text = "The Kestrel Port Authority said on Tuesday that a cyberattack had knocked its booking systems offline since Sunday. "
            + "The authority said its engineers had shut down affected servers. A ransomware gang later claimed the attack and said it had stolen data.";
        var extractor = new ArticleExtractor(new ArticleExtractorOptions { Events = EventExtractor.FromModel(fixture.Model, fixture.Lexicons) });

        // When
        var result = extractor.Extract(new SourceDocument(new DocumentInfo { Id = "own-3", Published = new DateOnly(2026, 3, 10) }, text));
        using var casie = new StringWriter();
        CasieWriter.Write(casie, result);

        // Then: the incident is the port authority's, founded by the generic mention, which CASIE output leaves out
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Kestrel Port Authority", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
        Assert.Contains(result.Events, e => e.Trigger.Text == "cyberattack" && e.IncidentOnly);
        Assert.DoesNotContain("\"cyberattack\"", casie.ToString(), StringComparison.Ordinal);
        var json = ExtractionJson.Serialize(result, indented: false);
        Assert.Contains("\"incident_only\":true", json, StringComparison.Ordinal);
        Assert.True(ExtractionJson.Deserialize(json).Events.Single(e => e.Trigger.Text == "cyberattack").IncidentOnly);
    }

    [Fact]
    public void Extract_OwnArticle_FindsBreachAndPatchWithArguments()
    {
        // Given
        var extractor = EventExtractor.FromModel(fixture.Model, fixture.Lexicons);

        // When
        var events = extractor.Extract(new SourceDocument(new DocumentInfo { Id = "own-2" }, Article));

        // Then
        Assert.Contains(events, e => e.Type == EventTypes.Databreach);
        Assert.Contains(events, e => e.Type == EventTypes.Patch);
        Assert.Contains(events.SelectMany(e => e.Arguments), a => a.Role == "Compromised-Data");
        Assert.All(events, e => Assert.Equal(Article[e.Trigger.Start..e.Trigger.End], e.Trigger.Text));
        Assert.All(events.SelectMany(e => e.Arguments), a => Assert.Null(a.EntityId));
    }

    [Fact]
    public void Load_NotAModel_ThrowsEventModelException()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), $"threatledger-not-a-model-{Environment.ProcessId}.bin");
        File.WriteAllText(path, "this is not a model");

        // When
        var error = Assert.Throws<EventModelException>(() => EventModel.Load(path));
        File.Delete(path);

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsWithTrainHint()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), "threatledger-no-such-model.bin");

        // When
        var error = Assert.Throws<EventModelException>(() => EventModel.Load(path));

        // Then
        Assert.Contains("threatledger train", error.Message, StringComparison.Ordinal);
    }
}
