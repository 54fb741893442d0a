using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Attributes;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.Knowledge;
using ThreatLedger.Knowledge.Ingest;

namespace ThreatLedger.Benchmarks.Knowledge;

/// <summary>
/// Article ingest: extraction on the way in, victim resolution, incident merging and claims, one transaction per
/// article. The corpus is the five examples/relay articles, each in 8 variants (so 40 distinct documents).
/// </summary>
[Config(typeof(Config))]
public class ArticleIngestBenchmarks : KnowledgeDatabaseBenchmarks
{
    private const int Variants = 8;
    private static readonly Lazy<SourceDocument[]> s_documents = new(Load);
    private readonly ArticleExtractor _extractor = new();
    [Benchmark(Description = "extract + ingest 40 articles")]
    public async Task<int> IngestArticles()
    {
        var knowledge = new KnowledgeBase(Database);
        var claims = 0;
        foreach (var document in s_documents.Value)
        {
            var result = await knowledge.IngestDocumentAsync(_extractor.Extract(document), ContentHash.Of(document.Info.Id + document.Text));
            claims += result.Claims;
        }

        return claims;
    }

    private static SourceDocument[] Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ThreatLedger.slnx")))
        {
            root = root.Parent ?? throw new InvalidOperationException("ThreatLedger.slnx not found above " + AppContext.BaseDirectory);
        }

        var reader = new ThreatLedger.Extraction.Input.DocumentReader();
        var originals = Directory.GetFiles(Path.Combine(root.FullName, "examples", "relay"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(reader.ReadFile).ToList();
        return Enumerable.Range(0, Variants)
            .SelectMany(v => originals.Select(d => d with { Info = d.Info with { Id = d.Info.Id + "-" + v } }))
            .ToArray();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            Add(new InProcessShortConfig());
            AddColumn(new ThroughputColumn("DocsPerSecond", "Docs/s", "Documents ingested per second (mean)", "F0", 0, _ => s_documents.Value.Length));
        }
    }
}
