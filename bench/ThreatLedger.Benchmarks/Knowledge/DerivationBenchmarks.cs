using BenchmarkDotNet.Attributes;
using ThreatLedger.Knowledge.Sources;

namespace ThreatLedger.Benchmarks.Knowledge;

/// <summary>
/// Derivative-report detection as every listing and board runs it: the whole store's articles in publication order,
/// each claim compared with the earlier claims on the same incident and hypothesis (the worst case: every article of
/// an incident backs the same hypothesis). Synthetic 25-word evidence sentences; a third of the articles copy an
/// earlier sentence with a few words changed.
/// </summary>
[Config(typeof(InProcessShortConfig))]
public class DerivationBenchmarks
{
    private const int Incidents = 10;
    private const int ClaimsPerArticle = 2;
    private SourcedDocument[] _documents = [];

    [Params(20, 100, 500)]
    public int ArticlesPerIncident { get; set; }

    [GlobalSetup]
    public void Build()
    {
        var random = new Random(42);
        var vocabulary = Enumerable.Range(0, 3000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var documents = new List<SourcedDocument>();
        var claimSeq = 0L;
        for (var incident = 0; incident < Incidents; incident++)
        {
            var sentences = new List<string>();
            for (var article = 0; article < ArticlesPerIncident; article++)
            {
                var seq = documents.Count + 1L;
                var outlet = "Outlet " + seq.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var claims = new List<SourcedClaim>();
                for (var c = 0; c < ClaimsPerArticle; c++)
                {
                    string evidence;
                    if (sentences.Count > 0 && random.NextDouble() < 0.33)
                    {
                        var words = sentences[random.Next(sentences.Count)].Split(' ');
                        for (var edit = 0; edit < 3; edit++)
                        {
                            words[random.Next(words.Length)] = vocabulary[random.Next(vocabulary.Length)];
                        }

                        evidence = string.Join(' ', words);
                    }
                    else
                    {
                        evidence = string.Join(' ', Enumerable.Range(0, 25).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
                    }

                    sentences.Add(evidence);
                    claims.Add(new SourcedClaim(++claimSeq, incident, "country:XX", 1, "officials", "anonymous-officials", null, "outlet:o" + seq, false, evidence));
                }

                documents.Add(new SourcedDocument(seq, "d" + seq, outlet, outlet, new DateOnly(2025, 1, 1).AddDays(article), null, null, claims));
            }
        }

        _documents = [.. documents];
    }

    [Benchmark(Description = "detect derivative reports")]
    public int Detect() => DerivationDetector.Detect(_documents).Documents.Count;
}
