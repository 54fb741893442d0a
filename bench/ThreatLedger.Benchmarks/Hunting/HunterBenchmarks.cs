using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ThreatLedger.Hunting;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Benchmarks.Hunting;

/// <summary>
/// Hunting cost per log record as the indicator set grows: the indexed <see cref="Hunter"/> against checking every
/// pattern on every record (the baseline). 5,000 records of network traffic, DNS and URLs; 2% hit an indicator.
/// </summary>
[Config(typeof(InProcessShortConfig))]
public class HunterBenchmarks
{
    private List<HuntIndicator> _indicators = [];
    private List<Observation> _observations = [];

    [Params(100, 1_000)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _indicators = Enumerable.Range(0, Indicators).Select(i => (i % 3) switch
        {
            0 => Make(i, $"[ipv4-addr:value = '{Ip(i)}']"),
            1 => Make(i, $"[domain-name:value = 'bad{i}.example']"),
            _ => Make(i, $"[url:value = 'https://bad{i}.example/x' OR file:hashes.'SHA-256' = '{i:x64}']"),
        }).ToList();
        _indicators.Add(Make(-1, "[url:value LIKE 'https://exfil.example/%']"));

        _observations = Enumerable.Range(0, 5_000).Select(n =>
        {
            var hit = random.Next(50) == 0;
            var k = random.Next(Indicators);
            var ip = hit ? Ip(k) : $"198.51.{random.Next(256)}.{random.Next(256)}";
            var domain = hit ? $"bad{k}.example" : $"site{random.Next(100000)}.example";
            return new Observation
            {
                Objects = new Dictionary<string, JsonElement>
                {
                    ["0"] = Json($$"""{"type":"ipv4-addr","value":"{{ip}}"}"""),
                    ["1"] = Json($$"""{"type":"domain-name","value":"{{domain}}"}"""),
                    ["2"] = Json($$"""{"type":"url","value":"https://{{domain}}/x"}"""),
                    ["3"] = Json("""{"type":"network-traffic","dst_ref":"0","dst_port":443,"protocols":["tcp"]}"""),
                },
                FirstObserved = DateTimeOffset.UnixEpoch.AddSeconds(n),
                LastObserved = DateTimeOffset.UnixEpoch.AddSeconds(n),
            };
        }).ToList();
    }

    [Benchmark(Baseline = true)]
    public int EveryPatternOnEveryRecord()
    {
        var matchers = _indicators.Select(i => (Comparison: ((ComparisonObservation)i.Pattern.Expression).Comparison, Matcher: new PatternMatcher(i.Pattern))).ToList();
        var hits = 0;
        foreach (var observation in _observations)
        {
            foreach (var (comparison, matcher) in matchers)
            {
                hits += matcher.Matches(comparison, observation) ? 1 : 0;
            }
        }

        return hits;
    }

    [Benchmark]
    public int IndexedHunter() => new Hunter(_indicators).Run(_observations).Sum(s => s.Count);

    private static HuntIndicator Make(int i, string pattern) => new($"indicator--{i}", null, StixPattern.Parse(pattern));

    private static string Ip(int i) => string.Create(CultureInfo.InvariantCulture, $"203.0.{(i / 250) % 256}.{i % 250}");

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
