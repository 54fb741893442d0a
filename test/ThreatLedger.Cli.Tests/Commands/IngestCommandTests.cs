using System.Diagnostics;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("threatledger-ingest-");

    private string Db => Path.Combine(_folder.FullName, "kb.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static async Task<long> CountAsync(string db)
    {
        await using var database = await KnowledgeDatabase.OpenAsync(db, cancellationToken: TestContext.Current.CancellationToken);
        return await database.Objects.CountAsync(new StixObjectQuery { Versions = [VersionSelector.All] }, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Ingest_SameBundleTwice_SecondChangesNothing()
    {
        // Given
        var bundle = Path.Combine(_folder.FullName, "bundle.json");
        await File.WriteAllTextAsync(bundle, CliRun.Bundle(10), TestContext.Current.CancellationToken);
        await CliRun.RunAsync("ingest", bundle, "--db", Db);

        // When
        var (exit, output, _) = await CliRun.RunAsync("ingest", bundle, "--db", Db);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("already ingested, nothing changed", output, StringComparison.Ordinal);
        Assert.Equal(10, await CountAsync(Db));
    }

    [Fact]
    public async Task Ingest_BundleWithInvalidObject_RejectsItWithTheFindingAndKeepsTheRest()
    {
        // Given
        var bundle = Path.Combine(_folder.FullName, "mixed.json");
        const string bad = """{"type":"indicator","spec_version":"2.1","id":"malware--00000000-0000-4000-8000-000000000099","created":"2025-01-01T00:00:00Z","modified":"2025-01-01T00:00:00Z"}""";
        await File.WriteAllTextAsync(bundle, CliRun.Bundle(3, bad), TestContext.Current.CancellationToken);

        // When
        var (exit, output, error) = await CliRun.RunAsync("ingest", bundle, "--db", Db);

        // Then: the rest is kept, and the exit code tells a script that something was refused
        Assert.Equal(1, exit);
        Assert.Contains("3 objects stored, 0 unchanged, 1 rejected", output, StringComparison.Ordinal);
        Assert.Contains("rejected " + bundle + " $.objects[3] (line 1): error $.objects[3].id", error, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(Db));
    }

    [Fact]
    public async Task Ingest_ArticleWithAClaimButNoIncident_SaysItsClaimsAreTiedToNoIncident()
    {
        // Given: a denial that names no victim and no attack the extractor can place
        var article = Path.Combine(_folder.FullName, "denial.txt");
        await File.WriteAllTextAsync(article, "Title: Embassy rejects claims\nPublished: 2026-05-08\nSource: Capital Wire\n\n"
            + "Russia's embassy said on Friday that the accusations were groundless and that Moscow had nothing to do with it.\n", TestContext.Current.CancellationToken);

        // When
        var (exit, output, _) = await CliRun.RunAsync("ingest", article, "--db", Db);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("0 reports, 1 claims; its claims are tied to no incident yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FolderHoldingTheDatabaseItself_SkipsTheDatabaseFiles()
    {
        // Given: the knowledge base lives in the folder being ingested, with its write-ahead log beside it
        var bundle = Path.Combine(_folder.FullName, "bundle.json");
        await File.WriteAllTextAsync(bundle, CliRun.Bundle(3), TestContext.Current.CancellationToken);
        await CliRun.RunAsync("ingest", bundle, "--db", Db);
        await File.WriteAllBytesAsync(Db + "-wal", [0, 1, 2, 3], TestContext.Current.CancellationToken);

        // When
        var (exit, output, error) = await CliRun.RunAsync("ingest", _folder.FullName, "--db", Db);

        // Then: only the bundle is read (already present), the database files are neither ingested nor refused
        Assert.Equal(0, exit);
        Assert.DoesNotContain("kb.db", output + error, StringComparison.Ordinal);
        Assert.Contains("0 failed", output, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(Db));
    }

    [Fact]
    public async Task Ingest_MissingPath_ReportsItAndExitsTwo()
    {
        // When
        var (exit, _, error) = await CliRun.RunAsync("ingest", Path.Combine(_folder.FullName, "nothing.json"), "--db", Db);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("nothing.json: no such file or folder.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UndatedArticleWithPublished_RelativeTimesResolveAgainstIt()
    {
        // Given: an article without header lines, so without a date or an outlet of its own
        var article = Path.Combine(_folder.FullName, "undated.txt");
        await File.WriteAllTextAsync(article,
            "Hackers broke into the email system of the Kestrel Water Board in March last year, the water board said on Monday. " +
            "The intrusion was discovered in May and the board said customer data had been stolen.\n", TestContext.Current.CancellationToken);

        // When
        var (exit, _, error) = await CliRun.RunAsync("ingest", article, "--db", Db, "--published", "2025-06-10", "--source", "Harbour Times");
        var (listExit, output, _) = await CliRun.RunAsync("incidents", "--json", "--db", Db);

        // Then: "March last year" is March 2024 against the given date, and the report carries the given outlet
        Assert.True(exit == 0, error);
        Assert.Equal(0, listExit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var incident = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("2024-03", incident.GetProperty("start").GetString());
        Assert.Equal("2025-06-10", incident.GetProperty("first_published").GetString());
        var (_, board, _) = await CliRun.RunAsync("show", incident.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db);
        Assert.Contains("Harbour Times", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ArticleWithoutAnOutlet_NamedByItsFile()
    {
        // Given: an article without header lines, so without an outlet
        var article = Path.Combine(_folder.FullName, "kestrel-notes.txt");
        await File.WriteAllTextAsync(article,
            "Hackers broke into the email system of the Kestrel Water Board in March, the water board said on Monday. "
            + "Officials said Russian hackers were behind the intrusion.\n", TestContext.Current.CancellationToken);
        var (exit, _, error) = await CliRun.RunAsync("ingest", article, "--db", Db, "--published", "2025-06-10");
        Assert.True(exit == 0, error);

        // When
        var (showExit, board, _) = await CliRun.RunAsync("show", "1", "--db", Db);

        // Then: the timeline, claims and sources name the file, not the internal document id
        Assert.Equal(0, showExit);
        Assert.Contains("kestrel-notes.txt", board, StringComparison.Ordinal);
        Assert.DoesNotContain("doc-", board, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "2025-31-12", "--published '2025-31-12' is not a date in the form YYYY-MM-DD")]
    [InlineData("--model", "not-a-model.bin", "not-a-model.bin")]
    [InlineData("--lexicon", "no-such-folder", "no-such-folder")]
    public async Task Ingest_BadArticleOption_ExitsTwoBeforeCreatingTheStore(string option, string value, string message)
    {
        // Given
        var article = Path.Combine(_folder.FullName, "a.txt");
        await File.WriteAllTextAsync(article, "Hackers broke into the email system of the Kestrel Water Board last year, the board said.\n", TestContext.Current.CancellationToken);
        if (option == "--model")
        {
            value = Path.Combine(_folder.FullName, value);
            await File.WriteAllTextAsync(value, "junk", TestContext.Current.CancellationToken);
        }
        else if (option == "--lexicon")
        {
            value = Path.Combine(_folder.FullName, value);
        }

        // When
        var (exit, _, error) = await CliRun.RunAsync("ingest", article, "--db", Db, option, value);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Ingest_ProcessKilledDuringALargeBundle_ReingestLeavesAConsistentStore()
    {
        // Given: a bundle big enough that its single transaction is still open when the process is killed
        const int count = 120_000;
        var bundle = Path.Combine(_folder.FullName, "big-bundle.json");
        await File.WriteAllTextAsync(bundle, CliRun.Bundle(count), TestContext.Current.CancellationToken);
        var cli = Path.Combine(AppContext.BaseDirectory, "threatledger.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "ingest", bundle, "--db", Db })
        {
            start.ArgumentList.Add(arg);
        }

        // When: kill it once the write-ahead log shows the transaction under way
        var killed = false;
        using (var child = Process.Start(start)!)
        {
            var wal = Db + "-wal";
            var clock = Stopwatch.StartNew();
            while (!child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2) && !(File.Exists(wal) && new FileInfo(wal).Length > 4 << 20))
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
                killed = true;
            }

            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var afterKill = await CountAsync(Db);
        var (exit, output, _) = await CliRun.RunAsync("ingest", bundle, "--db", Db);

        // Then: the killed ingest left all or nothing, and ingesting again completes it exactly once
        Assert.True(afterKill is 0 or count, $"a killed ingest left {afterKill} of {count} objects");
        TestContext.Current.TestOutputHelper?.WriteLine($"killed mid-way: {killed}; objects after the kill: {afterKill}");
        Assert.Equal(0, exit);
        Assert.Contains(afterKill == 0 ? "120000 objects stored" : "already ingested", output, StringComparison.Ordinal);
        Assert.Equal(count, await CountAsync(Db));
        var (_, again, _) = await CliRun.RunAsync("ingest", bundle, "--db", Db);
        Assert.Contains("already ingested, nothing changed", again, StringComparison.Ordinal);
        Assert.Equal(count, await CountAsync(Db));
    }

    [Fact]
    public async Task Ingest_UnreadableFileAmongGoodOnes_ReportsItAndIngestsTheRest()
    {
        // Given
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "inputs"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.json"), "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "b.json"), CliRun.Bundle(4), TestContext.Current.CancellationToken);

        // When
        var (exit, output, error) = await CliRun.RunAsync("ingest", folder.FullName, "--db", Db);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("error: " + Path.Combine(folder.FullName, "a.json"), error, StringComparison.Ordinal);
        Assert.Contains("1 ingested, 0 already present, 1 failed, 4 objects stored", output, StringComparison.Ordinal);
        Assert.Equal(4, await CountAsync(Db));
    }

    [Fact]
    public async Task Ingest_FolderWithFilesThatAreNotArticles_RefusesEachWithTheReasonAndIngestsTheArticle()
    {
        // Given: an image, an archive, JSON that is not STIX, a JSON array, an empty file, a CSV, and one real article
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "mixed"));
        string In(string name) => Path.Combine(folder.FullName, name);
        await File.WriteAllBytesAsync(In("chart.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], ct);
        await File.WriteAllBytesAsync(In("notes.zip"), [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0], ct);
        await File.WriteAllTextAsync(In("settings.json"), """{"name": "feeds", "refresh": 30}""", ct);
        await File.WriteAllTextAsync(In("list.txt"), """[{"id": 1}, {"id": 2}]""", ct);
        await File.WriteAllTextAsync(In("empty.md"), string.Empty, ct);
        await File.WriteAllTextAsync(In("iocs.txt"), "ip,first_seen,tag\n203.0.113.5,2025-01-02,c2\n198.51.100.7,2025-01-03,scanner\n", ct);
        await File.WriteAllTextAsync(In("story.txt"),
            "Title: Ransomware hits Lakemoor Library\nPublished: 2025-02-03\nOutlet: Lakemoor Gazette\n\n" +
            "The Lakemoor Public Library said on Monday that ransomware encrypted its catalogue servers in January 2025.\n", ct);

        // When
        var (exit, output, error) = await CliRun.RunAsync("ingest", folder.FullName, "--db", Db);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains($"error: {In("chart.png")}: refused: this is a PNG image, not an article or a STIX bundle.", error, StringComparison.Ordinal);
        Assert.Contains($"error: {In("notes.zip")}: refused: this is a ZIP archive", error, StringComparison.Ordinal);
        Assert.Contains($"error: {In("settings.json")}: refused: this JSON is a single object, not a STIX 2.1 bundle", error, StringComparison.Ordinal);
        Assert.Contains($"error: {In("list.txt")}: The document must be a JSON object", error, StringComparison.Ordinal);
        Assert.Contains($"error: {In("empty.md")}: the file is empty", error, StringComparison.Ordinal);
        Assert.Contains($"error: {In("iocs.txt")}: refused: not an article: no sentence", error, StringComparison.Ordinal);
        Assert.Contains("1 ingested, 0 already present, 6 failed", output, StringComparison.Ordinal);
        Assert.Contains(In("story.txt") + ": ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(In("settings.json") + ": ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(In("list.txt") + ": ", output, StringComparison.Ordinal);
    }
}
