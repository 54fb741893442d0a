using System.Text.Json;

namespace ThreatLedger.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private const string Green = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
    private const string Red = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("threatledger-export-");

    private string Db => Path.Combine(_folder.FullName, "kb.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static string Malware(string suffix, string modified, string? marking = null) =>
        $$"""{"type":"malware","spec_version":"2.1","id":"malware--00000000-0000-4000-9000-{{suffix}}","created":"2025-01-01T00:00:00.000Z","modified":"{{modified}}","name":"m","is_family":true{{(marking is null ? "" : $",\"object_marking_refs\":[\"{marking}\"]")}}}""";

    [Fact]
    public async Task Export_StoreWithVersionsAndMarkings_WritesABundleWithEveryVersionAndFiltersByTlp()
    {
        // Given
        var bundle = Path.Combine(_folder.FullName, "b.json");
        await File.WriteAllTextAsync(bundle, CliRun.Bundle(2,
            Malware("000000000001", "2025-01-01T00:00:00.000Z"), Malware("000000000001", "2025-02-01T00:00:00.000Z"),
            Malware("000000000002", "2025-01-01T00:00:00.000Z", Green), Malware("000000000003", "2025-01-01T00:00:00.000Z", Red)), TestContext.Current.CancellationToken);
        await CliRun.RunAsync("ingest", bundle, "--db", Db);

        // When
        var (exit, output, error) = await CliRun.RunAsync("export", "--db", Db);
        var (_, green, _) = await CliRun.RunAsync("export", "--db", Db, "--marking", "TLP:GREEN");

        // Then
        Assert.Equal(0, exit);
        using var all = JsonDocument.Parse(output);
        Assert.Equal("bundle", all.RootElement.GetProperty("type").GetString());
        Assert.StartsWith("bundle--", all.RootElement.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, all.RootElement.GetProperty("objects").GetArrayLength());
        Assert.Contains("exported 6 object versions", error, StringComparison.Ordinal);
        using var greenDoc = JsonDocument.Parse(green);
        var ids = greenDoc.RootElement.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(5, ids.Count);
        Assert.DoesNotContain("malware--00000000-0000-4000-9000-000000000003", ids);
        var validation = new ThreatLedger.Stix.Validation.StixValidator().Validate(System.Text.Encoding.UTF8.GetBytes(output));
        Assert.True(validation.IsValid, string.Join("\n", validation.Findings));
    }

    [Fact]
    public async Task Export_Assessments_AddsTheMergedIncidentsAndAssessedAttributionsAndStaysValid()
    {
        // Given: the relay examples (five articles about one incident, four relaying the first).
        await CliRun.RunAsync("ingest", Path.Combine(ThreatLedger.TestUtilities.RepositoryPaths.Root, "examples", "relay"), "--db", Db);
        var (_, plain, _) = await CliRun.RunAsync("export", "--db", Db);

        // When
        var (exit, output, error) = await CliRun.RunAsync("export", "--db", Db, "--assessments");

        // Then
        Assert.Equal(0, exit);
        var validation = new ThreatLedger.Stix.Validation.StixValidator().Validate(System.Text.Encoding.UTF8.GetBytes(output));
        Assert.True(validation.IsValid, string.Join("\n", validation.Findings));
        using var bundle = JsonDocument.Parse(output);
        var objects = bundle.RootElement.GetProperty("objects").EnumerateArray().ToList();
        using var plainBundle = JsonDocument.Parse(plain);
        Assert.True(objects.Count > plainBundle.RootElement.GetProperty("objects").GetArrayLength());
        const string kb = "identity--8d4c2a91-6f3e-4b7d-9a05-c1e8f27b3d64";
        var incident = Assert.Single(objects, o => o.GetProperty("type").GetString() == "incident" && o.TryGetProperty("created_by_ref", out var c) && c.GetString() == kb);
        Assert.Equal("Databreach: Northfjord Water Board", incident.GetProperty("name").GetString());
        var attributed = Assert.Single(objects, o => o.TryGetProperty("relationship_type", out var t) && t.GetString() == "attributed-to"
            && o.GetProperty("created_by_ref").GetString() == kb);
        Assert.InRange(attributed.GetProperty("confidence").GetInt32(), 56, 80);
        Assert.StartsWith("Russia", attributed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(objects, o => o.GetProperty("id").GetString() == kb);
        Assert.Contains("exported", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ArticlesIngestedAsTlpRed_TheirAssessmentIsRedAndAGreenExportHoldsNoneOfIt()
    {
        // Given
        await CliRun.RunAsync("ingest", Path.Combine(ThreatLedger.TestUtilities.RepositoryPaths.Root, "examples", "relay"), "--db", Db, "--marking", "TLP:RED");

        // When
        var (_, all, _) = await CliRun.RunAsync("export", "--db", Db, "--assessments");
        var (exit, green, _) = await CliRun.RunAsync("export", "--db", Db, "--assessments", "--marking", "TLP:GREEN");

        // Then
        Assert.Equal(0, exit);
        const string redV2 = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
        using var allDoc = JsonDocument.Parse(all);
        var incident = Assert.Single(allDoc.RootElement.GetProperty("objects").EnumerateArray(),
            o => o.GetProperty("type").GetString() == "incident" && o.GetProperty("created_by_ref").GetString() == "identity--8d4c2a91-6f3e-4b7d-9a05-c1e8f27b3d64");
        Assert.Equal([redV2], incident.GetProperty("object_marking_refs").EnumerateArray().Select(m => m.GetString()));
        using var greenDoc = JsonDocument.Parse(green);
        var greenObjects = greenDoc.RootElement.GetProperty("objects").EnumerateArray().ToList();
        Assert.DoesNotContain(greenObjects, o => o.TryGetProperty("object_marking_refs", out var m) && m.EnumerateArray().Any(r => r.GetString() == redV2));
        Assert.DoesNotContain(greenObjects, o => o.GetProperty("type").GetString() is "incident" or "report" or "relationship");
    }

    [Fact]
    public async Task Ingest_UnknownMarking_RefusedBeforeTheStoreIsOpened()
    {
        // Given, When
        var (exit, _, error) = await CliRun.RunAsync("ingest", Path.Combine(ThreatLedger.TestUtilities.RepositoryPaths.Root, "examples", "relay"), "--db", Db, "--marking", "TLP:PURPLE");

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("--marking 'TLP:PURPLE' is neither a TLP level", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Export_OutputFolderMissing_ExitTwoNamingItAndNothingWritten()
    {
        // Given
        var bundle = Path.Combine(_folder.FullName, "b.json");
        await File.WriteAllTextAsync(bundle, CliRun.Bundle(2, Malware("000000000001", "2025-01-01T00:00:00.000Z")), TestContext.Current.CancellationToken);
        await CliRun.RunAsync("ingest", bundle, "--db", Db);
        var target = Path.Combine(_folder.FullName, "missing", "out.json");

        // When
        var (exit, _, error) = await CliRun.RunAsync("export", "--db", Db, "-o", target);
        var (written, _, _) = await CliRun.RunAsync("export", "--db", Db, "-o", Path.Combine(_folder.FullName, "out.json"));

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("out.json: the folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.Equal(0, written);
        Assert.Empty(Directory.GetFiles(_folder.FullName, "*.partial-*"));
        Assert.True(File.Exists(Path.Combine(_folder.FullName, "out.json")));
    }
}
