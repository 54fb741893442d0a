using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ThreatLedger.Knowledge;
using ThreatLedger.Knowledge.Ingest;

namespace ThreatLedger.Benchmarks.Knowledge;

/// <summary>
/// STIX bundle ingest into an empty knowledge base: read the file, parse, check envelopes, store every object in one
/// transaction. The bundle is MITRE ATT&amp;CK Enterprise from ../shared/attack when present (24,772 objects), else a
/// generated bundle of 25,000 indicators (the report's first line says which).
/// </summary>
[Config(typeof(Config))]
public class BundleIngestBenchmarks : KnowledgeDatabaseBenchmarks
{
    private static readonly Lazy<(string Path, int Objects)> s_bundle = new(Prepare);
    [Benchmark(Description = "read + parse + ingest bundle")]
    public async Task<int> IngestBundle()
    {
        var bundle = await StixBundleFile.ReadAsync(s_bundle.Value.Path, CancellationToken.None);
        var result = await new KnowledgeBase(Database).IngestBundleAsync(bundle.ContentHash, bundle.Path, bundle.Objects, bundle.Rejected);
        return result.ObjectsStored;
    }

    private static (string, int) Prepare()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var attack = Path.Combine(dir.FullName, "..", "shared", "attack", "enterprise-attack.json");
            if (File.Exists(Path.Combine(dir.FullName, "ThreatLedger.slnx")) && File.Exists(attack))
            {
                Console.WriteLine("// bundle: ATT&CK Enterprise " + Path.GetFullPath(attack));
                return (Path.GetFullPath(attack), StixBundleFile.ReadAsync(attack, CancellationToken.None).GetAwaiter().GetResult().Objects.Count);
            }
        }

        Console.WriteLine("// bundle: ../shared/attack absent; a generated bundle of 25,000 indicators");
        var path = Path.Combine(Path.GetTempPath(), "threatledger-bench-bundle.json");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("{\"type\":\"bundle\",\"id\":\"bundle--5d0b1c2e-0000-4000-8000-000000000000\",\"objects\":[");
            for (var i = 0; i < 25_000; i++)
            {
                writer.Write(i == 0 ? string.Empty : ",");
                writer.Write(System.FormattableString.Invariant(
                    $"{{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--00000000-0000-4000-8000-{i:D12}\",\"created\":\"2025-01-01T00:00:00Z\",\"modified\":\"2025-01-01T00:00:00Z\",\"pattern\":\"[ipv4-addr:value = '10.0.{i / 256 % 256}.{i % 256}']\",\"pattern_type\":\"stix\",\"valid_from\":\"2025-01-01T00:00:00Z\"}}"));
            }

            writer.Write("]}");
        }

        return (path, 25_000);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            Add(new InProcessShortConfig());
            AddColumn(new ThroughputColumn("ObjectsPerSecond", "Objects/s", "STIX objects ingested per second (mean)", "F0", 0, _ => s_bundle.Value.Objects));
        }
    }
}
