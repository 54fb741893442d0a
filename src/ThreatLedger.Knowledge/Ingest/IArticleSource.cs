using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Ingest;

/// <summary>Reads a file of articles (text, HTML, Markdown, feeds) and extracts each document on the way in.</summary>
public interface IArticleSource
{
    /// <summary>Each document of the file: its extraction, the hash of its content, and its STIX objects.</summary>
    IEnumerable<ExtractedArticle> Read(string path, CancellationToken cancellationToken);
}
