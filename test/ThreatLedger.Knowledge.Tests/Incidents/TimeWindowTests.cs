using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Incidents;

namespace ThreatLedger.Knowledge.Tests.Incidents;

public sealed class TimeWindowTests
{
    [Fact]
    public void Of_MonthPrecision_CoversTheMonth()
    {
        // When
        var window = TimeWindow.Of("2022-10", null, null, null, new DateOnly(2023, 8, 1));

        // Then
        Assert.Equal(new DateOnly(2022, 10, 1), window.From);
        Assert.Equal(new DateOnly(2023, 8, 1), window.To);
    }

    [Fact]
    public void Overlaps_YearsApart_IsFalse()
    {
        // Given
        var old = TimeWindow.Of("2019-03", "2019-04", null, null, new DateOnly(2019, 5, 1));
        var recent = TimeWindow.Of("2024-02", null, null, null, new DateOnly(2024, 3, 1));

        // When
        var overlaps = old.Overlaps(recent);

        // Then
        Assert.False(overlaps);
    }

    [Theory]
    [InlineData(EventTypes.Databreach, EventTypes.Intrusion, true)]
    [InlineData(EventTypes.Ransom, EventTypes.Databreach, true)]
    [InlineData(EventTypes.Espionage, EventTypes.Phishing, true)]
    [InlineData(EventTypes.DDoS, EventTypes.Databreach, false)]
    [InlineData(EventTypes.Defacement, EventTypes.Ransom, false)]
    public void Compatible_Types_FollowTheFamilies(string a, string b, bool compatible)
    {
        // When
        var result = IncidentTypes.Compatible(a, b);

        // Then
        Assert.Equal(compatible, result);
    }

    [Theory]
    [InlineData("2025-W22", "2025-05-26", "2025-06-01")]
    [InlineData("2024-SP", "2024-03-01", "2024-05-31")]
    [InlineData("2022-10", "2022-10-01", "2022-10-31")]
    [InlineData("2024-02-27T10:00:00Z", "2024-02-27", "2024-02-27")]
    public void LowerUpper_WeeksSeasonsAndTimestamps_CoverTheirDays(string value, string first, string last)
    {
        // When / Then
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), TimeWindow.Lower(value));
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), TimeWindow.Upper(value));
    }

    [Theory]
    [InlineData("2027-01-12", "2026-06-12", true)]
    [InlineData("2026-07-20", "2026-06-12", false)]
    [InlineData(null, "2026-06-12", false)]
    [InlineData("2027-01-12", null, false)]
    public void DiscoveredLater_DiscoveryAndIncidentLatestDate_TrueOnlyBeyondTheSlack(string? discovered, string? latest, bool later)
    {
        // When
        var result = TimeWindow.DiscoveredLater(TimeWindow.Lower(discovered), TimeWindow.Upper(latest));

        // Then
        Assert.Equal(later, result);
    }

    [Theory]
    [InlineData("2026-04", "2026-04-02", "2026-04-02")]
    [InlineData("2026-03", "2026-04-02", "2026-03")]
    [InlineData("2026-04-05", "2026-04-02", "2026-04-02")]
    [InlineData(null, "2026", "2026")]
    public void Earliest_ReportedTimes_TheEarliestAsPreciselyAsGiven(string? a, string? b, string expected)
    {
        // When
        var earliest = TimeWindow.Earliest([a, b]);

        // Then
        Assert.Equal(expected, earliest);
    }

    [Theory]
    [InlineData("2026-06", "2026-06-12", "2026-06-12")]
    [InlineData("2026-07", "2026-06-12", "2026-07")]
    public void Latest_ReportedTimes_TheLatestAsPreciselyAsGiven(string a, string b, string expected)
    {
        // When
        var latest = TimeWindow.Latest([a, b]);

        // Then
        Assert.Equal(expected, latest);
    }
}
