using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using ThreatLedger.Knowledge.Assessment;
using ThreatLedger.Knowledge.Queries;
using static ThreatLedger.Cli.Commands.KnowledgeCommandSupport;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger incidents</c>: the incidents table (or JSON).</summary>
internal static class IncidentsCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var json = JsonOption();
        var victim = new Option<string?>("--victim") { Description = "Only incidents at this victim (any name, alias or acronym)." };
        var actor = new Option<string?>("--actor") { Description = "Only incidents where this actor or country is a hypothesis." };
        var since = new Option<string?>("--since") { Description = "Only incidents with activity on or after this date (YYYY-MM-DD)." };
        var command = new Command("incidents", "List incidents: victim, type, time span, dwell, leading attribution hypothesis, reports and independent sources.")
        {
            db, json, victim, actor, since,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, db, async knowledge =>
        {
            DateOnly? sinceDate = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --since '{text}' is not a date (use YYYY-MM-DD).").ConfigureAwait(false);
                    return InputError;
                }

                sinceDate = parsed;
            }

            var filter = new IncidentFilter { Victim = parse.GetValue(victim), Actor = parse.GetValue(actor), Since = sinceDate };
            var incidents = await knowledge.ListIncidentsAsync(filter, cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(incidents, KnowledgeJsonContext.Default.IReadOnlyListIncidentSummary)).ConfigureAwait(false);
                return 0;
            }

            Write(CreateConsole(output), incidents);
            return 0;
        }, cancellationToken));
        return command;
    }

    internal static void Write(IAnsiConsole console, IReadOnlyList<IncidentSummary> incidents)
    {
        if (incidents.Count == 0)
        {
            console.WriteLine("No incidents. Ingest articles or bundles first: threatledger ingest PATH...");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("ID");
        table.AddColumn("Victim");
        table.AddColumn("Type");
        table.AddColumn("Time span");
        table.AddColumn("Dwell");
        table.AddColumn("Leading hypothesis");
        table.AddColumn("Assessment");
        table.AddColumn(new TableColumn("Reports").RightAligned());
        table.AddColumn(new TableColumn("Indep. sources").RightAligned());
        foreach (var i in incidents)
        {
            table.AddRow(
                i.Id.ToString(CultureInfo.InvariantCulture),
                Text(i.Victim + (i.VictimCountry is null ? string.Empty : " (" + i.VictimCountry + ")")),
                Text(i.Type),
                Text(Span(i)),
                i.DwellDays is { } d ? d.ToString(CultureInfo.InvariantCulture) + " d" : "-",
                Text(i.LeadingHypothesis),
                i.Probability is { } p ? Text(EstimativeProbability.Describe(p)) : "-",
                i.Reports.ToString(CultureInfo.InvariantCulture),
                i.IndependentSources.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    /// <summary>Earliest to latest of the incident's start, end, discovery and disclosure (publication dates when none is known).</summary>
    internal static string Span(IncidentSummary i)
    {
        var dates = new[] { i.Start, i.End, i.Discovered, i.Disclosed }.Where(d => d is not null).Select(d => d!).ToList();
        if (dates.Count == 0)
        {
            dates = new[] { i.FirstPublished, i.LastPublished }.Where(d => d is not null).Select(d => "reported " + d!).Distinct().ToList();
            return dates.Count == 0 ? "-" : string.Join(" → ", dates);
        }

        var from = dates.OrderBy(d => ThreatLedger.Knowledge.Incidents.TimeWindow.Lower(d)).First();
        var to = dates.OrderBy(d => ThreatLedger.Knowledge.Incidents.TimeWindow.Upper(d)).Last();
        return from == to ? from : from + " → " + to;
    }
}
