using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using ThreatLedger.Knowledge.Queries;
using static ThreatLedger.Cli.Commands.KnowledgeCommandSupport;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger actors</c>: named actors and country-level hypotheses with aliases and incident counts.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var json = JsonOption();
        var all = new Option<bool>("--all") { Description = "Also list imported actors that no incident mentions." };
        var command = new Command("actors", "List threat actors and country-level hypotheses: aliases, country, incidents.") { db, json, all };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, db, async knowledge =>
        {
            var actors = await knowledge.ListActorsAsync(parse.GetValue(all), cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(actors, KnowledgeJsonContext.Default.IReadOnlyListActorSummary)).ConfigureAwait(false);
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("ID", "Name", "Level", "Country", "Aliases", "Incidents", "Leading in");
            foreach (var a in actors)
            {
                table.AddRow(Text(a.Id), Text(a.Name), Text(a.Level), Text(a.Country), Text(string.Join(", ", a.Aliases)),
                    a.Incidents.ToString(CultureInfo.InvariantCulture), a.Leading.ToString(CultureInfo.InvariantCulture));
            }

            CreateConsole(output).Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }
}
