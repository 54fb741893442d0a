using System.CommandLine;
using System.Globalization;
using static ThreatLedger.Cli.Commands.KnowledgeCommandSupport;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger unmerge</c>: take a report out of the incident it was merged into.</summary>
internal static class UnmergeCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var report = new Argument<long>("REPORT-ID") { Description = "The report to split off (the Report column of 'show')." };
        var command = new Command("unmerge", "Reverse a merge: move a report into a new incident of its own (the decision is recorded).") { report, db };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, db, async knowledge =>
        {
            var id = parse.GetValue(report);
            var incident = await knowledge.UnmergeAsync(id, cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"report {id} is now incident {incident}")).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
