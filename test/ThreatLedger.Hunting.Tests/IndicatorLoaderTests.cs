using System.Text.Json;

namespace ThreatLedger.Hunting.Tests;

public sealed class IndicatorLoaderTests
{
    [Fact]
    public void Load_InvalidPatternsAndRevokedIndicators_AreSkippedWithReasons()
    {
        // Given
        using var doc = JsonDocument.Parse(
            """
            {"type":"bundle","id":"bundle--1","objects":[
              {"type":"indicator","id":"indicator--a","pattern":"[ipv4-addr:value = '1.2.3.4'","pattern_type":"stix"},
              {"type":"indicator","id":"indicator--b","pattern":"[ipv4-addr:value = '1.2.3.4']","pattern_type":"stix","revoked":true},
              {"type":"indicator","id":"indicator--c"},
              {"type":"indicator","id":"indicator--d","name":"ok","pattern":"[ipv4-addr:value = '1.2.3.4']","pattern_type":"stix"},
              {"type":"malware","id":"malware--e"}
            ]}
            """);

        // When
        var result = IndicatorLoader.Load(doc.RootElement, "x.json");

        // Then
        Assert.Equal("indicator--d", Assert.Single(result.Indicators).Id);
        Assert.Equal(3, result.Skipped.Count);
        Assert.StartsWith("x.json: objects[0].pattern (indicator--a): Invalid STIX pattern at character", result.Skipped[0], StringComparison.Ordinal);
        Assert.Equal("x.json: objects[1] (indicator--b): revoked", result.Skipped[1]);
        Assert.Equal("x.json: objects[2].pattern (indicator--c): missing or not a string", result.Skipped[2]);
    }

    [Fact]
    public void LoadFile_TruncatedJson_NamesFileAndLine()
    {
        using var file = new TempFile("{\"type\":\"bundle\",\n\"objects\":[", ".json");

        var ex = Assert.Throws<HuntException>(() => IndicatorLoader.LoadFile(file.Path));

        Assert.StartsWith(file.Path + ":2: invalid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotStix_IsRejected()
    {
        using var doc = JsonDocument.Parse("[1,2]");

        var ex = Assert.Throws<HuntException>(() => IndicatorLoader.Load(doc.RootElement, "x.json"));

        Assert.Equal("x.json: expected a STIX bundle or a STIX object", ex.Message);
    }
}
