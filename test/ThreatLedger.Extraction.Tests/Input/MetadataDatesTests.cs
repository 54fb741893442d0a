using System.Globalization;
using ThreatLedger.Extraction.Input;

namespace ThreatLedger.Extraction.Tests.Input;

public sealed class MetadataDatesTests
{
    [Theory]
    [InlineData("2024-05-06", "2024-05-06")]
    [InlineData("2024-05-06T02:00:00+09:00", "2024-05-06")] // the outlet's own day, not converted to UTC
    [InlineData("Tue, 14 Jan 2025 08:00:00 GMT", "2025-01-14")]
    [InlineData("May 6, 2024", "2024-05-06")]
    [InlineData("06 May 2024 10:00 UTC", "2024-05-06")]
    [InlineData("May 6, 2024 9:30 ET", "2024-05-06")]
    public void TryParse_MetadataForms_TheDay(string value, string expected)
    {
        // When
        var parsed = MetadataDates.TryParse(value, out var date);

        // Then
        Assert.True(parsed);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("not a date at all")]
    [InlineData("")]
    public void TryParse_NotADate_False(string value)
    {
        // When / Then
        Assert.False(MetadataDates.TryParse(value, out _));
    }
}
