using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ThreatLedger.Cli.Terminal;
using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.Extraction.Stix;

namespace ThreatLedger.Cli.Commands;

/// <summary>
/// <c>threatledger extract PATH... [--format json|stix|casie] [--published YYYY-MM-DD] [--source NAME] [--lexicon DIR]
/// [--model MODEL] [--out FILE-or-DIR]</c>: reads articles (text, HTML, Markdown, RSS/Atom, CASIE JSONL; files, folders,
/// globs) and writes what the extractor finds.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders or globs: .txt (with Title:/Published:/Outlet:/URL: header lines), .html, .md, .rss/.atom/.xml feeds, CASIE .jsonl.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json (one extraction document per input), stix (a STIX 2.1 bundle) or casie (JSONL for score.py).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "stix", "casie");
        var articles = new ArticleOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Output file, or a folder (existing, or any path ending in /) for one file per document (json, stix). Default: standard output." };
        var parallel = new Option<int>("--parallel") { Description = "Documents extracted at once (default: processor count).", DefaultValueFactory = _ => 0 };

        var command = new Command("extract", "Extract incidents, entities, time, indicators and sourced attribution claims from articles.") { paths, format };
        articles.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(parallel);
        command.SetAction((parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                return Task.FromResult(Run(parse, paths, format, articles, output, parallel, cancellationToken));
            }
            catch (Exception ex) when (ex is DocumentReadException or LexiconException or EventModelException or IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException)
            {
                error.WriteLine("error: " + ex.Message);
                return Task.FromResult(2);
            }
        });
        return command;
    }

    private static int Run(ParseResult parse, Argument<string[]> paths, Option<string> format, ArticleOptions articles, Option<string?> output, Option<int> parallel,
        CancellationToken cancellationToken)
    {
        var stdout = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var readerOptions = articles.ReaderOptions(parse);
        var files = InputPaths.Expand(parse.GetRequiredValue(paths));
        var extractor = articles.Extractor(parse);
        var mapping = articles.MappingOptions(parse);

        // The rule lexicons propose phrases CASIE does not annotate; the learned model already follows CASIE's conventions.
        var conventions = articles.HasModel(parse) ? null : CasieConventions.Default;
        var reader = new DocumentReader(readerOptions);
        var fmt = parse.GetValue(format)!;
        var target = parse.GetValue(output);
        if (target is not null && (target.EndsWith('/') || target.EndsWith(Path.DirectorySeparatorChar)) && !Directory.Exists(target))
        {
            // "--out bundles/" names a folder: create it rather than failing on a path that cannot be a file.
            try
            {
                Directory.CreateDirectory(target);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {target}: cannot create the output folder ({ex.Message})");
                return 2;
            }
        }

        var toFolder = target is not null && Directory.Exists(target);
        var failures = 0;
        long characters = 0;
        var count = 0;

        IEnumerable<SourceDocument> Documents(Action<string?> advance)
        {
            foreach (var file in files)
            {
                IEnumerator<SourceDocument>? enumerator = null;
                try
                {
                    enumerator = reader.ReadFile(file).GetEnumerator();
                }
                catch (DocumentReadException ex)
                {
                    error.WriteLine("error: " + ex.Message);
                    failures++;
                }

                if (enumerator is null)
                {
                    advance(file);
                    continue;
                }

                using (enumerator)
                {
                    while (true)
                    {
                        SourceDocument current;
                        try
                        {
                            if (!enumerator.MoveNext())
                            {
                                break;
                            }

                            current = enumerator.Current;
                        }
                        catch (DocumentReadException ex)
                        {
                            error.WriteLine("error: " + ex.Message);
                            failures++;
                            continue;
                        }

                        yield return current;
                    }
                }

                advance(file);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        TextWriter? single = null;
        Stream? singleStream = null;
        var bundle = fmt == "stix" && !toFolder ? new StixBundleBuilder(mapping) : null;
        try
        {
            if (!toFolder && fmt != "stix")
            {
                if (target is null)
                {
                    single = stdout;
                }
                else
                {
                    singleStream = File.Create(target);
                    single = new StreamWriter(singleStream, new UTF8Encoding(false));
                }
            }

            var done = 0L;
            ExtractionDocument? heldFirst = null;
            ProgressDisplay.RunAsync(error, "extracting", files.Count, progress =>
            {
                void Advance(string? file) => progress.Report(++done);
                var advance = (Action<string?>)Advance;
                foreach (var result in extractor.ExtractAll(Documents(advance), parse.GetValue(parallel), cancellationToken))
                {
                    count++;
                    characters += result.Text.Length;
                    switch (fmt)
                    {
                        case "casie":
                            CasieWriter.Write(single ?? throw new InvalidOperationException("--format casie writes JSONL to a file or standard output, not a folder"), result, conventions);
                            break;
                        case "stix" when toFolder:
                            File.WriteAllText(Path.Combine(target!, SafeName(result.Document.Id) + ".stix.json"), StixMapper.ToBundleJson(result, mapping));
                            break;
                        case "stix":
                            bundle!.Add(result);
                            break;
                        default:
                            if (toFolder)
                            {
                                File.WriteAllText(Path.Combine(target!, SafeName(result.Document.Id) + ".json"), ExtractionJson.Serialize(result));
                            }
                            else if (count == 1)
                            {
                                // One document: indented JSON; several (many files, a feed, a JSONL corpus): JSON Lines.
                                // Hold the first until a second shows which.
                                heldFirst = result;
                            }
                            else
                            {
                                if (heldFirst is not null)
                                {
                                    single!.WriteLine(ExtractionJson.Serialize(heldFirst, indented: false));
                                    heldFirst = null;
                                }

                                single!.WriteLine(ExtractionJson.Serialize(result, indented: false));
                            }

                            break;
                    }
                }

                return Task.FromResult(0);
            }, minimumTotal: 2, cancellationToken).GetAwaiter().GetResult();

            if (heldFirst is not null)
            {
                single!.WriteLine(ExtractionJson.Serialize(heldFirst));
            }

            if (bundle is not null)
            {
                var json = bundle.ToJson();
                if (target is null)
                {
                    stdout.WriteLine(json);
                }
                else
                {
                    File.WriteAllText(target, json);
                }
            }
        }
        finally
        {
            if (singleStream is not null)
            {
                single!.Dispose();
            }
        }

        stopwatch.Stop();
        var megabytes = characters / 1_000_000.0;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extracted {count} document(s), {megabytes:0.00} MB of text in {stopwatch.Elapsed.TotalSeconds:0.0} s ({(stopwatch.Elapsed.TotalSeconds > 0 ? megabytes / stopwatch.Elapsed.TotalSeconds : 0):0.00} MB/s){(failures > 0 ? $"; {failures} input(s) refused" : string.Empty)}"));
        return failures > 0 ? (count > 0 ? 1 : 2) : 0;
    }

    private static string SafeName(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return builder.ToString();
    }
}
