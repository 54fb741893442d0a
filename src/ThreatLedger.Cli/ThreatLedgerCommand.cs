using System.CommandLine;

namespace ThreatLedger.Cli;

/// <summary>The root <c>threatledger</c> command; each sub-command lives in <c>Commands/</c>.</summary>
public static class ThreatLedgerCommand
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "ThreatLedger: turn cyber-threat reporting into sourced STIX 2.1 intelligence, store it, share it over TAXII 2.1 and hunt with it.");
        // One line per command; keep the list sorted.
        root.Subcommands.Add(Commands.ActorsCommand.Create());
        root.Subcommands.Add(Commands.ExportCommand.Create());
        root.Subcommands.Add(Commands.ExtractCommand.Create());
        root.Subcommands.Add(Commands.HuntCommand.Create());
        root.Subcommands.Add(Commands.ImportGalaxyCommand.Create());
        root.Subcommands.Add(Commands.IncidentsCommand.Create());
        root.Subcommands.Add(Commands.IngestCommand.Create());
        root.Subcommands.Add(Commands.ShowCommand.Create());
        root.Subcommands.Add(Commands.StatsCommand.Create());
        root.Subcommands.Add(Commands.PullCommand.Create());
        root.Subcommands.Add(Commands.PushCommand.Create());
        root.Subcommands.Add(Commands.ServeCommand.Create());
        root.Subcommands.Add(Commands.TrainCommand.Create());
        root.Subcommands.Add(Commands.ValidateCommand.Create());
        root.Subcommands.Add(Commands.UnmergeCommand.Create());
        root.Subcommands.Add(Commands.VictimsCommand.Create());
        return root;
    }

    /// <summary>Runs the CLI with the given writers (tests pass string writers).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var config = new InvocationConfiguration { Output = output, Error = error };
        return await Build().Parse(args).InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }
}
