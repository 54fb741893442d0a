using System.Text.Json;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Cli.Tests.Commands;

public sealed class IncidentsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("threatledger-incidents-");

    private string Db => Path.Combine(_folder.FullName, "kb.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Incidents_RelayExamples_OneIncidentWithFiveReportsAndOneIndependentSource()
    {
        // Given
        var (ingest, _, ingestError) = await CliRun.RunAsync("ingest", RepositoryPaths.InRepository("examples", "relay"), "--db", Db);
        Assert.True(ingest == 0, ingestError);

        // When
        var (exit, output, _) = await CliRun.RunAsync("incidents", "--json", "--db", Db);

        // Then
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var incident = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Northfjord Water Board", incident.GetProperty("victim").GetString());
        Assert.Equal(5, incident.GetProperty("reports").GetInt32());
        Assert.Equal(1, incident.GetProperty("independent_sources").GetInt32());
        Assert.Equal("country:RU", incident.GetProperty("leading_hypothesis_key").GetString());
    }

    [Fact]
    public async Task Show_RelayIncident_BoardListsTheOriginalAndTheFourRelays()
    {
        // Given
        await CliRun.RunAsync("ingest", RepositoryPaths.InRepository("examples", "relay"), "--db", Db);

        // When
        var (exit, output, _) = await CliRun.RunAsync("show", "NWB", "--json", "--db", Db);
        var (_, table, _) = await CliRun.RunAsync("show", "1", "--db", Db);

        // Then
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("victim", json.RootElement.GetProperty("kind").GetString());
        var board = Assert.Single(json.RootElement.GetProperty("incidents").EnumerateArray());
        var source = Assert.Single(board.GetProperty("sources").EnumerateArray());
        Assert.Equal("The Harbour Courier (2025-03-14)", Assert.Single(source.GetProperty("reported_by").EnumerateArray()).GetString());
        Assert.Equal(4, board.GetProperty("reports").EnumerateArray().Count(r => r.GetProperty("relays").GetString() == "The Harbour Courier"));
        var hypothesis = board.GetProperty("hypotheses").EnumerateArray().First();
        Assert.Equal(1, hypothesis.GetProperty("independent_sources_for").GetInt32());
        Assert.Contains("Attribution board", table, StringComparison.Ordinal);
        Assert.Contains("Relayed by", table, StringComparison.Ordinal);
        Assert.Contains("Why in this incident", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_DerivativeExamples_RelaysWithoutCuesAreFoundAndCountedOnce()
    {
        // Given: one original report, four later articles repeating it without an explicit cue, and a vendor finding
        var (ingest, _, ingestError) = await CliRun.RunAsync("ingest", RepositoryPaths.InRepository("examples", "derivative"), "--db", Db);
        Assert.True(ingest == 0, ingestError);

        // When
        var (exit, output, _) = await CliRun.RunAsync("show", "CVPC", "--json", "--db", Db);
        var (_, table, _) = await CliRun.RunAsync("show", "1", "--db", Db);

        // Then
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var board = Assert.Single(json.RootElement.GetProperty("incidents").EnumerateArray());
        Assert.Equal(6, board.GetProperty("incident").GetProperty("reports").GetInt32());
        var relays = board.GetProperty("relays").EnumerateArray()
            .ToDictionary(r => r.GetProperty("article").GetString()!, r => r.GetProperty("method").GetString());
        Assert.Equal("near-duplicate", relays["Gridline Daily (2025-09-03)"]);
        Assert.Equal("cites-stored-report", relays["Utility Watch (2025-09-04)"]);
        Assert.Equal("near-duplicate", relays["Frontier Bulletin (2025-09-05)"]);
        var tribune = board.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("original_source").GetString() == "outlet:lakeshoretribune");
        Assert.True(tribune.GetProperty("relayed_by").GetArrayLength() >= 3);
        var iran = Assert.Single(board.GetProperty("hypotheses").EnumerateArray());
        Assert.Equal("country:IR", iran.GetProperty("key").GetString());
        Assert.Equal(2, iran.GetProperty("independent_sources_for").GetInt32());
        Assert.Contains("Relays: articles that repeat another's reporting", table, StringComparison.Ordinal);
        Assert.Contains("repeats the quotation", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownName_ExitsOneWithAHint()
    {
        // Given
        await CliRun.RunAsync("ingest", RepositoryPaths.InRepository("examples", "relay"), "--db", Db);

        // When
        var (exit, _, error) = await CliRun.RunAsync("show", "Nobody Anywhere", "--db", Db);

        // Then
        Assert.Equal(1, exit);
        Assert.Contains("no incident, victim or actor matches 'Nobody Anywhere'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UndatedArticle_SaysThereAreNoDatesAndHowToGiveOne()
    {
        // Given: an article without a publication date (no header lines, no --published)
        var article = Path.Combine(_folder.FullName, "undated.txt");
        await File.WriteAllTextAsync(article, "Hackers breached the email system of the Tallmark Port Authority, the authority said. "
            + "It declined to say who was responsible.", TestContext.Current.CancellationToken);
        await CliRun.RunAsync("ingest", article, "--db", Db);

        // When
        var (exit, output, _) = await CliRun.RunAsync("show", "1", "--db", Db);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("Timeline: no dates", output, StringComparison.Ordinal);
        Assert.Contains("--published", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incidents_SampleArticle_SeparatesIncidentsAndKeepsDenialAndCounterAccusation()
    {
        // Given
        var sample = RepositoryPaths.SharedOrSkip("samples", "nisc-2023-08.txt");
        await CliRun.RunAsync("ingest", sample, "--db", Db);

        // When
        var (_, output, _) = await CliRun.RunAsync("show", "NISC", "--json", "--db", Db);
        var (_, listing, _) = await CliRun.RunAsync("incidents", "--json", "--db", Db);

        // Then: the agency's breach is its own incident, attributed at country level to China, hedged, with the denial
        using var json = JsonDocument.Parse(output);
        var board = Assert.Single(json.RootElement.GetProperty("incidents").EnumerateArray());
        var incident = board.GetProperty("incident");
        Assert.Equal("country:CN", incident.GetProperty("leading_hypothesis_key").GetString());
        Assert.True(incident.GetProperty("probability").GetDouble() < 0.55, "one hedged, unnamed media source against a denial is not 'likely'");
        var china = board.GetProperty("hypotheses").EnumerateArray().Single(h => h.GetProperty("key").GetString() == "country:CN");
        var stances = china.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("stance").GetString()).ToList();
        Assert.Contains("asserts", stances);
        Assert.Contains("denies", stances);
        Assert.Contains("counter-accuses", stances);
        using var incidents = JsonDocument.Parse(listing);
        Assert.True(incidents.RootElement.GetArrayLength() >= 2, "the port disruption is a different incident at a different victim");
        Assert.Single(incidents.RootElement.EnumerateArray(), i => i.GetProperty("victim").GetString()!.Contains("Incident Readiness", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Show_SampleArticle_AgencyNonAttributionAndPortHypothesesOnTheBoards()
    {
        // Given
        var sample = RepositoryPaths.SharedOrSkip("samples", "nisc-2023-08.txt");
        await CliRun.RunAsync("ingest", sample, "--db", Db);

        // When
        var (_, agencyJson, _) = await CliRun.RunAsync("show", "NISC", "--json", "--db", Db);
        var (_, portJson, _) = await CliRun.RunAsync("show", "Port of Nagoya", "--json", "--db", Db);

        // Then: the agency has not attributed the breach; China's counter-accusation names the US without supporting it
        using var agency = JsonDocument.Parse(agencyJson);
        var board = Assert.Single(agency.RootElement.GetProperty("incidents").EnumerateArray());
        Assert.Contains(board.GetProperty("other_claims").EnumerateArray(), c => c.GetProperty("stance").GetString() == "declines" && c.GetProperty("source_kind").GetString() == "victim");
        var us = board.GetProperty("hypotheses").EnumerateArray().Single(h => h.GetProperty("key").GetString() == "country:US");
        Assert.All(us.GetProperty("claims").EnumerateArray(), c => Assert.Equal("neutral", c.GetProperty("direction").GetString()));
        Assert.Equal(0, us.GetProperty("independent_sources_for").GetInt32());

        // Then: the port's disruption weighs LockBit against the experts' Chinese state testing, which argues for China
        // and is shown on LockBit's side of the board too
        using var port = JsonDocument.Parse(portJson);
        var portBoard = Assert.Single(port.RootElement.GetProperty("incidents").EnumerateArray());
        var hypotheses = portBoard.GetProperty("hypotheses").EnumerateArray().ToList();
        var lockBit = hypotheses.Single(h => h.GetProperty("label").GetString()!.Contains("LockBit", StringComparison.Ordinal));
        var china = hypotheses.Single(h => h.GetProperty("key").GetString() == "country:CN");
        static bool Testing(JsonElement c) => c.GetProperty("evidence").GetString()!.Contains("testing", StringComparison.Ordinal);
        Assert.Contains(china.GetProperty("claims").EnumerateArray(), c => Testing(c) && c.GetProperty("direction").GetString() == "for");
        Assert.Contains(lockBit.GetProperty("claims").EnumerateArray(), c => Testing(c) && c.GetProperty("stance").GetString() == "offers-alternative");
        Assert.Contains(lockBit.GetProperty("claims").EnumerateArray(), c => c.GetProperty("direction").GetString() == "for");
    }
}
