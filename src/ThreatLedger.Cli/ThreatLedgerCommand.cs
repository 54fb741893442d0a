using System.CommandLine;
using System.CommandLine.Invocation;

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

    /// <summary>Exit code for a failure ThreatLedger did not anticipate (a bug): EX_SOFTWARE of sysexits.h.</summary>
    public const int InternalError = 70;

    /// <summary>Exit code for bad arguments (unknown option, missing argument, invalid value).</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Runs the CLI with the given writers (tests pass string writers). Commands report bad input themselves; anything
    /// that still escapes is a bug, reported in one line with what failed, never as a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            if (args.Length == 0)
            {
                // No command at all: the overview of the commands, as a usage error.
                await Build().Parse(["--help"]).InvokeAsync(config, cancellationToken).ConfigureAwait(false);
                return UsageError;
            }

            var parse = Build().Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                // Bad arguments: the errors and where to read the usage, exit code 2 like every other unusable input.
                foreach (var parseError in parse.Errors)
                {
                    await error.WriteLineAsync("error: " + parseError.Message).ConfigureAwait(false);
                }

                var path = string.Join(' ', parse.CommandResult.Command.Parents.OfType<Command>().Reverse().Select(c => c.Name).Append(parse.CommandResult.Command.Name));
                await error.WriteLineAsync($"Run '{path} --help' for usage.").ConfigureAwait(false);
                return UsageError;
            }

            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the command stopped between documents or transactions.
            await error.WriteLineAsync("error: cancelled").ConfigureAwait(false);
            return 130;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await error.WriteLineAsync($"error: internal error ({ex.GetType().Name}): {ex.Message} This is a ThreatLedger bug; please report it with the command and its input.")
                .ConfigureAwait(false);
            return InternalError;
        }
    }
}
