using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Tests.Storage;

public sealed class PageCursorTests
{
    [Fact]
    public void Encode_ThenDecode_RoundTrips()
    {
        // Given
        var cursor = new PageCursor(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1230), 42);

        // When
        var decoded = PageCursor.TryDecode(cursor.Encode(), out var back);

        // Then
        Assert.True(decoded);
        Assert.Equal(cursor, back);
    }

    [Theory]
    [InlineData("")]
    [InlineData("k1.")]
    [InlineData("k1.!!!")]
    [InlineData("k2.MTIzLjQ1")]
    [InlineData("k1.LTEyMy40NQ")]
    public void TryDecode_Forgeries_AreRejected(string token)
    {
        // Given / When
        var decoded = PageCursor.TryDecode(token, out _);

        // Then
        Assert.False(decoded);
    }
}
