using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace ThreatLedger.Benchmarks.Taxii;

/// <summary>
/// The server in a child process (this executable with <c>taxii-load --serve-only</c>), so that its CPU time is
/// read from the operating system apart from the load generator's.
/// </summary>
internal sealed class ChildServer : ILoadTarget
{
    private readonly Process _process;

    private ChildServer(Process process, string objectsUrl, double loadSeconds)
    {
        _process = process;
        ObjectsUrl = objectsUrl;
        LoadSeconds = loadSeconds;
    }

    public string ObjectsUrl { get; }

    public double LoadSeconds { get; }

    public static async Task<ChildServer> StartAsync(string[] args)
    {
        var processPath = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot locate this executable.");
        var start = new ProcessStartInfo(processPath) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        start.ArgumentList.Add("taxii-load");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--serve-only");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the server process.");
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("READY ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 3);
                // Keep draining the child's output so that it never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return new ChildServer(process, parts[2], double.Parse(parts[1], CultureInfo.InvariantCulture));
            }

            Console.WriteLine("server: " + line);
        }

        await process.WaitForExitAsync();
        throw new InvalidOperationException($"The server process exited with code {process.ExitCode} before it was ready.");
    }

    public TimeSpan ServerProcessorTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(timeout.Token);
        _process.Dispose();
    }
}
