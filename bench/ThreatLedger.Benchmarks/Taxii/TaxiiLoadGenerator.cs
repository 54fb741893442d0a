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

        if (args.Contains("--serve-only"))
        {
            return await ServeOnlyAsync(args, objects, postgres);
        }

        // By default the server runs in a child process so that its CPU time is measured apart from the generator's.
        var inProcess = args.Contains("--in-process");
        await using ILoadTarget server = inProcess ? await InProcessServer.StartAsync(objects, postgres, args.Contains("--breakdown")) : await ChildServer.StartAsync(args);
        Console.WriteLine($"{engine}: server ready, loaded in {server.LoadSeconds:F1} s; walking the collection to collect cursors...");
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
        if (total != objects)
        {
            throw new InvalidOperationException($"walk returned {total} objects, expected {objects}");
        }

        // Warm-up, then the measured run, by the built-in generator or (--wrk) by wrk.
        var useWrk = args.Contains("--wrk");
        if (useWrk && !WrkLoad.IsAvailable())
        {
            throw new InvalidOperationException("--wrk needs wrk on the PATH (Debian: apt-get install wrk).");
        }

        if (useWrk)
        {
            await WrkLoad.RunAsync(server, cursors, concurrency, 2, TaxiiBenchServer.Token);
        }
        else
        {
            await RunWorkersAsync(http, server, cursors, concurrency, TimeSpan.FromSeconds(2), 20_000);
        }

        var loadBefore = LoadAverage();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var serverCpuBefore = server.ServerProcessorTime();
        var postmaster = postgres is null ? null : await LocalPostmasterAsync(postgres);
        var postgresCpuBefore = postmaster is { } before ? LocalPostgresProcessorTime(before) : null;
        var postgresSystemBefore = postmaster is { } beforeSystem ? LocalPostgresProcessorTime(beforeSystem, systemOnly: true) : null;
        List<(int Page, double Milliseconds)> samples = [];
        WrkLoad.Result? wrk = null;
        TimeSpan elapsed;
        if (useWrk)
        {
            wrk = await WrkLoad.RunAsync(server, cursors, concurrency, seconds, TaxiiBenchServer.Token);
            elapsed = TimeSpan.FromSeconds(wrk.Seconds);
        }
        else
        {
            (samples, elapsed) = await RunWorkersAsync(http, server, cursors, concurrency, TimeSpan.FromSeconds(seconds), maxRequests);
        }

        var serverCpu = server.ServerProcessorTime() - serverCpuBefore;
        var postgresCpu = postmaster is { } pid ? LocalPostgresProcessorTime(pid) - postgresCpuBefore : null;
        var postgresSystem = postmaster is { } systemPid ? LocalPostgresProcessorTime(systemPid, systemOnly: true) - postgresSystemBefore : null;
        var cpu = wrk?.Cpu ?? Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var all = samples.Select(s => s.Milliseconds).Order().ToArray();
        var count = wrk?.Requests ?? all.Length;
        var requests = Math.Max(1, count);
        var cpuPerRequest = cpu.TotalMilliseconds / requests;
        var serverCpuPerRequest = serverCpu.TotalMilliseconds / requests;
        var (p50, p99, max) = wrk is { } w ? (w.P50, w.P99, w.Max) : (Percentile(all, 0.50), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1]);
        var generator = wrk is null ? "the built-in load generator" : $"wrk ({Math.Min(concurrency, Environment.ProcessorCount)} threads)";
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"### {engine}: GET objects, pages of 100, collection of {objects:N0} objects");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"- machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(inProcess ? "load generator and server in one process" : "server and load generator in separate processes")} on 127.0.0.1, {generator}, {concurrency} concurrent keep-alive connections, {seconds} s after a 2 s warm-up");
        report.AppendLine(CultureInfo.InvariantCulture, $"- requests: {count:N0} in {elapsed.TotalSeconds:F1} s = **{count / elapsed.TotalSeconds:N0} requests/s** ({count * 100 / elapsed.TotalSeconds:N0} objects/s)");
        report.AppendLine(CultureInfo.InvariantCulture, $"- latency: **p50 {p50:F2} ms, p99 {p99:F2} ms**, max {max:F2} ms");
        if (inProcess)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- CPU (server + load generator, all threads of one process): {cpuPerRequest:F3} ms per request; machine load average before the run: {loadBefore}, after: {LoadAverage()} (2 cores shared with other sessions)");
        }
        else
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- CPU of the server process: **{serverCpuPerRequest:F3} ms per request** (so 2 dedicated cores would serve about {2000 / serverCpuPerRequest:N0} requests/s); load generator process: {cpuPerRequest:F3} ms per request");
            if (postgresCpu is { } backends)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"- CPU of the local PostgreSQL processes: **{backends.TotalMilliseconds / requests:F3} ms per request** (of which in the kernel: {(postgresSystem ?? TimeSpan.Zero).TotalMilliseconds / requests:F3} ms), so server + database need {(serverCpu + backends).TotalMilliseconds / requests:F3} ms per request (2 dedicated cores: about {2000 / ((serverCpu + backends).TotalMilliseconds / requests):N0} requests/s)");
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"- machine load average before the run: {loadBefore}, after: {LoadAverage()} (2 cores shared with other sessions)");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"- full sequential walk of all {cursors.Count:N0} pages with next: {walkTime.TotalSeconds:F1} s ({walkTime.TotalMilliseconds / cursors.Count:F2} ms/page); load of the knowledge base: {server.LoadSeconds:F1} s");
        if (wrk is null)
        {
            AppendDeciles(report, samples, cursors.Count);
        }

        report.AppendLine();
        Console.WriteLine(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.AppendAllTextAsync(output, report.ToString());
        Console.WriteLine("appended to " + output);
        return 0;
    }

    private static void AppendDeciles(StringBuilder report, List<(int Page, double Milliseconds)> samples, int pages)
    {
        report.AppendLine();
        report.AppendLine("| position in collection (decile) | requests | p50 ms | p99 ms |");
        report.AppendLine("|---|---:|---:|---:|");
        foreach (var decile in samples.GroupBy(s => s.Page * 10 / pages).OrderBy(g => g.Key))
        {
            var sorted = decile.Select(s => s.Milliseconds).Order().ToArray();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {decile.Key * 10}-{decile.Key * 10 + 10}% | {sorted.Length:N0} | {Percentile(sorted, 0.5):F2} | {Percentile(sorted, 0.99):F2} |");
        }
    }

    private static async Task<(List<(int Page, double Milliseconds)> Samples, TimeSpan Elapsed)> RunWorkersAsync(
        HttpClient http, ILoadTarget server, List<string?> cursors, int concurrency, TimeSpan duration, int maxRequests)
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
    internal static async Task BreakdownAsync(TaxiiBenchServer server)
    {
        var store = new ThreatLedger.Taxii.Storage.KnowledgeTaxiiObjectStore(server.Database.Objects);
        var visibility = new ThreatLedger.Taxii.Markings.ObjectVisibility(store, ThreatLedger.Taxii.Markings.TlpLevel.Amber);
        var collection = new ThreatLedger.Taxii.Configuration.CollectionSettings { Id = TaxiiBenchServer.CollectionId, ApiRoot = "bench", Title = "bench", MaxTlp = ThreatLedger.Taxii.Markings.TlpLevel.Red, Source = TaxiiBenchServer.CollectionId };
        var access = new ThreatLedger.Taxii.Configuration.CollectionAccess(true, false, ThreatLedger.Taxii.Markings.TlpLevel.Amber);
        var excluded = ThreatLedger.Taxii.Markings.TlpMarkings.PredefinedAbove(ThreatLedger.Taxii.Markings.TlpLevel.Amber);
        // Every page start, from a walk through the store.
        var positions = new List<ThreatLedger.Taxii.Storage.PageCursor?> { null };
        ThreatLedger.Taxii.Storage.TaxiiObjectPage walked;
        do
        {
            walked = await store.QueryAsync(new ThreatLedger.Taxii.Storage.TaxiiObjectQuery { CollectionId = TaxiiBenchServer.CollectionId, After = positions[^1], Limit = 100 }, CancellationToken.None);
            if (walked.Items.Count > 0)
            {
                positions.Add(walked.Items[^1].Position);
            }
        }
        while (walked.More);

        // The cursor after the last object starts an empty page: leave it out.
        positions.RemoveAt(positions.Count - 1);

        // Stage by stage, single-threaded, each stage's CPU time over the same 300 random pages; a first pass
        // warms the facts cache as the full walk does for the load run.
        var random = new Random(5);
        const int rounds = 300;
        var chosen = Enumerable.Range(0, rounds).Select(_ => positions[random.Next(positions.Count)]).ToArray();
        var pages = new ThreatLedger.Taxii.Storage.TaxiiObjectPage[rounds];
        for (var pass = 0; pass < 2; pass++)
        {
            var cpu = CpuNow();
            var wall = Stopwatch.GetTimestamp();
            for (var i = 0; i < rounds; i++)
            {
                pages[i] = await store.QueryAsync(new ThreatLedger.Taxii.Storage.TaxiiObjectQuery { CollectionId = TaxiiBenchServer.CollectionId, After = chosen[i], Limit = 100, ExcludedMarkingRefs = excluded }, CancellationToken.None);
            }

            var queryCpu = CpuNow() - cpu;
            var queryWall = Stopwatch.GetElapsedTime(wall);
            cpu = CpuNow();
            for (var i = 0; i < rounds; i++)
            {
                await visibility.FilterAsync(pages[i].Items, collection, access, CancellationToken.None);
            }

            var filterCpu = CpuNow() - cpu;
            cpu = CpuNow();
            for (var i = 0; i < rounds; i++)
            {
                var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
                context.Response.Body = Stream.Null;
                await ThreatLedger.Taxii.Endpoints.ObjectQueries.WriteEnvelopeAsync(context, pages[i].Items, true, pages[i].Items[^1].Position);
            }

            var writeCpu = CpuNow() - cpu;
            Console.WriteLine(FormattableString.Invariant($"breakdown pass {pass + 1} ({(pass == 0 ? "cold" : "warm")} facts cache), CPU per page: store query {queryCpu.TotalMilliseconds / rounds:F3} ms (wall {queryWall.TotalMilliseconds / rounds:F3} ms), TLP filter {filterCpu.TotalMilliseconds / rounds:F3} ms, envelope writing {writeCpu.TotalMilliseconds / rounds:F3} ms"));
        }
    }

    private static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The process id of the PostgreSQL server behind <paramref name="postgres"/> when it runs on this machine (Linux).</summary>
    private static async Task<int?> LocalPostmasterAsync(string postgres)
    {
        await using var connection = new Npgsql.NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        var stat = Path.Combine("/proc", backend.ToString(CultureInfo.InvariantCulture), "stat");
        if (!File.Exists(stat))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(stat);
        return int.Parse(text[(text.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }

    /// <summary>CPU time of a PostgreSQL server: the postmaster and every process it started (Linux /proc); only the time spent in the kernel when <paramref name="systemOnly"/>.</summary>
    private static TimeSpan? LocalPostgresProcessorTime(int postmaster, bool systemOnly = false)
    {
        if (!Directory.Exists("/proc"))
        {
            return null;
        }

        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc").Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0)
                {
                    continue;
                }

                // Fields after the command name: state (3), ppid (4), ... utime (14), stime (15).
                var fields = stat[(close + 2)..].Split(' ');
                var pid = int.Parse(Path.GetFileName(directory), CultureInfo.InvariantCulture);
                if (pid != postmaster && int.Parse(fields[1], CultureInfo.InvariantCulture) != postmaster)
                {
                    continue;
                }

                ticks += (systemOnly ? 0 : long.Parse(fields[11], CultureInfo.InvariantCulture)) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended or is not readable.
            }
        }

        // Linux reports these in clock ticks of 1/100 s (USER_HZ).
        return TimeSpan.FromMilliseconds(ticks * 10.0);
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static async Task<int> ServeOnlyAsync(string[] args, int objects, string? postgres)
    {
        await using var server = await TaxiiBenchServer.StartAsync(objects, postgres);
        if (args.Contains("--breakdown"))
        {
            await BreakdownAsync(server);
        }

        // The parent reads this line, runs the load, then closes our standard input to stop us.
        Console.WriteLine(FormattableString.Invariant($"READY {server.LoadTime.TotalSeconds:F3} {server.ObjectsUrl}"));
        await Console.In.ReadToEndAsync();
        return 0;
    }

    private static string Url(ILoadTarget server, string? next)
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
