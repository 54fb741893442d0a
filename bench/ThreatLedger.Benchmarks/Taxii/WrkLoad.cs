using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThreatLedger.Benchmarks.Taxii;

/// <summary>
/// Drives the load with <c>wrk</c> (Debian package <c>wrk</c>), a load generator in C that needs far less CPU per
/// request than an HttpClient loop, so that on 2 shared cores more of them are left to the server and PostgreSQL.
/// The requests are the same as the built-in generator's: GET objects pages of 100 at random positions, each reached
/// through a real <c>next</c> cursor, with the benchmark's bearer token. wrk reports the latency distribution of the
/// whole run (not per position), and its CPU time is read from bash's <c>times</c> after it exits.
/// </summary>
internal static partial class WrkLoad
{
    /// <summary>The outcome of one wrk run.</summary>
    internal sealed record Result(long Requests, double Seconds, double P50, double P99, double Max, TimeSpan Cpu, string Output);

    /// <summary>Whether wrk is installed.</summary>
    public static bool IsAvailable()
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    /// <summary>Runs wrk with <paramref name="concurrency"/> connections for <paramref name="seconds"/> seconds.</summary>
    public static async Task<Result> RunAsync(ILoadTarget server, IReadOnlyList<string?> cursors, int concurrency, int seconds, string token)
    {
        var baseUri = new Uri(server.ObjectsUrl);
        var script = Path.Combine(Path.GetTempPath(), $"threatledger-wrk-{Environment.ProcessId}.lua");
        var lua = new StringBuilder();
        lua.AppendLine("local paths = {");
        foreach (var cursor in cursors)
        {
            var path = baseUri.PathAndQuery + "?limit=100" + (cursor is null ? "" : "&next=" + Uri.EscapeDataString(cursor));
            lua.Append("  \"").Append(path).AppendLine("\",");
        }

        lua.AppendLine("}");
        lua.AppendLine("local count = #paths");
        lua.AppendLine("local threads = 0");
        lua.AppendLine("function setup(thread) threads = threads + 1; thread:set(\"seed\", threads * 7919) end");
        lua.AppendLine("function init(args) math.randomseed(seed or 1) end");
        lua.AppendLine("wrk.headers[\"Accept\"] = \"application/taxii+json;version=2.1\"");
        lua.AppendLine(CultureInfo.InvariantCulture, $"wrk.headers[\"Authorization\"] = \"Bearer {token}\"");
        lua.AppendLine("function request() return wrk.format(\"GET\", paths[math.random(count)]) end");
        await File.WriteAllTextAsync(script, lua.ToString());
        try
        {
            var threads = Math.Min(concurrency, Environment.ProcessorCount);
            var origin = baseUri.GetLeftPart(UriPartial.Authority) + "/";
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("wrk \"$@\" && times");
            start.ArgumentList.Add("wrk");
            foreach (var arg in new[] { "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", concurrency.ToString(CultureInfo.InvariantCulture), "-d", seconds.ToString(CultureInfo.InvariantCulture) + "s", "--latency", "-s", script, origin })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start wrk.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var output = await stdout;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"wrk failed with exit code {process.ExitCode}: {await stderr}{output}");
            }

            if (NonSuccess().Match(output) is { Success: true } failed)
            {
                throw new InvalidOperationException($"wrk saw {failed.Groups[1].Value} responses that were not 2xx/3xx:\n{output}");
            }

            var done = Completed().Match(output);
            if (!done.Success)
            {
                throw new InvalidOperationException("Cannot read wrk's request count:\n" + output);
            }

            // bash's times: the shell's user/system time, then its children's (wrk's) on the second line.
            var times = Times().Matches(output);
            var cpu = times.Count >= 4 ? Duration(times[2]) + Duration(times[3]) : TimeSpan.Zero;
            return new Result(
                long.Parse(done.Groups[1].Value, CultureInfo.InvariantCulture),
                double.Parse(done.Groups[2].Value, CultureInfo.InvariantCulture),
                Percentile(output, "50"),
                Percentile(output, "99"),
                Milliseconds(MaxLatency().Match(output)),
                cpu,
                output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, @"^\s+" + percent + @"%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        return match.Success ? Milliseconds(match) : double.NaN;
    }

    private static double Milliseconds(Match match)
    {
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    private static TimeSpan Duration(Match match)
        => TimeSpan.FromMinutes(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) + TimeSpan.FromSeconds(double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(\d+) requests in ([\d.]+)s")]
    private static partial Regex Completed();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"^\s+Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s)", RegexOptions.Multiline)]
    private static partial Regex MaxLatency();

    [GeneratedRegex(@"(\d+)m([\d.]+)s")]
    private static partial Regex Times();
}
