using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using ThreatLedger.Knowledge.Assessment;
using ThreatLedger.Knowledge.Queries;
using static ThreatLedger.Cli.Commands.KnowledgeCommandSupport;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger show</c>: an incident's timeline and attribution board, or a victim's or actor's incidents.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var json = JsonOption();
        var target = new Argument<string>("ID-OR-NAME") { Description = "An incident id (as listed by 'incidents'), a victim name or alias, or an actor name, alias or country." };
        var command = new Command("show", "Show an incident (timeline, reports, attribution board with claims for and against, independent vs relaying sources, assessment), or a victim's or actor's incidents.")
        {
            target, db, json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, db, async knowledge =>
        {
            var name = parse.GetValue(target)!;
            var result = await knowledge.ShowAsync(name, cancellationToken).ConfigureAwait(false);
            if (result is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: no incident, victim or actor matches '{name}'. Try 'threatledger incidents', 'victims' or 'actors'.").ConfigureAwait(false);
                return NotFound;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(result, KnowledgeJsonContext.Default.ShowResult)).ConfigureAwait(false);
                return 0;
            }

            var console = CreateConsole(output);
            if (result.Victim is { } victim)
            {
                console.MarkupLine($"[bold]Victim {Text(victim.Name)}[/]{(victim.Country is null ? string.Empty : " (" + Text(victim.Country) + ")")} · {victim.Incidents} incident(s)");
                console.MarkupLine("Also named: " + Text(string.Join("; ", victim.Aliases)));
                console.WriteLine();
            }

            if (result.Actor is { } actor)
            {
                console.MarkupLine($"[bold]{(actor.Level == "state" ? "State" : "Actor")} {Text(actor.Name)}[/]{(actor.Country is null ? string.Empty : " (" + Text(actor.Country) + ")")} · hypothesis in {actor.Incidents} incident(s), leading in {actor.Leading}");
                console.MarkupLine("Aliases: " + Text(string.Join("; ", actor.Aliases)));
                console.WriteLine();
            }

            foreach (var board in result.Incidents)
            {
                WriteBoard(console, board);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static void WriteBoard(IAnsiConsole console, IncidentBoard board)
    {
        var i = board.Incident;
        // Claims carry no origin: an article without an outlet is named by the file of its report.
        var origins = board.Reports.GroupBy(r => r.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Origin, StringComparer.Ordinal);
        string Article(string? outlet, string documentId) => DocumentLabel.Of(outlet, origins.GetValueOrDefault(documentId), documentId);
        console.Write(new Rule($"[bold]Incident {i.Id}: {Text(i.Victim)}{(i.VictimCountry is null ? string.Empty : " (" + Text(i.VictimCountry) + ")")} · {Text(i.Type)}[/]").LeftJustified());
        console.MarkupLine("Victim also named: " + Text(string.Join("; ", board.VictimAliases)));
        console.MarkupLine($"Time span: {Text(IncidentsCommand.Span(i))} · dwell: {(i.DwellDays is { } d ? d.ToString(CultureInfo.InvariantCulture) + " days" : "-")} · reports: {i.Reports} · independent sources: {i.IndependentSources}");
        console.MarkupLine(i.LeadingHypothesis is null
            ? "Assessment: no attribution claim."
            : string.Create(CultureInfo.InvariantCulture, $"Assessment: {Lead(i.Assessment)} [bold]{Text(i.Assessment)}[/] ({EstimativeProbability.Percent(i.Probability ?? 0)} %) that {Text(i.LeadingHypothesis)} is responsible."));
        console.WriteLine();

        if (board.Timeline.Count == 0)
        {
            // An undated article resolves no relative time ("October last year") and has no publication date to show.
            console.MarkupLine("Timeline: no dates (no report has a publication date; [bold]ingest --published YYYY-MM-DD[/] gives one).");
            console.WriteLine();
        }
        else
        {
            var timeline = new Table().Border(TableBorder.Simple).Title("Timeline");
            timeline.AddColumns("Date", "What", "Detail");
            foreach (var entry in board.Timeline)
            {
                timeline.AddRow(Text(entry.Date), Text(entry.What), Text(entry.Detail));
            }

            console.Write(timeline);
        }

        console.MarkupLine("[bold]Attribution board[/]");
        if (board.Hypotheses.Count == 0)
        {
            console.MarkupLine("  No attribution claims.");
        }

        foreach (var h in board.Hypotheses)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"  [bold]{Text(h.Label)}[/] ({h.Level}): {Text(h.Assessment)} ({EstimativeProbability.Percent(h.Probability)} %) · independent sources for {h.IndependentSourcesFor}, against {h.IndependentSourcesAgainst}"));
            var claims = new Table().Border(TableBorder.Simple);
            claims.AddColumns("", "Stance", "Source", "Original source", "Article", "Hedging", "Weight", "Evidence");
            foreach (var c in h.Claims)
            {
                claims.AddRow(
                    c.Direction switch { "for" => "+", "against" => "−", _ => "·" },
                    Text(c.Stance),
                    Text($"{c.Source} ({c.SourceKind}{(c.SourceCount is { } n ? ", " + n.ToString(CultureInfo.InvariantCulture) : string.Empty)})"),
                    Text(c.OriginalSource + (c.Relayed ? " [relayed" + (c.CitedVia is null ? string.Empty : " via " + c.CitedVia) + (c.RelayMethod is null ? string.Empty : ": " + c.RelayMethod) + "]" : string.Empty)),
                    Text(Article(c.Outlet, c.DocumentId) + (c.Published is null ? string.Empty : " " + c.Published)),
                    Text(string.Join(", ", c.Hedging)),
                    Text(c.Weight.ToString("0.00", CultureInfo.InvariantCulture) + (c.Counted ? string.Empty : " (not counted)")),
                    Text(c.Evidence));
            }

            console.Write(claims);
        }

        if (board.OtherClaims.Count > 0)
        {
            var other = new Table().Border(TableBorder.Simple).Title("Other claims (no side on attribution)");
            other.AddColumns("Kind", "Stance", "Source", "Article", "Evidence");
            foreach (var c in board.OtherClaims)
            {
                other.AddRow(Text(c.Kind), Text(c.Stance), Text($"{c.Source} ({c.SourceKind})"), Text(Article(c.Outlet, c.DocumentId) + " " + c.Published), Text(c.Evidence));
            }

            console.Write(other);
        }

        var sources = new Table().Border(TableBorder.Simple).Title("Sources: independent originals and the articles relaying them");
        sources.AddColumns("Original source", "Kind", "Reported first-hand by", "Relayed by");
        foreach (var s in board.Sources)
        {
            sources.AddRow(Text(s.OriginalSource), Text(s.Kind), Text(string.Join("; ", s.ReportedBy)), Text(string.Join("; ", s.RelayedBy)));
        }

        console.Write(sources);

        if (board.Relays.Count > 0)
        {
            var relays = new Table().Border(TableBorder.Simple).Title("Relays: articles that repeat another's reporting, and how that was found");
            relays.AddColumns("Article", "Relays", "Found by", "Why");
            foreach (var r in board.Relays)
            {
                relays.AddRow(Text(r.Article), Text(r.RelaysArticle ?? r.RelaysOutlet), Text(r.Method), Text(r.Reason));
            }

            console.Write(relays);
        }

        var reports = new Table().Border(TableBorder.Simple).Title("Reports and why they were merged");
        reports.AddColumns("Report", "Article", "Type", "Victim as named", "Relays", "Why in this incident");
        foreach (var r in board.Reports)
        {
            reports.AddRow(r.ReportId.ToString(CultureInfo.InvariantCulture), Text(Article(r.Outlet, r.DocumentId) + " " + r.Published + (r.Title is null ? string.Empty : ": " + r.Title)),
                Text(r.EventType), Text(r.VictimMention), Text(r.Relays), Text(r.MergeReason));
        }

        console.Write(reports);
        console.WriteLine();
    }

    /// <summary>"it is likely", but "there is a roughly even chance" and "there is almost no chance".</summary>
    private static string Lead(string? words) => words switch
    {
        "roughly even chance" => "there is a",
        { } w when w.EndsWith("chance", StringComparison.Ordinal) => "there is",
        _ => "it is",
    };
}
