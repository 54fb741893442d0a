using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ThreatLedger.Hunting;
using ThreatLedger.Hunting.Logs;
using ThreatLedger.Knowledge;
using ThreatLedger.Knowledge.Ingest;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger hunt</c>: match STIX indicator patterns against your own logs.</summary>
internal static class HuntCommand
{
    public static Command Create()
    {
        var logs = new Argument<FileInfo[]>("LOG") { Description = "Log files or folders of them: JSON lines (Zeek, ECS, proxy, DNS, mail), Zeek tab-separated logs, CSV/TSV exports with a header row, text lines (syslog, web, mail) or STIX bundles of observed-data; any of them gzip-compressed.", Arity = ArgumentArity.OneOrMore };
        var indicators = new Option<FileInfo[]>("--indicators", "-i") { Description = "STIX 2.1 bundle(s) holding the indicators to hunt for.", AllowMultipleArgumentsPerToken = true };
        var db = new Option<string?>("--db")
        {
            Description = "Also hunt every indicator in this knowledge base (latest versions; a SQLite file or a PostgreSQL connection string \"Host=…\").",
        };
        var format = new Option<string>("--format", "-f") { Description = "Output: table, json or stix (a bundle of sighting objects).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "stix");
        var logFormat = new Option<LogFormat>("--log-format") { Description = "How to read the logs (default: decide from the content).", DefaultValueFactory = _ => LogFormat.Auto };
        var year = new Option<int?>("--year") { Description = "Year for timestamps that carry none (syslog); default: the file's last-write year." };

        var command = new Command("hunt", "Match reported indicators (STIX patterns) against your own logs and report sightings.")
        {
            logs, indicators, db, format, logFormat, year,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(indicators) is not { Length: > 0 } && result.GetValue(db) is null)
            {
                result.AddError("Give the indicators to hunt for: --indicators BUNDLE and/or --db KNOWLEDGE-BASE.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var loaded = (parse.GetValue(indicators) ?? []).Select(f => IndicatorLoader.LoadFile(f.FullName)).ToList();
                if (parse.GetValue(db) is { } connection)
                {
                    loaded.Add(await StoredIndicatorsAsync(connection, cancellationToken).ConfigureAwait(false));
                }

                var hunted = loaded.SelectMany(l => l.Indicators).ToList();
                foreach (var skipped in loaded.SelectMany(l => l.Skipped))
                {
                    error.WriteLine("skipped indicator " + skipped);
                }

                var hunter = new Hunter(hunted);
                var observations = LogFiles(parse.GetRequiredValue(logs)).SelectMany(f => LogObservationReader.Read(f, parse.GetValue(logFormat), parse.GetValue(year)));
                var sightings = hunter.Run(observations, cancellationToken);
                error.WriteLine($"hunted {hunted.Count} indicators through {hunter.ObservationsRead} records: {sightings.Count} sighted");
                Write(output, parse.GetValue(format)!, sightings);
                return 0;
            }
            catch (Exception ex) when (ex is HuntException or LogReadException or KnowledgeException)
            {
                await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 2;
            }
        });
        return command;
    }

    /// <summary>The files to hunt through: each file given, and every file under each folder given (expanded as ingest expands them).</summary>
    private static IEnumerable<string> LogFiles(IEnumerable<FileInfo> paths) =>
        paths.SelectMany(path => Directory.Exists(path.FullName) ? IngestPipeline.ExpandPaths([path.FullName]) : [path.FullName]);

    /// <summary>The latest version of every indicator in a knowledge base, loaded as from a bundle (messages name the store and the object id).</summary>
    private static async Task<IndicatorLoader.Result> StoredIndicatorsAsync(string connection, CancellationToken cancellationToken)
    {
        await using var database = await KnowledgeDatabase.OpenAsync(connection, cancellationToken: cancellationToken).ConfigureAwait(false);
        var indicators = new List<HuntIndicator>();
        var skipped = new List<string>();
        var query = new StixObjectQuery { Types = ["indicator"], Versions = [VersionSelector.Last] };
        await foreach (var stored in database.Objects.ReadAllAsync(query, cancellationToken).ConfigureAwait(false))
        {
            using var json = JsonDocument.Parse(stored.Json!);
            var result = IndicatorLoader.Load(json.RootElement, database.Description + ": " + stored.Id);
            indicators.AddRange(result.Indicators);
            skipped.AddRange(result.Skipped);
        }

        return new IndicatorLoader.Result(indicators, skipped);
    }

    private static void Write(TextWriter output, string format, IReadOnlyList<HuntSighting> sightings)
    {
        switch (format)
        {
            case "stix":
            {
                using var buffer = new MemoryStream();
                new SightingBundleWriter().Write(buffer, sightings);
                output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                break;
            }

            case "json":
            {
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
                {
                    writer.WriteStartArray();
                    foreach (var s in sightings)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("indicator_id", s.Indicator.Id);
                        writer.WriteString("indicator_name", s.Indicator.Name);
                        writer.WriteString("pattern", s.Indicator.Pattern.Text);
                        writer.WriteNumber("count", s.Count);
                        writer.WriteString("first_seen", s.FirstSeen);
                        writer.WriteString("last_seen", s.LastSeen);
                        writer.WriteStartArray("sources");
                        foreach (var source in s.Sources)
                        {
                            writer.WriteStringValue(source);
                        }

                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                break;
            }

            default:
                if (sightings.Count == 0)
                {
                    output.WriteLine("No indicator was sighted.");
                    return;
                }

                foreach (var s in sightings)
                {
                    output.WriteLine($"{s.Indicator.Name ?? s.Indicator.Id}  ×{s.Count}  {s.FirstSeen.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} → {s.LastSeen.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
                    output.WriteLine($"    {s.Indicator.Pattern.Text}");
                    output.WriteLine($"    {string.Join(", ", s.Sources.Take(5))}{(s.Sources.Count > 5 ? ", …" : string.Empty)}");
                }

                break;
        }
    }
}
