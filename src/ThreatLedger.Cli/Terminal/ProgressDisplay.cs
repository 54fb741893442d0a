using Spectre.Console;

namespace ThreatLedger.Cli.Terminal;

/// <summary>
/// A progress bar for long work, shared by the CLI commands (folder Terminal/, not Console/, so the namespace does not
/// hide System.Console and the <c>Console(...)</c> helpers of other commands). On a terminal it draws a Spectre.Console bar on
/// standard error (so standard output stays clean for results); when the error stream is redirected, piped or a test
/// writer, it draws nothing and the work runs unchanged.
/// <code>
/// var count = await ProgressDisplay.RunAsync(error, "Validating big.json", totalBytes,
///     async progress => { ...; progress.Report(bytesDone); ... }, cancellationToken);
/// </code>
/// </summary>
public static class ProgressDisplay
{
    /// <summary>True when <paramref name="error"/> is the process's standard error and that is a terminal.</summary>
    public static bool IsInteractive(TextWriter error) =>
        ReferenceEquals(error, System.Console.Error) && !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("THREATLEDGER_NO_PROGRESS") is null;

    /// <summary>
    /// Runs <paramref name="work"/>, which reports absolute progress (e.g. bytes done) out of <paramref name="total"/>.
    /// Shows a bar only when <see cref="IsInteractive"/> and <paramref name="total"/> is at least <paramref name="minimumTotal"/>.
    /// </summary>
    public static async Task<T> RunAsync<T>(
        TextWriter error,
        string description,
        long total,
        Func<IProgress<long>, Task<T>> work,
        long minimumTotal = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(work);
        if (!IsInteractive(error) || total < minimumTotal || total <= 0)
        {
            return await work(NullProgress.Instance).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                var result = await work(new TaskProgress(task)).ConfigureAwait(false);
                task.Value = total;
                cancellationToken.ThrowIfCancellationRequested();
                return result;
            }).ConfigureAwait(false);
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }

    private sealed class NullProgress : IProgress<long>
    {
        public static readonly NullProgress Instance = new();

        public void Report(long value)
        {
        }
    }
}
