using Spectre.Console;

namespace ThreatLedger.Cli.Console;

/// <summary>
/// A progress bar for long batch commands, drawn with Spectre.Console on the error stream when it is an interactive
/// terminal; otherwise (redirected output, tests) the work runs without drawing and only the final summary is written.
/// </summary>
internal static class ProgressReporter
{
    /// <summary>Whether a bar can be drawn: the error writer is the process's stderr and it is a terminal.</summary>
    public static bool CanDraw(TextWriter error) =>
        ReferenceEquals(error, System.Console.Error) && !System.Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>
    /// Runs <paramref name="work"/> with a callback that advances the bar by one item; <paramref name="total"/> may be
    /// unknown (null) — the bar then counts up.
    /// </summary>
    public static T Run<T>(TextWriter error, string description, int? total, Func<Action<string?>, T> work)
    {
        if (!CanDraw(error) || total is <= 1)
        {
            return work(_ => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                result = work(label =>
                {
                    task.Increment(1);
                    if (label is not null)
                    {
                        task.Description = Markup.Escape(label.Length > 40 ? "…" + label[^39..] : label);
                    }
                });
                task.StopTask();
            });
        return result;
    }
}
