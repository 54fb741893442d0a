using Microsoft.Extensions.Time.Testing;
using ThreatLedger.Stix.Identifiers;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Tests;

public sealed class StixObjectFactoryTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, 123, TimeSpan.Zero));

    [Fact]
    public void Create_Sdo_AssignsIdSpecVersionAndTimestamps()
    {
        // Given
        var factory = new StixObjectFactory(_time, new SeededStixIdGenerator(3));

        // When
        var actor = factory.Create(new ThreatActor { Name = "Example actor" });

        // Then
        Assert.Equal("threat-actor", actor.Id.Type);
        Assert.Equal(4, actor.Id.UuidVersion);
        Assert.Equal("2.1", actor.SpecVersion);
        Assert.Equal("2024-05-01T12:00:00.123Z", actor.Created.ToString());
        Assert.Equal(actor.Created, actor.Modified);
    }

    [Fact]
    public void Create_Sco_DeterministicIdAndNoTimestamps()
    {
        // Given
        var factory = new StixObjectFactory(_time);

        // When
        var url = factory.Create(new Url { Value = "https://example.com/a" });
        var again = factory.Create(new Url { Value = "https://example.com/a" });

        // Then
        Assert.Equal(url.Id, again.Id);
        Assert.Null(url.Created);
        Assert.Null(url.Modified);
    }

    [Fact]
    public void Create_SeededGenerator_Reproducible()
    {
        // Given
        var a = new StixObjectFactory(_time, new SeededStixIdGenerator(42));
        var b = new StixObjectFactory(_time, new SeededStixIdGenerator(42));

        // When / Then
        Assert.Equal(a.Create(new Campaign { Name = "C" }).Id, b.Create(new Campaign { Name = "C" }).Id);
    }
}
