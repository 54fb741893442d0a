using ThreatLedger.Cli.Terminal;

namespace ThreatLedger.Cli.Tests.Terminal;

public sealed class ProgressDisplayTests
{
    [Fact]
    public async Task RunAsync_RedirectedWriter_RunsWorkAndWritesNothing()
    {
        // Given
        using var error = new StringWriter();
        var reported = new List<long>();

        // When
        var result = await ProgressDisplay.RunAsync(error, "Working", 100, progress =>
        {
            progress.Report(50);
            reported.Add(50);
            return Task.FromResult(42);
        }, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(42, result);
        Assert.Equal([50L], reported);
        Assert.Equal(string.Empty, error.ToString());
        Assert.False(ProgressDisplay.IsInteractive(error));
    }
}
