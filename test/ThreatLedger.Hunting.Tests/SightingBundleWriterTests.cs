using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Hunting.Tests;

public sealed class SightingBundleWriterTests
{
    [Fact]
    public void Write_Sighting_HasTheSpecRequiredProperties()
    {
        // Given
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero));
        var ids = new Queue<Guid>([Guid.Parse("11111111-1111-4111-8111-111111111111"), Guid.Parse("22222222-2222-4222-8222-222222222222")]);
        var sighting = new HuntSighting
        {
            Indicator = new HuntIndicator("indicator--0b2f6c4e-8f61-4a5e-9c3a-1e7d2b9f4a01", "c2", StixPattern.Parse("[ipv4-addr:value = '203.0.113.77']")),
            Count = 2,
            FirstSeen = new DateTimeOffset(2025, 6, 20, 3, 5, 0, TimeSpan.Zero),
            LastSeen = new DateTimeOffset(2025, 6, 27, 3, 5, 0, TimeSpan.Zero),
            Sources = ["a.log:8", "a.log:9"],
        };
        using var stream = new MemoryStream();

        // When
        new SightingBundleWriter(clock, ids.Dequeue).Write(stream, [sighting]);

        // Then
        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("bundle--11111111-1111-4111-8111-111111111111", doc.RootElement.GetProperty("id").GetString());
        var s = Assert.Single(doc.RootElement.GetProperty("objects").EnumerateArray().ToList());
        Assert.Equal("sighting", s.GetProperty("type").GetString());
        Assert.Equal("2.1", s.GetProperty("spec_version").GetString());
        Assert.Equal("sighting--22222222-2222-4222-8222-222222222222", s.GetProperty("id").GetString());
        Assert.Equal("2026-03-03T12:00:00.000Z", s.GetProperty("created").GetString());
        Assert.Equal(sighting.Indicator.Id, s.GetProperty("sighting_of_ref").GetString());
        Assert.Equal("2025-06-20T03:05:00.000Z", s.GetProperty("first_seen").GetString());
        Assert.Equal("2025-06-27T03:05:00.000Z", s.GetProperty("last_seen").GetString());
        Assert.Equal(2, s.GetProperty("count").GetInt32());
    }

    [Fact]
    public void Write_OneInstantSeen_NoLastSeen()
    {
        // Given: a single hit, first and last seen the same instant (stix2-validator wants last_seen > first_seen)
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero));
        var seen = new DateTimeOffset(2025, 6, 20, 3, 5, 0, TimeSpan.Zero);
        var sighting = new HuntSighting
        {
            Indicator = new HuntIndicator("indicator--0b2f6c4e-8f61-4a5e-9c3a-1e7d2b9f4a01", "c2", StixPattern.Parse("[ipv4-addr:value = '203.0.113.77']")),
            Count = 1,
            FirstSeen = seen,
            LastSeen = seen,
            Sources = ["a.log:8"],
        };
        using var stream = new MemoryStream();

        // When
        new SightingBundleWriter(clock, Guid.NewGuid).Write(stream, [sighting]);

        // Then
        using var doc = JsonDocument.Parse(stream.ToArray());
        var s = Assert.Single(doc.RootElement.GetProperty("objects").EnumerateArray().ToList());
        Assert.Equal("2025-06-20T03:05:00.000Z", s.GetProperty("first_seen").GetString());
        Assert.False(s.TryGetProperty("last_seen", out _));
    }
}
