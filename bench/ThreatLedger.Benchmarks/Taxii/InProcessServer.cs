using System.Diagnostics;

namespace ThreatLedger.Benchmarks.Taxii;

/// <summary>The server in the generator's own process (<c>--in-process</c>): CPU time covers both.</summary>
internal sealed class InProcessServer : ILoadTarget
{
    private readonly TaxiiBenchServer _server;

    private InProcessServer(TaxiiBenchServer server) => _server = server;

    public string ObjectsUrl => _server.ObjectsUrl;

    public double LoadSeconds => _server.LoadTime.TotalSeconds;

    public static async Task<InProcessServer> StartAsync(int objects, string? postgres, bool breakdown)
    {
        var server = await TaxiiBenchServer.StartAsync(objects, postgres);
        if (breakdown)
        {
            await TaxiiLoadGenerator.BreakdownAsync(server);
        }

        return new InProcessServer(server);
    }

    public TimeSpan ServerProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
