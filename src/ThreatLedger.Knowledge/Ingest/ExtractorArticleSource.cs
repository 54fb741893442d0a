using System.Globalization;
using System.Text.Json;
using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.Extraction.Stix;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Stix.Validation;

namespace ThreatLedger.Knowledge.Ingest;

/// <summary>
/// Articles read with the extraction's <see cref="DocumentReader"/> (text, Markdown, HTML, feeds) and extracted with
/// the <see cref="ArticleExtractor"/> on the way in, and mapped to STIX 2.1 with the extraction's <see cref="StixMapper"/>
/// (objects that fail the STIX validator are reported, not stored). The content hash covers the text and its provenance.
/// </summary>
public sealed class ExtractorArticleSource : IArticleSource
{
    private readonly DocumentReader _reader;
    private readonly ArticleExtractor _extractor;
    private readonly StixValidator _validator = new();
    private readonly StixMappingOptions? _mapping;

    /// <param name="readerOptions">Publication date and outlet overrides.</param>
    /// <param name="extractor">The extractor (default: rule-based with the built-in lexicons).</param>
    /// <param name="mapping">How extractions become STIX (e.g. the TLP marking every object carries).</param>
    public ExtractorArticleSource(DocumentReaderOptions? readerOptions = null, ArticleExtractor? extractor = null, StixMappingOptions? mapping = null)
    {
        _reader = new DocumentReader(readerOptions);
        _extractor = extractor ?? new ArticleExtractor();
        _mapping = mapping;
    }

    /// <exception cref="KnowledgeException">The file cannot be read as an article or feed.</exception>
    public IEnumerable<PendingArticle> Read(string path, CancellationToken cancellationToken)
    {
        List<Extraction.Model.SourceDocument> documents;
        try
        {
            documents = _reader.ReadFile(path).ToList();
        }
        catch (DocumentReadException ex)
        {
            throw new KnowledgeException(ex.Message, ex);
        }

        // A single document that is not prose (a CSV export, a log) is not an article; feeds and CASIE files are
        // structured collections of articles and are taken item by item.
        if (documents.Count == 1 && ProseCheck.Problem(documents[0].Text) is { } problem)
        {
            throw new KnowledgeException($"{path}: refused: not an article: {problem}.");
        }

        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PendingArticle(path, document.Info.Published, () => Extract(document));
        }
    }

    private ExtractedArticle Extract(Extraction.Model.SourceDocument document)
    {
        var info = document.Info;
        var hash = ContentHash.Of(string.Join('\n',
            info.Url ?? string.Empty, info.Source ?? string.Empty, info.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, document.Text));
        var extraction = _extractor.Extract(document);
        var (objects, rejected) = ToStix(extraction);
        return new ExtractedArticle(extraction, hash, objects) { Rejected = rejected };
    }

    private (IReadOnlyList<StixObjectInput> Objects, IReadOnlyList<string> Rejected) ToStix(ExtractionDocument extraction)
    {
        using var bundle = JsonDocument.Parse(StixMapper.ToBundleJson(extraction, _mapping));
        var objects = new List<StixObjectInput>();
        var rejected = new List<string>();
        var index = 0;
        foreach (var item in bundle.RootElement.GetProperty("objects").EnumerateArray())
        {
            var findings = new List<ValidationFinding>();
            _validator.ValidateObject(item, "$.objects[" + index.ToString(CultureInfo.InvariantCulture) + "]", findings);
            var errors = findings.Where(f => f.Severity == ValidationSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                rejected.Add(string.Join("; ", errors));
            }
            else
            {
                objects.Add(StixObjectInput.FromElement(item));
            }

            index++;
        }

        return (objects, rejected);
    }
}
