using ThreatLedger.Knowledge.Ingest;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests.Ingest;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("threatledger-pipeline-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    /// <summary>An article source that fails the way an unanticipated reader or extractor bug would.</summary>
    private sealed class BrokenSource : IArticleSource
    {
        public IEnumerable<ExtractedArticle> Read(string path, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the feed's third item has no body");
    }

    [Fact]
    public async Task IngestAsync_FilesNamedOutOfPublicationOrder_IngestsArticlesInPublicationOrder()
    {
        // Given: the follow-up's file sorts before the first report's, and a bundle comes last
        var followUp = Path.Combine(_folder.FullName, "a-follow-up.txt");
        await File.WriteAllTextAsync(followUp, "Title: Water board restores billing\nPublished: 2026-05-20\n\n"
            + "The Kestrel Water Board restored its billing system on Monday after the ransomware attack this month.\n", TestContext.Current.CancellationToken);
        var first = Path.Combine(_folder.FullName, "b-first.txt");
        await File.WriteAllTextAsync(first, "Title: Ransomware hits water board\nPublished: 2026-05-04\n\n"
            + "Ransomware crippled the Kestrel Water Board on May 2, the board said on Monday.\n", TestContext.Current.CancellationToken);
        var undated = Path.Combine(_folder.FullName, "c-undated.txt");
        await File.WriteAllTextAsync(undated, "Hackers broke into the Kestrel Water Board network, the board said.\n", TestContext.Current.CancellationToken);
        await using var database = await KnowledgeDatabase.OpenAsync(Path.Combine(_folder.FullName, "kb.db"), cancellationToken: TestContext.Current.CancellationToken);
        var pipeline = new IngestPipeline(new KnowledgeBase(database), new ExtractorArticleSource());

        // When
        var results = new List<IngestResult>();
        await foreach (var result in pipeline.IngestAsync([undated, followUp, first], cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        // Then: first report, follow-up, then the undated article
        Assert.Equal([first, followUp, undated], results.Select(r => r.Origin));
        Assert.All(results, r => Assert.Equal(IngestStatus.Ingested, r.Status));
    }

    [Fact]
    public async Task IngestAsync_ArticleSourceFailsUnexpectedly_FileFailsWithItsReasonAndTheRestIsIngested()
    {
        // Given: one article whose extraction fails, and one STIX bundle
        var article = Path.Combine(_folder.FullName, "a.txt");
        await File.WriteAllTextAsync(article, "Hackers broke into the Kestrel Water Board network last year, the board said.", TestContext.Current.CancellationToken);
        var bundle = Path.Combine(_folder.FullName, "b.json");
        await File.WriteAllTextAsync(bundle, """
            {"type":"bundle","id":"bundle--8a1e4f7c-3c0e-4d5b-9d3b-2f6a1c9e0b11","objects":[{"type":"identity","spec_version":"2.1",
            "id":"identity--5b7d2c1a-9e4f-4a3b-8c6d-1e2f3a4b5c6d","created":"2025-01-01T00:00:00.000Z","modified":"2025-01-01T00:00:00.000Z","name":"Kestrel Water Board"}]}
            """, TestContext.Current.CancellationToken);
        await using var database = await KnowledgeDatabase.OpenAsync(Path.Combine(_folder.FullName, "kb.db"), cancellationToken: TestContext.Current.CancellationToken);
        var pipeline = new IngestPipeline(new KnowledgeBase(database), new BrokenSource());

        // When
        var results = new List<IngestResult>();
        await foreach (var result in pipeline.IngestAsync([article, bundle], cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        // Then
        Assert.Equal(IngestStatus.Failed, results[0].Status);
        Assert.Equal($"{article}: cannot extract: the feed's third item has no body", results[0].Error);
        Assert.Equal(IngestStatus.Ingested, results[1].Status);
        Assert.Equal(1, results[1].ObjectsStored);
    }
}
