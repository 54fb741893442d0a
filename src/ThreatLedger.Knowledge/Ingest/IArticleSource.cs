namespace ThreatLedger.Knowledge.Ingest;

/// <summary>Reads a file of articles (text, HTML, Markdown, feeds); each document is extracted when it is ingested.</summary>
public interface IArticleSource
{
    /// <summary>
    /// Each document of the file, read but not yet extracted: its publication date (so that a batch can be ingested in
    /// publication order while only the texts are held in memory) and the extraction to run when it is ingested.
    /// </summary>
    IEnumerable<PendingArticle> Read(string path, CancellationToken cancellationToken);
}
