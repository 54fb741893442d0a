using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Tests.Configuration;

public sealed class TaxiiConfigLoaderTests
{
    private const string Hash = "AQAAAAIAAYagAAAAEBoomidfyDFU3YHCJFBqH5Kq4TgirrLdgzsd9HmqS8DQS2BkxzvNh4r4zCeYaIGftQ==";

    private static string Minimal(string collections = "", string groups = "", string users = "", string extra = "") => $$"""
        {
          {{extra}}
          "api_roots": [ { "name": "r1", "collections": [ {{collections}} ] } ],
          "groups": [ {{groups}} ],
          "users": [ {{users}} ]
        }
        """;

    [Fact]
    public void Parse_ValidFile_MergesGroupPermissionsPerUser()
    {
        // Given
        var json = Minimal(
            """{ "id": "0a0b0c0d-0000-4000-8000-000000000001", "kind": "store", "max_tlp": "red" }""",
            """{ "name": "g1", "clearance": "green", "collections": [ { "id": "0a0b0c0d-0000-4000-8000-000000000001", "can_read": true } ] }, { "name": "g2", "clearance": "red", "collections": [ { "id": "0a0b0c0d-0000-4000-8000-000000000001", "can_write": true } ] }""",
            $$"""{ "name": "u", "password_hash": "{{Hash}}", "groups": ["g1", "g2"] }""");

        // When
        var settings = TaxiiConfigLoader.Parse(json, "cfg.json");
        var access = settings.Users["u"].Access["0a0b0c0d-0000-4000-8000-000000000001"];

        // Then
        Assert.True(access.CanRead);
        Assert.True(access.CanWrite);
        Assert.Equal(TlpLevel.Green, access.Clearance);
        Assert.Equal(TlpLevel.Red, settings.ApiRoots["r1"].Collections[0].MaxTlp);
        Assert.Equal(TlpLevel.Amber, settings.UnmarkedTlp);
    }

    [Theory]
    [InlineData("""{ "id": "not-a-uuid" }""", "$.api_roots[0].collections[0].id")]
    [InlineData("""{ "id": "0a0b0c0d-0000-4000-8000-000000000001", "kind": "bucket" }""", "$.api_roots[0].collections[0].kind")]
    [InlineData("""{ "id": "0a0b0c0d-0000-4000-8000-000000000001", "max_tlp": "purple" }""", "$.api_roots[0].collections[0].max_tlp")]
    [InlineData("""{ "id": "0a0b0c0d-0000-4000-8000-000000000001", "kind": "view", "allow_delete": true }""", "$.api_roots[0].collections[0].allow_delete")]
    [InlineData("""{ "id": "0a0b0c0d-0000-4000-8000-000000000001", "load": ["missing-bundle.json"] }""", "$.api_roots[0].collections[0].load[0]")]
    [InlineData("""{ "id": "0a0b0c0d-0000-4000-8000-000000000001", "kind": "view", "view": { "source_collection": "0a0b0c0d-0000-4000-8000-000000000009" } }""", "view.source_collection")]
    public void Parse_InvalidCollection_NamesFileAndJsonPath(string collection, string path)
    {
        // Given
        var json = Minimal(collection);

        // When
        var error = Assert.Throws<TaxiiConfigException>(() => TaxiiConfigLoader.Parse(json, "cfg.json"));

        // Then
        Assert.Contains("cfg.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GroupWritingAView_IsRejected()
    {
        // Given
        var json = Minimal(
            """{ "id": "0a0b0c0d-0000-4000-8000-000000000001", "kind": "view" }""",
            """{ "name": "g", "collections": [ { "id": "0a0b0c0d-0000-4000-8000-000000000001", "can_write": true } ] }""");

        // When
        var error = Assert.Throws<TaxiiConfigException>(() => TaxiiConfigLoader.Parse(json, "cfg.json"));

        // Then
        Assert.Contains("$.groups[0].collections[0].can_write", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "u", "password_hash": "plaintext-password" }""", "$.users[0].password_hash")]
    [InlineData("""{ "name": "u" }""", "$.users[0]")]
    [InlineData("""{ "name": "u", "tokens": [ { "name": "t", "sha256": "abc" } ] }""", "$.users[0].tokens[0].sha256")]
    [InlineData("""{ "name": "a:b", "tokens": [] }""", "$.users[0].name")]
    [InlineData("""{ "name": "u", "password_hash": "AQAAAAIAAYagAAAAEBoomidfyDFU3YHCJFBqH5Kq4TgirrLdgzsd9HmqS8DQS2BkxzvNh4r4zCeYaIGftQ==", "groups": ["nope"] }""", "$.users[0].groups[0]")]
    public void Parse_InvalidUser_NamesTheJsonPath(string user, string path)
    {
        // Given
        var json = Minimal(users: user);

        // When
        var error = Assert.Throws<TaxiiConfigException>(() => TaxiiConfigLoader.Parse(json, "cfg.json"));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPropertyOrBrokenJson_ReportsLineAndPath()
    {
        // Given
        var unknown = Minimal(extra: "\"titel\": \"typo\",");
        var broken = "{\n  \"api_roots\": [\n    { \"name\": }\n  ]\n}";

        // When
        var unknownError = Assert.Throws<TaxiiConfigException>(() => TaxiiConfigLoader.Parse(unknown, "cfg.json"));
        var brokenError = Assert.Throws<TaxiiConfigException>(() => TaxiiConfigLoader.Parse(broken, "cfg.json"));

        // Then
        Assert.Contains("titel", unknownError.Message, StringComparison.Ordinal);
        Assert.Contains("cfg.json (line 3", brokenError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), "no-such-taxii-config-" + Guid.NewGuid().ToString("N") + ".json");

        // When
        var error = Assert.Throws<TaxiiConfigException>(() => TaxiiConfigLoader.Load(path));

        // Then
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SharingExample_IsValid()
    {
        // Given
        var path = ThreatLedger.TestUtilities.RepositoryPaths.InRepository("examples", "sharing", "taxii-config.json");

        // When
        var settings = TaxiiConfigLoader.Load(path);

        // Then
        Assert.Equal(["partner-green", "partner-red"], settings.Users.Keys.Order());
        Assert.Single(settings.ApiRoots["sharing"].Collections.SelectMany(c => c.LoadFiles));
    }
}
