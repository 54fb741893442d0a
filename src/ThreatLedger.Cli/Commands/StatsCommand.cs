using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ThreatLedger.Cli.Terminal;
using ThreatLedger.Stix;
using ThreatLedger.Stix.Objects;
using ThreatLedger.Stix.Streaming;

namespace ThreatLedger.Cli.Commands;

/// <summary>
/// <c>threatledger stats FILE [--json]</c>: streams a bundle and reports object counts by type, spec versions,
/// markings (TLP levels named) and the time span of created/modified. Exit 0, or 2 when the file cannot be read.
/// </summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A STIX 2.1 bundle or object; '-' reads standard input." };
        var json = new Option<bool>("--json") { Description = "Print the statistics as JSON." };
        var command = new Command("stats", "Summarise a STIX bundle: counts by type, spec versions, markings and the time span of created/modified.")
        {
            file, json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(file)!, parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string file, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var name = file == "-" ? "<stdin>" : file;
        if (file != "-" && Directory.Exists(file))
        {
            await error.WriteLineAsync($"{name}: unreadable: this is a folder; give one STIX file").ConfigureAwait(false);
            return ValidateCommand.ExitUnreadable;
        }

        Stream stream;
        try
        {
            stream = file == "-" ? ValidateCommand.OpenStandardInput() : new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"{name}: unreadable: cannot open: {ex.Message}").ConfigureAwait(false);
            return ValidateCommand.ExitUnreadable;
        }

        Stats stats;
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                var length = stream.CanSeek ? stream.Length : 0;
                stats = await ProgressDisplay.RunAsync(error, "Reading " + Path.GetFileName(name), length,
                    progress => CollectAsync(stream, progress, cancellationToken), 8L * 1024 * 1024, cancellationToken).ConfigureAwait(false);
            }
            catch (StixParseException ex)
            {
                await error.WriteLineAsync($"{name}: unreadable: {ex.Message}").ConfigureAwait(false);
                return ValidateCommand.ExitUnreadable;
            }
        }

        await output.WriteAsync(json ? ToJson(name, stats) : ToText(name, stats)).ConfigureAwait(false);
        return 0;
    }

    private static async Task<Stats> CollectAsync(Stream stream, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var stats = new Stats();
        using var reader = new BundleReader(stream);
        await foreach (var item in reader.ReadObjectsAsync(cancellationToken).ConfigureAwait(false))
        {
            using (item)
            {
                stats.Add(item.Element);
            }

            if ((stats.Objects & 1023) == 0)
            {
                progress.Report(reader.BytesConsumed);
            }
        }

        if (!reader.IsSingleObject)
        {
            using var envelope = reader.ReadEnvelope();
            stats.BundleId = envelope.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }

        return stats;
    }

    private static string ToText(string name, Stats stats)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"{name}: {(stats.BundleId is null ? "single object" : "bundle " + stats.BundleId)}, {stats.Objects} object(s)");
        w.WriteLine();
        w.WriteLine("Objects by type:");
        foreach (var (type, count) in stats.ByType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  {type,-28} {count,8}");
        }

        w.WriteLine();
        w.WriteLine("Spec versions:");
        foreach (var (version, count) in stats.SpecVersions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  {version,-28} {count,8}");
        }

        w.WriteLine();
        w.WriteLine("Markings (object_marking_refs):");
        if (stats.Markings.Count == 0)
        {
            w.WriteLine("  none");
        }

        foreach (var (marking, count) in stats.Markings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  {MarkingLabel(marking),-60} {count,8}");
        }

        w.WriteLine();
        w.WriteLine("Time span:");
        w.WriteLine($"  created   {Span(stats.CreatedMin, stats.CreatedMax)}");
        w.WriteLine($"  modified  {Span(stats.ModifiedMin, stats.ModifiedMax)}");
        return w.ToString();
    }

    private static string Span(StixTimestamp? min, StixTimestamp? max) => min is null ? "none" : $"{min} .. {max}";

    private static string MarkingLabel(string id) =>
        StixId.TryParse(id, out var stixId) && TlpMarkings.LevelOf(stixId) is { } level
            ? $"TLP:{level.ToUpperInvariant()}{(TlpMarkings.Tlp2Levels.ContainsKey(stixId) ? " (TLP 2.0)" : string.Empty)} {id}"
            : id;

    private static string ToJson(string name, Stats stats)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", name);
            if (stats.BundleId is not null)
            {
                writer.WriteString("bundle_id", stats.BundleId);
            }

            writer.WriteNumber("objects", stats.Objects);
            WriteCounts(writer, "by_type", stats.ByType);
            WriteCounts(writer, "spec_versions", stats.SpecVersions);
            writer.WriteStartArray("markings");
            foreach (var (marking, count) in stats.Markings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("id", marking);
                if (StixId.TryParse(marking, out var id) && TlpMarkings.LevelOf(id) is { } level)
                {
                    writer.WriteString("tlp", level);
                }

                writer.WriteNumber("objects", count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteSpan(writer, "created", stats.CreatedMin, stats.CreatedMax);
            WriteSpan(writer, "modified", stats.ModifiedMin, stats.ModifiedMax);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, Dictionary<string, int> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(key, count);
        }

        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, StixTimestamp? min, StixTimestamp? max)
    {
        writer.WriteStartObject(name);
        if (min is not null)
        {
            writer.WriteString("earliest", min.ToString());
            writer.WriteString("latest", max.ToString());
        }

        writer.WriteEndObject();
    }

    private sealed class Stats
    {
        public string? BundleId { get; set; }

        public int Objects { get; private set; }

        public Dictionary<string, int> ByType { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> SpecVersions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Markings { get; } = new(StringComparer.Ordinal);

        public StixTimestamp? CreatedMin { get; private set; }

        public StixTimestamp? CreatedMax { get; private set; }

        public StixTimestamp? ModifiedMin { get; private set; }

        public StixTimestamp? ModifiedMax { get; private set; }

        public void Add(JsonElement obj)
        {
            Objects++;
            if (obj.ValueKind != JsonValueKind.Object)
            {
                Count(ByType, "(not an object)");
                return;
            }

            Count(ByType, Text(obj, "type") ?? "(no type)");
            Count(SpecVersions, Text(obj, "spec_version") ?? "(none)");
            if (obj.TryGetProperty("object_marking_refs", out var refs) && refs.ValueKind == JsonValueKind.Array)
            {
                foreach (var marking in refs.EnumerateArray())
                {
                    if (marking.ValueKind == JsonValueKind.String)
                    {
                        Count(Markings, marking.GetString()!);
                    }
                }
            }

            if (StixTimestamp.TryParse(Text(obj, "created"), out var created))
            {
                CreatedMin = CreatedMin is { } a && a <= created ? a : created;
                CreatedMax = CreatedMax is { } b && b >= created ? b : created;
            }

            if (StixTimestamp.TryParse(Text(obj, "modified"), out var modified))
            {
                ModifiedMin = ModifiedMin is { } a && a <= modified ? a : modified;
                ModifiedMax = ModifiedMax is { } b && b >= modified ? b : modified;
            }
        }

        private static string? Text(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static void Count(Dictionary<string, int> counts, string key) =>
            counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
