using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Validation;

namespace ThreatLedger.Benchmarks.Stix;

/// <summary>
/// Parse + validate throughput of whole bundles against the floor of plain <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>.
/// Inputs: a generated 50 MB bundle and, when ../shared is present, MITRE ATT&amp;CK Enterprise (about 50 MB).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class StixParseValidateBenchmarks
{
    private byte[] _bytes = [];
    private readonly StixValidator _validator = new();

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Generated;

    public static IEnumerable<string> Inputs() => BenchmarkInputs.Available();

    [GlobalSetup]
    public void Setup() => _bytes = BenchmarkInputs.Load(Input).Bytes;

    /// <summary>The floor: parse the whole file into a JsonDocument and do nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_bytes);
        return document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
    }

    /// <summary>What `threatledger validate` does: stream object by object (bounded memory), parse each with duplicate-key checks, validate.</summary>
    [Benchmark]
    public int StreamingParseAndValidate()
    {
        var result = _validator.ValidateAsync(new MemoryStream(_bytes, writable: false)).GetAwaiter().GetResult();
        return result.ErrorCount;
    }

    /// <summary>Parse the whole document once, then validate every object.</summary>
    [Benchmark]
    public int DocumentParseAndValidate() => _validator.Validate(_bytes).ErrorCount;

    /// <summary>Parse into the typed, lossless object model (source-generated).</summary>
    [Benchmark]
    public int TypedModelParse() => StixJson.ParseBundle(_bytes).Objects!.Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: the machine is shared and slow, and building a separate benchmark exe timed out.
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(
                new ThroughputColumn("MBPerSecond", "MB/s", "Input megabytes (10^6 bytes) processed per second (mean)", "N1", 0, c => Input(c) is { } i ? BenchmarkInputs.Load(i).Bytes.Length / 1e6 : null),
                new ThroughputColumn("ObjectsPerSecond", "Objects/s", "STIX objects processed per second (mean)", "N0", 1, c => Input(c) is { } i ? BenchmarkInputs.Load(i).Objects : null));
        }

        private static string? Input(BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) =>
            benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
    }
}
