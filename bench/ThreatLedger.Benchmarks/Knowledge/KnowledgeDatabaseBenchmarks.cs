using BenchmarkDotNet.Attributes;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Benchmarks.Knowledge;

/// <summary>
/// Base of the benchmarks that write into a fresh knowledge base per iteration, on each provider
/// <see cref="BenchmarkDatabases"/> offers (SQLite, and PostgreSQL when configured).
/// </summary>
public abstract class KnowledgeDatabaseBenchmarks
{
    private Func<Task>? _cleanup;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    /// <summary>The iteration's empty knowledge base.</summary>
    protected KnowledgeDatabase Database { get; private set; } = null!;

    public static IEnumerable<string> Providers() => BenchmarkDatabases.Providers();

    [IterationSetup]
    public void CreateDatabase() => (Database, _cleanup) = BenchmarkDatabases.CreateAsync(Provider).GetAwaiter().GetResult();

    [IterationCleanup]
    public void DropDatabase() => _cleanup!().GetAwaiter().GetResult();
}
