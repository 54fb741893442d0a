using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using ThreatLedger.Knowledge.Queries;
using static ThreatLedger.Cli.Commands.KnowledgeCommandSupport;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger victims</c>: resolved victims with every name they were reported under.</summary>
internal static class VictimsCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var json = JsonOption();
        var command = new Command("victims", "List victims: names and aliases as reported, country, incidents.") { db, json };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, db, async knowledge =>
        {
            var victims = await knowledge.ListVictimsAsync(cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(victims, KnowledgeJsonContext.Default.IReadOnlyListVictimSummary)).ConfigureAwait(false);
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("ID", "Name", "Country", "Also named", "Incidents");
            foreach (var v in victims)
            {
                table.AddRow(v.Id.ToString(CultureInfo.InvariantCulture), Text(v.Name), Text(v.Country), Text(string.Join("; ", v.Aliases)), v.Incidents.ToString(CultureInfo.InvariantCulture));
            }

            CreateConsole(output).Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }
}
