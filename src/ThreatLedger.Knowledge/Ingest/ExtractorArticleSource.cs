namespace ThreatLedger.Knowledge.Ingest;

/// <summary>Articles read and extracted with the article extractor (ThreatLedger.Extraction).</summary>
public sealed class ExtractorArticleSource : IArticleSource
{
    public IEnumerable<ExtractedArticle> Read(string path, CancellationToken cancellationToken) =>
        throw new KnowledgeException($"{path}: article ingest needs the article extractor, which is not part of this build yet; ingest STIX bundles for now.");
}
