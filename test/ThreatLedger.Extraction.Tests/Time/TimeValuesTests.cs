using ThreatLedger.Extraction.Time;

namespace ThreatLedger.Extraction.Tests.Time;

public sealed class TimeValuesTests
{
    [Theory]
    [InlineData("P4M", "2024-02-01")]
    [InlineData("P1Y", "2023-06-01")]
    [InlineData("P2W", "2024-05-18")]
    public void Subtract_DurationBeforeADate_CountedInItsOwnUnit(string duration, string expected)
    {
        // When
        var start = TimeValues.Subtract(new DateOnly(2024, 6, 1), duration);

        // Then
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), start);
    }

    [Fact]
    public void Subtract_NotADuration_Null()
    {
        // When
        var start = TimeValues.Subtract(new DateOnly(2024, 6, 1), "2024-05");

        // Then
        Assert.Null(start);
    }
}
