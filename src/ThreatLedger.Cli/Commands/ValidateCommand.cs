using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ThreatLedger.Cli.Terminal;
using ThreatLedger.Stix;
using ThreatLedger.Stix.Validation;

namespace ThreatLedger.Cli.Commands;

/// <summary>
/// <c>threatledger validate FILE... [--json]</c>: validates STIX 2.1 bundles or single objects (<c>-</c> reads standard
/// input) object by object. Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read as JSON.
/// </summary>
internal static class ValidateCommand
{
    public const int ExitValid = 0;
    public const int ExitInvalid = 1;
    public const int ExitUnreadable = 2;

    private const long ProgressThreshold = 8L * 1024 * 1024;

    /// <summary>Opens standard input; replaceable by tests.</summary>
    internal static Func<Stream> OpenStandardInput { get; set; } = System.Console.OpenStandardInput;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "STIX 2.1 JSON files (a bundle or a single object); a folder validates every *.json file in it and its subfolders; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON instead of text." };
        var command = new Command("validate", "Validate STIX 2.1 files against the specification's MUST rules (errors) and SHOULD advice (warnings). Exit 0 = valid, 1 = errors, 2 = unreadable input.")
        {
            files, json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(files)!, parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var validator = new StixValidator();
        var reports = new List<FileReport>();
        foreach (var file in files)
        {
            if (file != "-" && Directory.Exists(file))
            {
                var inFolder = Directory.EnumerateFiles(file, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (inFolder.Count == 0)
                {
                    reports.Add(new FileReport(file, null, "the folder holds no *.json files"));
                }

                foreach (var inner in inFolder)
                {
                    reports.Add(await ValidateFileAsync(validator, inner, error, cancellationToken).ConfigureAwait(false));
                }

                continue;
            }

            reports.Add(await ValidateFileAsync(validator, file, error, cancellationToken).ConfigureAwait(false));
        }

        if (json)
        {
            await output.WriteLineAsync(ToJson(reports)).ConfigureAwait(false);
        }
        else
        {
            foreach (var report in reports)
            {
                await WriteTextAsync(report, output, error).ConfigureAwait(false);
            }
        }

        return reports.Any(r => r.Problem is not null) ? ExitUnreadable : reports.Any(r => r.Result is { IsValid: false }) ? ExitInvalid : ExitValid;
    }

    private static async Task<FileReport> ValidateFileAsync(StixValidator validator, string file, TextWriter error, CancellationToken cancellationToken)
    {
        var name = file == "-" ? "<stdin>" : file;
        Stream stream;
        try
        {
            stream = file == "-" ? OpenStandardInput() : new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new FileReport(name, null, $"cannot open: {ex.Message}");
        }

        await using (stream.ConfigureAwait(false))
        {
            try
            {
                var length = stream.CanSeek ? stream.Length : 0;
                var result = await ProgressDisplay.RunAsync(error, "Validating " + Path.GetFileName(name), length,
                    progress => validator.ValidateAsync(stream, progress, cancellationToken), ProgressThreshold, cancellationToken).ConfigureAwait(false);
                return new FileReport(name, result, null);
            }
            catch (StixParseException ex)
            {
                return new FileReport(name, null, ex.Message);
            }
            catch (IOException ex)
            {
                return new FileReport(name, null, $"read error: {ex.Message}");
            }
        }
    }

    private static async Task WriteTextAsync(FileReport report, TextWriter output, TextWriter error)
    {
        if (report.Problem is not null)
        {
            await error.WriteLineAsync($"{report.File}: unreadable: {report.Problem}").ConfigureAwait(false);
            return;
        }

        var result = report.Result!;
        foreach (var finding in result.Findings)
        {
            await output.WriteLineAsync($"{report.File}: {finding}").ConfigureAwait(false);
        }

        var verdict = result.IsValid ? "valid" : "INVALID";
        await output.WriteLineAsync($"{report.File}: {verdict} STIX 2.1 — {result.ObjectCount} object(s), {result.ErrorCount} error(s), {result.WarningCount} warning(s)").ConfigureAwait(false);
    }

    private static string ToJson(List<FileReport> reports)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("valid", reports.All(r => r.Result is { IsValid: true }));
            writer.WriteStartArray("files");
            foreach (var report in reports)
            {
                writer.WriteStartObject();
                writer.WriteString("file", report.File);
                writer.WriteBoolean("readable", report.Problem is null);
                if (report.Problem is not null)
                {
                    writer.WriteString("error", report.Problem);
                }

                if (report.Result is { } result)
                {
                    writer.WriteBoolean("valid", result.IsValid);
                    writer.WriteNumber("objects", result.ObjectCount);
                    writer.WriteNumber("errors", result.ErrorCount);
                    writer.WriteNumber("warnings", result.WarningCount);
                    writer.WriteStartArray("findings");
                    foreach (var f in result.Findings)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("severity", f.Severity == ValidationSeverity.Error ? "error" : "warning");
                        writer.WriteString("path", f.Path);
                        writer.WriteString("rule", f.RuleId);
                        writer.WriteString("section", f.Section);
                        writer.WriteString("message", f.Message);
                        if (f.Value is not null)
                        {
                            writer.WriteString("value", f.Value);
                        }

                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed record FileReport(string File, ValidationResult? Result, string? Problem);
}
