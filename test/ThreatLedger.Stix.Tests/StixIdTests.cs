namespace ThreatLedger.Stix.Tests;

public sealed class StixIdTests
{
    [Fact]
    public void Parse_ValidId_ExposesTypeAndGuid()
    {
        // Given
        const string text = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

        // When
        var id = StixId.Parse(text);

        // Then
        Assert.Equal("indicator", id.Type);
        Assert.Equal(Guid.Parse("8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"), id.Guid);
        Assert.Equal(4, id.UuidVersion);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator--8g2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f")]
    [InlineData("ab--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        // Given / When
        var ok = StixId.TryParse(text, out var id);

        // Then
        Assert.False(ok);
        Assert.True(id.IsEmpty);
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionNamingValue()
    {
        // Given / When
        var ex = Assert.Throws<FormatException>(() => StixId.Parse("nope"));

        // Then
        Assert.Equal("'nope' is not a STIX identifier (expected 'object-type--' followed by a UUID).", ex.Message);
    }

    [Fact]
    public void Equality_SameText_EqualAndSameHash()
    {
        // Given
        var a = StixId.Parse("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b");
        var b = StixId.Parse("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b");
        var c = StixId.Parse("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891c");

        // When / Then
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.True(a != c);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a < c);
    }
}
