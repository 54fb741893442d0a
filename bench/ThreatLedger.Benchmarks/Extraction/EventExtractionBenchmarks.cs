using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Benchmarks.Extraction;

/// <summary>
/// Throughput of the events part of extraction over the CASIE train texts (one core, the whole corpus per
/// operation): tokenizing and sentence splitting alone, the rule-based extractor, and the learned extractor (its model
/// trained from train.jsonl in the setup; no weights are committed).
/// </summary>
[Config(typeof(Config))]
public class EventExtractionBenchmarks
{
    private string[] _texts = [];
    private SourceDocument[] _documents = [];
    private EventExtractor _rules = null!;
    private EventExtractor? _learned;

    [GlobalSetup]
    public void Setup()
    {
        _texts = CasieTexts.Texts;
        _documents = [.. _texts.Select((t, i) => new SourceDocument(new DocumentInfo { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, t))];
        _rules = EventExtractor.CreateRuleBased();
        var lexicons = EventLexicons.Load();
        if (CasieTexts.TrainPath() is { } train)
        {
            _learned = EventExtractor.FromModel(EventModelTrainer.Train(CasieReader.ReadPath(train), lexicons), lexicons);
        }

        Console.WriteLine($"corpus: {CasieTexts.Source}, {_texts.Length} documents, {CasieTexts.Characters} characters");
    }

    [Benchmark(Baseline = true, Description = "tokenize + sentences")]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            tokens += AnalyzedText.Analyze(text).Tokens.Count;
        }

        return tokens;
    }

    [Benchmark(Description = "events, rule-based")]
    public int RuleBased()
    {
        var events = 0;
        foreach (var doc in _documents)
        {
            events += _rules.Extract(doc).Count;
        }

        return events;
    }

    [Benchmark(Description = "events, learned model")]
    public int Learned()
    {
        if (_learned is null)
        {
            return RuleBased();
        }

        var events = 0;
        foreach (var doc in _documents)
        {
            events += _learned.Extract(doc).Count;
        }

        return events;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            Add(new InProcessShortConfig());
            AddColumn(
                new ThroughputColumn("MBPerSecond", "MB/s", "Megabytes (10^6 characters) of text processed per second (one core)", "F2", 0, _ => CasieTexts.Characters / 1e6),
                new ThroughputColumn("DocsPerSecond", "Docs/s", "Documents processed per second (one core)", "F0", 1, _ => CasieTexts.Texts.Length));
        }
    }
}
