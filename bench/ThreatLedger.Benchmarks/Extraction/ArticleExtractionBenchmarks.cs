using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.Extraction.Stix;

namespace ThreatLedger.Benchmarks.Extraction;

/// <summary>
/// End-to-end extraction throughput over the CASIE train texts on one core: the whole <see cref="ArticleExtractor"/>
/// pipeline (tokens, entities, events, indicators, time, incidents, claims), and the same plus the STIX mapping.
/// </summary>
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ArticleExtractionBenchmarks
{
    private SourceDocument[] _documents = [];
    private ArticleExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. CasieTexts.Texts.Select((t, i) => new SourceDocument(
            new DocumentInfo { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Published = new DateOnly(2018, 6, 1) }, t))];
        _extractor = new ArticleExtractor();
        Console.WriteLine($"corpus: {CasieTexts.Source}, {_documents.Length} documents, {CasieTexts.Characters} characters");
    }

    [Benchmark(Baseline = true, Description = "article pipeline")]
    public int Pipeline()
    {
        var claims = 0;
        foreach (var document in _documents)
        {
            claims += _extractor.Extract(document).Claims.Count;
        }

        return claims;
    }

    [Benchmark(Description = "article pipeline + STIX bundle")]
    public int PipelineAndStix()
    {
        var length = 0;
        foreach (var document in _documents)
        {
            length += StixMapper.ToBundleJson(_extractor.Extract(document)).Length;
        }

        return length;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(
                new ThroughputColumn("MBPerSecond", "MB/s", "Megabytes (10^6 characters) of text processed per second (one core)", "F2", 0, _ => CasieTexts.Characters / 1e6),
                new ThroughputColumn("DocsPerSecond", "Docs/s", "Documents processed per second (one core)", "F0", 1, _ => CasieTexts.Texts.Length));
        }
    }
}
