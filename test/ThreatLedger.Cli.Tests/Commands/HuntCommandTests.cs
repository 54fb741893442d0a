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
    public async Task Hunt_Folder_HuntsEveryLogInIt()
    {
        // Given: the example folder (syslog, JSON lines, a Zeek log, and the indicator bundle, which holds no observations)
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(
            ["hunt", RepositoryPaths.InRepository("examples", "hunt"), "--indicators", Example("indicators.json"), "--format", "json"],
            output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("hunted 5 indicators through 18 records: 5 sighted", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("dns.log:9", output.ToString(), StringComparison.Ordinal);
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

    [Fact]
    public async Task Hunt_IndicatorsFromTheKnowledgeBase_SameSightingsAsFromTheBundle()
    {
        // Given: the example indicators ingested into a knowledge base.
        var folder = Directory.CreateTempSubdirectory("threatledger-hunt-");
        var db = Path.Combine(folder.FullName, "kb.db");
        try
        {
            using (var ignored = new StringWriter())
            {
                Assert.Equal(0, await ThreatLedgerCommand.RunAsync(["ingest", Example("indicators.json"), "--db", db], ignored, ignored, TestContext.Current.CancellationToken));
            }

            using var fromBundle = new StringWriter();
            using var fromStore = new StringWriter();
            using var error = new StringWriter();

            // When
            await ThreatLedgerCommand.RunAsync(["hunt", Example("mail-gateway.log"), Example("proxy.jsonl"), "-i", Example("indicators.json"), "-f", "json"],
                fromBundle, new StringWriter(), TestContext.Current.CancellationToken);
            var exit = await ThreatLedgerCommand.RunAsync(["hunt", Example("mail-gateway.log"), Example("proxy.jsonl"), "--db", db, "-f", "json"],
                fromStore, error, TestContext.Current.CancellationToken);

            // Then
            Assert.Equal(0, exit);
            Assert.Contains("hunted 5 indicators through 14 records: 5 sighted", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("pattern_type 'yara'", error.ToString(), StringComparison.Ordinal);
            static List<string> Sighted(string json) => JsonDocument.Parse(json).RootElement.EnumerateArray()
                .Select(s => s.GetProperty("indicator_id").GetString() + " " + s.GetProperty("count").GetInt32()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(Sighted(fromBundle.ToString()), Sighted(fromStore.ToString()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Hunt_NoIndicatorSource_UsageErrorNamingBothOptions()
    {
        // Given
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(["hunt", Example("mail-gateway.log")], output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("--indicators BUNDLE and/or --db KNOWLEDGE-BASE", error.ToString(), StringComparison.Ordinal);
    }
}
