using System.Text;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Cli.Tests;

public sealed class ThreatLedgerCommandTests
{
    [Fact]
    public async Task Help_ListsUsage_ExitsZero()
    {
        // Given
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(["--help"], output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("threatledger", output.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("stats", "a.json", "--bogus")]
    [InlineData("export", "--format", "xml")]
    [InlineData("frobnicate")]
    public async Task RunAsync_BadArguments_ErrorLinesAndTheHelpToReadExitTwo(params string[] args)
    {
        // Given
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(args, output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(ThreatLedgerCommand.UsageError, exit);
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task RunAsync_NoArguments_ListsTheCommandsExitTwo()
    {
        // Given
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync([], output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(ThreatLedgerCommand.UsageError, exit);
        Assert.Contains("ingest", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>An output that fails the way a bug would: something nobody anticipated.</summary>
    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("the output broke");
    }

    [Fact]
    public async Task RunAsync_UnanticipatedFailure_OneLineInternalErrorWithoutStackTrace()
    {
        // Given
        using var output = new FailingWriter();
        using var error = new StringWriter();
        var bundle = Directory.GetFiles(RepositoryPaths.InRepository("examples", "bundles"), "*.json")[0];

        // When
        var exit = await ThreatLedgerCommand.RunAsync(["stats", bundle], output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(ThreatLedgerCommand.InternalError, exit);
        Assert.StartsWith("error: internal error (InvalidOperationException): the output broke", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }
}
