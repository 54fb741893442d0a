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
        public IEnumerable<PendingArticle> Read(string path, CancellationToken cancellationToken) =>
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

    /// <summary>An article source whose second document's extraction fails the way a bug would.</summary>
    private sealed class FailingExtractionSource : IArticleSource
    {
        private readonly ExtractorArticleSource _inner = new();

        public IEnumerable<PendingArticle> Read(string path, CancellationToken cancellationToken) =>
            _inner.Read(path, cancellationToken).Select((article, i) => i == 1 ? article with { Extract = () => throw new InvalidOperationException("index out of range") } : article);
    }

    [Fact]
    public async Task IngestAsync_ExtractionOfOneDocumentFails_ThatDocumentFailsWithItsReasonAndTheRestIsIngested()
    {
        // Given: a feed of two items whose second one the extractor cannot handle
        var feed = Path.Combine(_folder.FullName, "feed.xml");
        await File.WriteAllTextAsync(feed, """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Port hit</title><pubDate>Mon, 04 May 2026 08:00:00 GMT</pubDate><description>Ransomware crippled the Kestrel Port Authority on May 2, the authority said on Monday.</description></item>
            <item><title>Bank hit</title><pubDate>Tue, 05 May 2026 08:00:00 GMT</pubDate><description>Hackers breached the Lindqvist Savings Bank network last week, the bank said on Tuesday.</description></item>
            </channel></rss>
            """, TestContext.Current.CancellationToken);
        await using var database = await KnowledgeDatabase.OpenAsync(Path.Combine(_folder.FullName, "kb.db"), cancellationToken: TestContext.Current.CancellationToken);
        var pipeline = new IngestPipeline(new KnowledgeBase(database), new FailingExtractionSource());

        // When
        var results = new List<IngestResult>();
        await foreach (var result in pipeline.IngestAsync([feed], cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        // Then
        Assert.Equal([IngestStatus.Ingested, IngestStatus.Failed], results.Select(r => r.Status));
        Assert.Equal($"{feed}: cannot extract: index out of range", results[1].Error);
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
