using System.Text.Json;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Cli.Tests.Commands;

public sealed class HuntCommandTests
{
    private static string Example(string name) => RepositoryPaths.InRepository("examples", "hunt", name);

    [Fact]
    public async Task Hunt_ExampleLogs_WritesSightingBundle()
    {
        // Given
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(
            ["hunt", Example("mail-gateway.log"), Example("proxy.jsonl"), "--indicators", Example("indicators.json"), "--format", "stix"],
            output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(0, exit);
        using var bundle = JsonDocument.Parse(output.ToString());
        var sightings = bundle.RootElement.GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(5, sightings.Count);
        Assert.All(sightings, s => Assert.Equal("sighting", s.GetProperty("type").GetString()));
        Assert.Contains("hunted 5 indicators through 14 records: 5 sighted", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("pattern_type 'yara'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hunt_MissingLog_ExitsTwoWithFileName()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ThreatLedgerCommand.RunAsync(
            ["hunt", "/nonexistent/mail.log", "--indicators", Example("indicators.json")], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.Contains("error: /nonexistent/mail.log: file not found", error.ToString(), StringComparison.Ordinal);
    }
}
