using System.Text.Json;
using ThreatLedger.Hunting.Logs;
using ThreatLedger.Stix.Patterning;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Hunting.Tests;

public sealed class HunterTests
{
    private static HuntIndicator Indicator(string id, string pattern) => new(id, id, StixPattern.Parse(pattern));

    private static Observation Obs(int minute, string json) => new()
    {
        Objects = new Dictionary<string, JsonElement> { ["0"] = JsonDocument.Parse(json).RootElement },
        FirstObserved = new DateTimeOffset(2025, 1, 1, 0, minute, 0, TimeSpan.Zero),
        LastObserved = new DateTimeOffset(2025, 1, 1, 0, minute, 0, TimeSpan.Zero),
        Source = $"log:{minute}",
    };

    [Fact]
    public void Run_IndexedAndScannedAndCompoundPatterns_AllReportSightings()
    {
        // Given: an equality pattern (indexed), a LIKE pattern (scanned) and a FOLLOWEDBY pattern (compound)
        var hunter = new Hunter(
        [
            Indicator("ip", "[ipv4-addr:value = '203.0.113.77/32']"),
            Indicator("like", "[url:value LIKE 'https://exfil.example/%']"),
            Indicator("seq", "[ipv4-addr:value = '203.0.113.77'] FOLLOWEDBY [url:value = 'https://exfil.example/up']"),
            Indicator("never", "[ipv4-addr:value = '192.0.2.1']"),
        ]);
        var observations = new[]
        {
            Obs(1, """{"type":"ipv4-addr","value":"203.0.113.77"}"""),
            Obs(2, """{"type":"url","value":"https://exfil.example/up"}"""),
            Obs(3, """{"type":"ipv4-addr","value":"203.0.113.77"}"""),
        };

        // When
        var sightings = hunter.Run(observations, TestContext.Current.CancellationToken).ToDictionary(s => s.Indicator.Id);

        // Then
        Assert.Equal(["ip", "like", "seq"], sightings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, sightings["ip"].Count);
        Assert.Equal(["log:1", "log:3"], sightings["ip"].Sources);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 3, 0, TimeSpan.Zero), sightings["ip"].LastSeen);
        Assert.Equal(1, sightings["like"].Count);
        Assert.Equal("log:1 + log:2", Assert.Single(sightings["seq"].Sources));
        Assert.Equal(3, hunter.ObservationsRead);
    }

    [Fact]
    public void Run_HashIndex_IgnoresCase()
    {
        var hunter = new Hunter([Indicator("h", "[file:hashes.MD5 = 'D41D8CD98F00B204E9800998ECF8427E']")]);

        var sightings = hunter.Run([Obs(0, """{"type":"file","hashes":{"MD5":"d41d8cd98f00b204e9800998ecf8427e"}}""")], TestContext.Current.CancellationToken);

        Assert.Single(sightings);
    }

    [Fact]
    public void Run_ExampleMailServerLogs_FindsTheIntruder()
    {
        // Given: the bundled hunting example: a mail gateway's syslog, a proxy's JSON lines and a Zeek DNS log
        var loaded = IndicatorLoader.LoadFile(RepositoryPaths.InRepository("examples", "hunt", "indicators.json"));
        var observations = new[] { "mail-gateway.log", "proxy.jsonl", "dns.log" }
            .SelectMany(f => LogObservationReader.Read(RepositoryPaths.InRepository("examples", "hunt", f)));

        // When
        var sightings = new Hunter(loaded.Indicators).Run(observations, TestContext.Current.CancellationToken)
            .ToDictionary(s => s.Indicator.Name!);

        // Then
        Assert.Equal(5, loaded.Indicators.Count);
        Assert.Contains("pattern_type 'yara'", Assert.Single(loaded.Skipped), StringComparison.Ordinal);
        Assert.Equal(5, sightings.Count);
        // Five contacts in the mail and proxy logs, and the DNS answer that resolved the implant's domain to it.
        Assert.Equal(6, sightings["Mail-server implant C2 address"].Count);
        Assert.Equal(new DateTimeOffset(2025, 6, 20, 3, 5, 0, TimeSpan.Zero), sightings["Mail-server implant C2 address"].FirstSeen);
        Assert.Equal(1, sightings["Web shell dropped on the mail gateway"].Count);
        Assert.Equal(1, sightings["Phishing sender"].Count);
        Assert.Equal(5, sightings["Exfiltration domain"].Count);
        Assert.True(sightings["Beacon followed by staging upload within an hour"].Count >= 1);
    }
}
