using System.Text.Json;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Cli.Tests.Commands;

public sealed class StatsCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ThreatLedgerCommand.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Stats_ExampleBundle_CountsTypesMarkingsAndTimeSpan()
    {
        // Given
        var example = RepositoryPaths.InRepository("examples", "bundles", "incident.json");

        // When
        var (exit, output, _) = await RunAsync("stats", example);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("21 object(s)", output, StringComparison.Ordinal);
        Assert.Matches(@"relationship\s+7", output);
        Assert.Matches(@"indicator\s+2", output);
        Assert.Contains("TLP:GREEN marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", output, StringComparison.Ordinal);
        Assert.Contains("created   2017-01-20T00:00:00.000Z .. 2025-02-11T09:30:00.000Z", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Json_ReportsCountsBySpecVersionAndTlp()
    {
        // Given
        var example = RepositoryPaths.InRepository("examples", "bundles", "incident.json");

        // When
        var (exit, output, _) = await RunAsync("stats", "--json", example);

        // Then
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(21, root.GetProperty("objects").GetInt32());
        Assert.Equal(2, root.GetProperty("by_type").GetProperty("marking-definition").GetInt32());
        Assert.Equal(21, root.GetProperty("spec_versions").GetProperty("2.1").GetInt32());
        var amber = root.GetProperty("markings").EnumerateArray().Single(m => m.GetProperty("tlp").GetString() == "amber");
        Assert.Equal(1, amber.GetProperty("objects").GetInt32());
    }

    [Fact]
    public async Task Stats_NotJson_ExitsTwo()
    {
        // Given
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "not json", TestContext.Current.CancellationToken);
        try
        {
            // When
            var (exit, _, error) = await RunAsync("stats", file);

            // Then
            Assert.Equal(2, exit);
            Assert.Contains("unreadable", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
