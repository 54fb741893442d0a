using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ThreatLedger.Benchmarks.Taxii;

/// <summary>
/// A bounded load generator for the TAXII server on 127.0.0.1: GET objects pages of 100 from a collection of N
/// objects, from random positions reached through real <c>next</c> cursors, with C concurrent clients for T seconds
/// (or R requests). Reports requests/s, p50/p99 and latency per position decile (keyset paging: no growth).
/// Run: <c>dotnet run -c Release --project bench/ThreatLedger.Benchmarks -- taxii-load [--objects 100000] [--seconds 10] [--concurrency 8] [--postgres "Host=…"]</c>.
/// </summary>
internal static class TaxiiLoadGenerator
{
    public static async Task<int> RunAsync(string[] args)
    {
        var objects = IntArg(args, "--objects", 100_000);
        var seconds = IntArg(args, "--seconds", 10);
        var concurrency = IntArg(args, "--concurrency", 8);
        var maxRequests = IntArg(args, "--max-requests", 200_000);
        var postgres = StringArg(args, "--postgres");
        var output = StringArg(args, "--output") ?? Path.Combine("bench", "results", "taxii-load-report.md");
        var engine = postgres is null ? "SQLite" : "PostgreSQL";

        Console.WriteLine($"{engine}: loading {objects:N0} objects...");
        await using var server = await TaxiiBenchServer.StartAsync(objects, postgres);
        Console.WriteLine($"{engine}: loaded in {server.LoadTime.TotalSeconds:F1} s; walking the collection to collect cursors...");
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler);
        http.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/taxii+json;version=2.1"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TaxiiBenchServer.Token);

        // One full walk: every page's next cursor, so the load can hit any position.
        var cursors = new List<string?> { null };
        var walk = Stopwatch.StartNew();
        string? next = null;
        var total = 0;
        do
        {
            using var response = await http.GetAsync(Url(server, next));
            response.EnsureSuccessStatusCode();
            using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            total += document.RootElement.TryGetProperty("objects", out var list) ? list.GetArrayLength() : 0;
            next = document.RootElement.GetProperty("more").GetBoolean() ? document.RootElement.GetProperty("next").GetString() : null;
            if (next is not null)
            {
                cursors.Add(next);
            }
        }
        while (next is not null);

        var walkTime = walk.Elapsed;
        if (args.Contains("--breakdown"))
        {
            await BreakdownAsync(server, cursors);
        }
        if (total != objects)
        {
            throw new InvalidOperationException($"walk returned {total} objects, expected {objects}");
        }

        // Warm-up, then the measured run.
        await RunWorkersAsync(http, server, cursors, concurrency, TimeSpan.FromSeconds(2), 20_000);
        var loadBefore = LoadAverage();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var (samples, elapsed) = await RunWorkersAsync(http, server, cursors, concurrency, TimeSpan.FromSeconds(seconds), maxRequests);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var cpuPerRequest = cpu.TotalMilliseconds / Math.Max(1, samples.Count);
        var all = samples.Select(s => s.Milliseconds).Order().ToArray();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"### {engine}: GET objects, pages of 100, collection of {objects:N0} objects");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"- machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load generator and server in one process on 127.0.0.1, {concurrency} concurrent keep-alive connections, {seconds} s after a 2 s warm-up");
        report.AppendLine(CultureInfo.InvariantCulture, $"- requests: {all.Length:N0} in {elapsed.TotalSeconds:F1} s = **{all.Length / elapsed.TotalSeconds:N0} requests/s** ({all.Length * 100 / elapsed.TotalSeconds:N0} objects/s)");
        report.AppendLine(CultureInfo.InvariantCulture, $"- latency: **p50 {Percentile(all, 0.50):F2} ms, p99 {Percentile(all, 0.99):F2} ms**, max {all[^1]:F2} ms");
        report.AppendLine(CultureInfo.InvariantCulture, $"- CPU (server + load generator, all threads): {cpuPerRequest:F2} ms per request, so 2 dedicated cores would sustain about {2000 / cpuPerRequest:N0} requests/s; machine load average during the run: {loadBefore} (2 cores shared with other sessions)");
        report.AppendLine(CultureInfo.InvariantCulture, $"- full sequential walk of all {cursors.Count:N0} pages with next: {walkTime.TotalSeconds:F1} s ({walkTime.TotalMilliseconds / cursors.Count:F2} ms/page); load of the knowledge base: {server.LoadTime.TotalSeconds:F1} s");
        report.AppendLine();
        report.AppendLine("| position in collection (decile) | requests | p50 ms | p99 ms |");
        report.AppendLine("|---|---:|---:|---:|");
        foreach (var decile in samples.GroupBy(s => s.Page * 10 / cursors.Count).OrderBy(g => g.Key))
        {
            var sorted = decile.Select(s => s.Milliseconds).Order().ToArray();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {decile.Key * 10}-{decile.Key * 10 + 10}% | {sorted.Length:N0} | {Percentile(sorted, 0.5):F2} | {Percentile(sorted, 0.99):F2} |");
        }

        report.AppendLine();
        Console.WriteLine(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.AppendAllTextAsync(output, report.ToString());
        Console.WriteLine("appended to " + output);
        return 0;
    }

    private static async Task<(List<(int Page, double Milliseconds)> Samples, TimeSpan Elapsed)> RunWorkersAsync(
        HttpClient http, TaxiiBenchServer server, List<string?> cursors, int concurrency, TimeSpan duration, int maxRequests)
    {
        var samples = new List<(int, double)>[concurrency];
        var count = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var random = new Random(w * 7919 + 1);
            var mine = samples[w] = new List<(int, double)>(100_000);
            var buffer = new byte[256 * 1024];
            while (watch.Elapsed < duration && Interlocked.Increment(ref count) <= maxRequests)
            {
                var page = random.Next(cursors.Count);
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(Url(server, cursors[page]), HttpCompletionOption.ResponseHeadersRead);
                await using var stream = await response.Content.ReadAsStreamAsync();
                while (await stream.ReadAsync(buffer) > 0)
                {
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"HTTP {(int)response.StatusCode}");
                }

                mine.Add((page, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
            }
        }).ToArray();
        await Task.WhenAll(workers);
        return (samples.SelectMany(s => s).ToList(), watch.Elapsed);
    }

    /// <summary>CPU time of each stage of a page, single-threaded: store query, TLP filter, JSON writing.</summary>
    private static async Task BreakdownAsync(TaxiiBenchServer server, List<string?> cursors)
    {
        var store = new ThreatLedger.Taxii.Storage.KnowledgeTaxiiObjectStore(server.Database.Objects);
        var visibility = new ThreatLedger.Taxii.Markings.ObjectVisibility(store, ThreatLedger.Taxii.Markings.TlpLevel.Amber);
        var collection = new ThreatLedger.Taxii.Configuration.CollectionSettings { Id = TaxiiBenchServer.CollectionId, ApiRoot = "bench", Title = "bench", MaxTlp = ThreatLedger.Taxii.Markings.TlpLevel.Red, Source = TaxiiBenchServer.CollectionId };
        var access = new ThreatLedger.Taxii.Configuration.CollectionAccess(true, false, ThreatLedger.Taxii.Markings.TlpLevel.Amber);
        var excluded = ThreatLedger.Taxii.Markings.TlpMarkings.PredefinedAbove(ThreatLedger.Taxii.Markings.TlpLevel.Amber);
        var random = new Random(5);
        var queryTime = TimeSpan.Zero;
        var filterTime = TimeSpan.Zero;
        const int rounds = 300;
        for (var i = 0; i < rounds; i++)
        {
            var token = cursors[random.Next(cursors.Count)];
            ThreatLedger.Taxii.Storage.PageCursor? after = null;
            if (token is not null && ThreatLedger.Taxii.Storage.PageCursor.TryDecode(token, out var decoded))
            {
                after = decoded;
            }

            var start = Stopwatch.GetTimestamp();
            var page = await store.QueryAsync(new ThreatLedger.Taxii.Storage.TaxiiObjectQuery { CollectionId = TaxiiBenchServer.CollectionId, After = after, Limit = 100, ExcludedMarkingRefs = i % 2 == 0 ? excluded : null }, CancellationToken.None);
            queryTime += Stopwatch.GetElapsedTime(start);
            start = Stopwatch.GetTimestamp();
            await visibility.FilterAsync(page.Items, collection, access, CancellationToken.None);
            filterTime += Stopwatch.GetElapsedTime(start);
        }

        Console.WriteLine($"breakdown: store query {queryTime.TotalMilliseconds / rounds:F2} ms/page, TLP filter {filterTime.TotalMilliseconds / rounds:F2} ms/page (wall clock, single thread)");
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Url(TaxiiBenchServer server, string? next)
        => server.ObjectsUrl + "?limit=100" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next));

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int IntArg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? StringArg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
