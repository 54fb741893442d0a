using System.Globalization;
using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Pipeline;

namespace ThreatLedger.Knowledge.Ingest;

/// <summary>
/// Articles read with the extraction's <see cref="DocumentReader"/> (text, Markdown, HTML, feeds) and extracted with
/// the <see cref="ArticleExtractor"/> on the way in. The content hash covers the text and its provenance.
/// </summary>
public sealed class ExtractorArticleSource : IArticleSource
{
    private readonly DocumentReader _reader;
    private readonly ArticleExtractor _extractor;

    public ExtractorArticleSource(DocumentReaderOptions? readerOptions = null, ArticleExtractor? extractor = null)
    {
        _reader = new DocumentReader(readerOptions);
        _extractor = extractor ?? new ArticleExtractor();
    }

    /// <exception cref="KnowledgeException">The file cannot be read as an article or feed.</exception>
    public IEnumerable<ExtractedArticle> Read(string path, CancellationToken cancellationToken)
    {
        IEnumerable<Extraction.Model.SourceDocument> documents;
        try
        {
            documents = _reader.ReadFile(path).ToList();
        }
        catch (DocumentReadException ex)
        {
            throw new KnowledgeException(ex.Message, ex);
        }

        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = document.Info;
            var hash = ContentHash.Of(string.Join('\n',
                info.Url ?? string.Empty, info.Source ?? string.Empty, info.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, document.Text));
            yield return new ExtractedArticle(_extractor.Extract(document), hash, []);
        }
    }
}
