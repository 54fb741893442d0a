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
}
