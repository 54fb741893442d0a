using System.CommandLine;
using Spectre.Console;
using ThreatLedger.Knowledge;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Cli.Commands;

/// <summary>What the knowledge-base commands share: <c>--db</c>, <c>--json</c>, console and error handling.</summary>
internal static class KnowledgeCommandSupport
{
    /// <summary>Exit code for bad input or an unusable database.</summary>
    public const int InputError = 2;
    /// <summary>Exit code when the requested incident, victim or actor does not exist.</summary>
    public const int NotFound = 1;
    /// <summary>Exit code when every input was read but some STIX objects were rejected (each reported with its finding).</summary>
    public const int ObjectsRejected = 1;

    public static Option<string> DbOption() => new("--db")
    {
        Description = "Knowledge base: a SQLite file (default threatledger.db in the current folder) or a PostgreSQL connection string \"Host=…;Database=…\".",
        DefaultValueFactory = _ => "threatledger.db",
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Write JSON (stable snake_case field names) instead of a table." };

    /// <summary>A Spectre console over the invocation's writer, wide enough for tables when it is not a terminal.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = ReferenceEquals(writer, System.Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(writer, System.Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(writer, System.Console.Out) || System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>Opens the knowledge base, runs the action, and turns product exceptions into a message and exit code 2.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Option<string> db, Func<KnowledgeBase, Task<int>> action, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            await using var database = await KnowledgeDatabase.OpenAsync(parse.GetValue(db)!, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await action(new KnowledgeBase(database)).ConfigureAwait(false);
        }
        catch (KnowledgeException ex)
        {
            await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return InputError;
        }
    }

    /// <summary>Escapes text for Spectre markup; a dash for nothing.</summary>
    public static string Text(string? value) => string.IsNullOrEmpty(value) ? "-" : Markup.Escape(value);
}
