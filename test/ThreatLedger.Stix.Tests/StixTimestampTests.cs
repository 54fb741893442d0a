namespace ThreatLedger.Stix.Tests;

public sealed class StixTimestampTests
{
    [Theory]
    [InlineData("2016-05-12T08:17:27Z", 0)]
    [InlineData("2016-05-12T08:17:27.000Z", 3)]
    [InlineData("2016-05-12T08:17:27.1Z", 1)]
    [InlineData("2016-05-12T08:17:27.123456789Z", 9)]
    public void Parse_Valid_KeepsTextAndPrecision(string text, int digits)
    {
        // Given / When
        var ts = StixTimestamp.Parse(text);

        // Then
        Assert.Equal(text, ts.ToString());
        Assert.Equal(digits, ts.FractionalDigits);
    }

    [Theory]
    [InlineData("2016-05-12T08:17:27+00:00")]
    [InlineData("2016-05-12 08:17:27Z")]
    [InlineData("2016-05-12T08:17:27.Z")]
    [InlineData("2016-02-30T08:17:27Z")]
    [InlineData("2016-05-12T25:17:27Z")]
    [InlineData("2016-05-12")]
    public void TryParse_NotStix_ReturnsFalse(string text)
    {
        // Given / When / Then
        Assert.False(StixTimestamp.TryParse(text, out _));
    }

    [Fact]
    public void Compare_DifferentPrecisionSameInstant_Equal()
    {
        // Given
        var a = StixTimestamp.Parse("2016-05-12T08:17:27Z");
        var b = StixTimestamp.Parse("2016-05-12T08:17:27.000Z");

        // When / Then
        Assert.Equal(a, b);
        Assert.Equal(0, a.CompareTo(b));
        Assert.NotEqual(a.ToString(), b.ToString());
    }

    [Fact]
    public void Compare_SubTickDigits_Ordered()
    {
        // Given
        var a = StixTimestamp.Parse("2016-05-12T08:17:27.123456781Z");
        var b = StixTimestamp.Parse("2016-05-12T08:17:27.123456789Z");

        // When / Then
        Assert.True(a < b);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void FromDateTimeOffset_Milliseconds_TruncatesAndFormats()
    {
        // Given
        var value = new DateTimeOffset(2024, 3, 1, 10, 20, 30, 456, TimeSpan.FromHours(9)).AddTicks(7890);

        // When
        var ts = StixTimestamp.FromDateTimeOffset(value);

        // Then
        Assert.Equal("2024-03-01T01:20:30.456Z", ts.ToString());
    }

    [Fact]
    public void Check_OffsetInsteadOfZ_ExplainsUtcRule()
    {
        // Given / When
        var reason = StixTimestamp.Check("2016-05-12T08:17:27+09:00");

        // Then
        Assert.Equal("must be in UTC and end with 'Z' (RFC 3339, e.g. 2016-05-12T08:17:27.000Z)", reason);
    }
}
