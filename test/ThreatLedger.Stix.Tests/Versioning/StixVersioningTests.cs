using Microsoft.Extensions.Time.Testing;
using ThreatLedger.Stix.Identifiers;
using ThreatLedger.Stix.Objects;
using ThreatLedger.Stix.Versioning;

namespace ThreatLedger.Stix.Tests.Versioning;

public sealed class StixVersioningTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly StixObjectFactory _factory;

    public StixVersioningTests()
    {
        _factory = new StixObjectFactory(_time, new SeededStixIdGenerator(1), StixId.Parse("identity--f431f809-377b-45e0-aa1c-6a4751cae5ff"));
    }

    [Fact]
    public void NewVersion_ChangedContent_KeepsIdCreatedAndCreator()
    {
        // Given
        var v1 = _factory.Create(new Malware { Name = "Example", IsFamily = true });
        _time.Advance(TimeSpan.FromMinutes(5));

        // When
        var v2 = StixVersioning.NewVersion(v1, new Malware { Name = "Example", IsFamily = true, Description = "more" }, _time);

        // Then
        Assert.Equal(v1.Id, v2.Id);
        Assert.Equal(v1.Created, v2.Created);
        Assert.Equal(v1.CreatedByRef, v2.CreatedByRef);
        Assert.Equal("2024-05-01T12:05:00.000Z", v2.Modified.ToString());
        Assert.Equal("more", v2.Description);
        Assert.Null(v1.Description);
    }

    [Fact]
    public void NewVersion_ClockNotAdvanced_ModifiedStillMovesForward()
    {
        // Given
        var v1 = _factory.Create(new Identity { Name = "Org" });

        // When
        var v2 = StixVersioning.NewVersion(v1, _time);

        // Then
        Assert.True(v2.Modified > v1.Modified);
        Assert.Equal("2024-05-01T12:00:00.001Z", v2.Modified.ToString());
    }

    [Fact]
    public void Revoke_ThenNewVersion_Throws()
    {
        // Given
        var v1 = _factory.Create(new Tool { Name = "Example tool" });
        var revoked = StixVersioning.Revoke(v1, _time);

        // When
        var ex = Assert.Throws<InvalidOperationException>(() => StixVersioning.NewVersion(revoked, _time));

        // Then
        Assert.True(revoked.Revoked);
        Assert.Contains("revoked", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewVersion_Sco_Throws()
    {
        // Given
        var ip = _factory.Create(new IPv4Address { Value = "203.0.113.5" });

        // When / Then
        Assert.Throws<InvalidOperationException>(() => StixVersioning.NewVersion(ip, _time));
    }
}
