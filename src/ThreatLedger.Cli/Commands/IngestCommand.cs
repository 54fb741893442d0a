using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Knowledge.Ingest;
using static ThreatLedger.Cli.Commands.KnowledgeCommandSupport;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger ingest</c>: articles (extracted on the way in), STIX bundles, folders and feeds into the knowledge base.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders: STIX 2.1 bundles (.json), articles (.txt, .md, .html) and feeds (RSS/Atom).", Arity = ArgumentArity.OneOrMore };
        var articles = new ArticleOptions();
        var command = new Command("ingest", "Ingest articles, STIX bundles, folders and feeds; idempotent, one transaction per document or bundle.") { paths, db };
        articles.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            // The article options are checked before the store is opened, so a bad model or date creates no database.
            ExtractorArticleSource source;
            try
            {
                source = new ExtractorArticleSource(articles.ReaderOptions(parse), articles.Extractor(parse), articles.MappingOptions(parse));
            }
            catch (Exception ex) when (ex is FormatException or LexiconException or EventModelException or IOException or UnauthorizedAccessException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return InputError;
            }

            return await IngestAsync(parse, db, paths, source, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Task<int> IngestAsync(ParseResult parse, Option<string> db, Argument<string[]> paths, ExtractorArticleSource source, CancellationToken cancellationToken) =>
        RunAsync(parse, db, async knowledge =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var files = IngestPipeline.ExpandPaths(parse.GetValue(paths)!, knowledge.Database.LocalFiles);
            var pipeline = new IngestPipeline(knowledge, source);
            var results = new List<IngestResult>();
            var clock = Stopwatch.StartNew();
            var live = Terminal.ProgressDisplay.IsInteractive(error);
            if (live)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
                await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("ingest", maxValue: files.Count);
                        var position = files.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
                        await foreach (var result in pipeline.IngestAsync(files, new SynchronousProgress(p =>
                        {
                            task.Description = Markup.Escape(Describe(p, clock.Elapsed));
                            task.Value = position[p.Current] + (p.ObjectsInCurrent == 0 ? 1.0 : 0.5);
                        }), cancellationToken).ConfigureAwait(false))
                        {
                            results.Add(result);
                        }

                        task.Value = task.MaxValue;
                    }).ConfigureAwait(false);
            }
            else
            {
                await foreach (var result in pipeline.IngestAsync(files, null, cancellationToken).ConfigureAwait(false))
                {
                    results.Add(result);
                    await ReportAsync(result, output, error).ConfigureAwait(false);
                }
            }

            if (live)
            {
                foreach (var result in results)
                {
                    await ReportAsync(result, output, error).ConfigureAwait(false);
                }
            }

            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            var objects = results.Sum(r => (long)r.ObjectsStored + r.ObjectsUnchanged);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{results.Count(r => r.Status == IngestStatus.Ingested)} ingested, {results.Count(r => r.Status == IngestStatus.AlreadyPresent)} already present, {results.Count(r => r.Status == IngestStatus.Failed)} failed, " +
                $"{results.Sum(r => r.ObjectsStored)} objects stored, {results.Sum(r => r.Rejected.Count)} rejected, {results.Sum(r => r.Reports)} reports, {results.Sum(r => r.Claims)} claims " +
                $"in {seconds:0.0} s ({objects / seconds:0} objects/s, {results.Count / seconds:0.0} documents/s)")).ConfigureAwait(false);
            return results.Any(r => r.Status == IngestStatus.Failed) ? InputError
                : results.Any(r => r.Rejected.Count > 0) ? ObjectsRejected
                : 0;
        }, cancellationToken);

    private static async Task ReportAsync(IngestResult result, TextWriter output, TextWriter error)
    {
        if (result.Status == IngestStatus.Failed)
        {
            await error.WriteLineAsync("error: " + result.Error).ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(Line(result)).ConfigureAwait(false);
        foreach (var finding in result.Rejected)
        {
            await error.WriteLineAsync($"rejected {result.Origin} {finding}").ConfigureAwait(false);
        }
    }

    private static string Describe(IngestProgress p, TimeSpan elapsed)
    {
        var rate = p.ObjectsDone / Math.Max(elapsed.TotalSeconds, 0.001);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(p.Current)} · {p.DocumentsDone} docs · {p.ObjectsDone:N0} objects{(p.ObjectsInCurrent > 0 ? $" (+{p.ObjectsInCurrent:N0} in this bundle)" : string.Empty)} · {rate:N0}/s");
    }

    private static string Line(IngestResult r) => r.Status == IngestStatus.AlreadyPresent
        ? $"{r.Origin}: already ingested, nothing changed"
        : string.Create(CultureInfo.InvariantCulture,
            $"{r.Origin}: {r.ObjectsStored} objects stored, {r.ObjectsUnchanged} unchanged, {r.Rejected.Count} rejected, {r.Reports} reports, {r.Claims} claims")
          + (r.MergeDecisions.Count == 0 ? string.Empty : "; " + string.Join("; ", r.MergeDecisions))
          + (r.Reports == 0 && r.Claims > 0 ? "; its claims are tied to no incident yet (no incident or known victim recognised in the text): they join the incident of the first later article that names a victim this text names" : string.Empty);

    /// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
