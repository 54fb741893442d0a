using ThreatLedger.Extraction.Time;

namespace ThreatLedger.Extraction.Tests.Time;

public sealed class MovableHolidaysTests
{
    [Theory]
    [InlineData("ascension day", 2025, "2025-05-29")]
    [InlineData("whitsun", 2025, "2025-06-08")]
    [InlineData("whit monday", 2025, "2025-06-09")]
    [InlineData("corpus christi", 2025, "2025-06-19")]
    [InlineData("thanksgiving", 2024, "2024-11-28")]
    [InlineData("thanksgiving", 2026, "2026-11-26")]
    [InlineData("lunar new year", 2024, "2024-02-10")]
    [InlineData("eid al-fitr", 2024, "2024-04-10")]
    [InlineData("eid al-adha", 2025, "2025-06-06")]
    [InlineData("diwali", 2023, "2023-11-12")]
    public void On_KnownHolidayAndYear_ItsDate(string holiday, int year, string expected)
    {
        // Given / When
        var date = MovableHolidays.On(holiday, year);

        // Then
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void On_YearOutsideTheLunarTable_Null()
    {
        // Given / When
        var date = MovableHolidays.On("lunar new year", 2050);

        // Then
        Assert.Null(date);
    }

    [Fact]
    public void LatestOnOrBefore_BareEid_TheLaterFeastAlreadyPassed()
    {
        // Given an article of 1 July 2025, after Eid al-Fitr (30 March) and Eid al-Adha (6 June)
        var published = new DateOnly(2025, 7, 1);

        // When
        var date = MovableHolidays.LatestOnOrBefore("eid", published);

        // Then
        Assert.Equal(new DateOnly(2025, 6, 6), date);
    }

    [Fact]
    public void LatestOnOrBefore_HolidayStillToCome_LastYears()
    {
        // Given an article of 10 January 2026, before Lunar New Year 2026 (17 February)
        var published = new DateOnly(2026, 1, 10);

        // When
        var date = MovableHolidays.LatestOnOrBefore("lunar new year", published);

        // Then
        Assert.Equal(new DateOnly(2025, 1, 29), date);
    }
}
