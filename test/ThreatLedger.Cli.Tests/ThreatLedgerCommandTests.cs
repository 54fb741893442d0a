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
}
