namespace ThreatLedger.Benchmarks.Taxii;

/// <summary>A running TAXII server the load generator targets.</summary>
internal interface ILoadTarget : IAsyncDisposable
{
    /// <summary>The Get Objects URL of the benchmark collection.</summary>
    string ObjectsUrl { get; }

    /// <summary>Seconds spent loading the knowledge base.</summary>
    double LoadSeconds { get; }

    /// <summary>CPU time used so far by the process that runs the server.</summary>
    TimeSpan ServerProcessorTime();
}
