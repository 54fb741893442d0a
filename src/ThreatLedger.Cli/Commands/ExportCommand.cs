using System.CommandLine;
using System.Globalization;
using ThreatLedger.Knowledge.Export;
using ThreatLedger.Knowledge.Storage;
using static ThreatLedger.Cli.Commands.KnowledgeCommandSupport;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger export</c>: the store as one streamed STIX 2.1 bundle, every version kept.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var format = new Option<string>("--format") { Description = "Output format (stix: a STIX 2.1 bundle).", DefaultValueFactory = _ => "stix" };
        format.AcceptOnlyFromAmong("stix");
        var since = new Option<string?>("--since") { Description = "Only object versions added after this time (YYYY-MM-DD or an RFC 3339 timestamp)." };
        var marking = new Option<string?>("--marking") { Description = "A TLP level (e.g. TLP:GREEN): leave out objects marked above it; or a marking-definition id: only objects carrying it." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var assessments = new Option<bool>("--assessments")
        {
            Description = "Add the knowledge base's own conclusions: merged incidents (derived-from the reports' incidents, targeting the resolved victim) "
                + "and attributed-to relationships whose confidence is the assessed probability.",
        };
        var command = new Command("export", "Export the knowledge base as a STIX 2.1 bundle (streamed; all object versions).") { db, format, since, marking, output, assessments };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, db, async knowledge =>
        {
            var error = parse.InvocationConfiguration.Error;
            var query = new StixObjectQuery { Versions = [VersionSelector.All] };
            if (parse.GetValue(since) is { } sinceText)
            {
                if (!Microseconds.TryParse(sinceText.Length == 10 ? sinceText + "T00:00:00Z" : sinceText, out var micros))
                {
                    await error.WriteLineAsync($"error: --since '{sinceText}' is not a date or timestamp.").ConfigureAwait(false);
                    return InputError;
                }

                query = query with { AddedAfter = Microseconds.ToDateTimeOffset(micros) };
            }

            if (parse.GetValue(marking) is { } markingText)
            {
                if (markingText.StartsWith("marking-definition--", StringComparison.Ordinal))
                {
                    query = query with { MarkingRefsAnyOf = [markingText], UnmarkedIncluded = false };
                }
                else if (TlpLevels.Level(markingText) is { } level)
                {
                    query = query with { MarkingRefsNoneOf = TlpLevels.Above(level) };
                }
                else
                {
                    await error.WriteLineAsync($"error: --marking '{markingText}' is neither a TLP level (TLP:CLEAR, GREEN, AMBER, AMBER+STRICT, RED) nor a marking-definition id.").ConfigureAwait(false);
                    return InputError;
                }
            }

            var derived = parse.GetValue(assessments) ? await knowledge.AssessmentObjectsAsync(cancellationToken).ConfigureAwait(false) : [];
            long count;
            if (parse.GetValue(output) is { } target && !target.Directory!.Exists)
            {
                await error.WriteLineAsync($"error: --output {target.FullName}: the folder {target.DirectoryName} does not exist.").ConfigureAwait(false);
                return InputError;
            }

            if (parse.GetValue(output) is { } file)
            {
                // Written under a temporary name and moved into place when complete: a failed or killed export never
                // leaves a truncated bundle behind (nor replaces a good one).
                var temporary = file.FullName + ".partial-" + Guid.NewGuid().ToString("N")[..8];
                try
                {
                    await using (var stream = File.Create(temporary))
                    {
                        count = await StixBundleExporter.ExportAsync(knowledge.Database.Objects, query, stream, Guid.NewGuid(), derived, cancellationToken).ConfigureAwait(false);
                    }

                    File.Move(temporary, file.FullName, overwrite: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"error: cannot write {file.FullName}: {ex.Message}").ConfigureAwait(false);
                    return InputError;
                }
                finally
                {
                    if (File.Exists(temporary))
                    {
                        File.Delete(temporary);
                    }
                }
            }
            else
            {
                var writer = parse.InvocationConfiguration.Output;
                await using var stream = new TextWriterStream(writer);
                count = await StixBundleExporter.ExportAsync(knowledge.Database.Objects, query, stream, Guid.NewGuid(), derived, cancellationToken).ConfigureAwait(false);
                await writer.WriteLineAsync().ConfigureAwait(false);
            }

            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"exported {count} object versions")).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
