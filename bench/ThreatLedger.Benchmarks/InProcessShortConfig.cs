using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ThreatLedger.Benchmarks;

/// <summary>
/// A short in-process job: no generated project to build (which can exceed BenchmarkDotNet's two-minute build timeout
/// on a busy two-core machine), one warm-up and five measured iterations, with memory diagnostics.
/// </summary>
public sealed class InProcessShortConfig : ManualConfig
{
    public InProcessShortConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
