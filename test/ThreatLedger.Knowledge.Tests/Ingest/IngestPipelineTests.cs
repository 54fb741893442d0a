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
