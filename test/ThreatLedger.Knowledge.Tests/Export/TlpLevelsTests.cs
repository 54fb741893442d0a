using ThreatLedger.Knowledge.Export;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Knowledge.Tests.Export;

public sealed class TlpLevelsTests
{
    [Theory]
    [InlineData("TLP:CLEAR", 0)]
    [InlineData("white", 0)]
    [InlineData("TLP:GREEN", 1)]
    [InlineData("tlp:amber", 2)]
    [InlineData("AMBER+STRICT", 3)]
    [InlineData(" TLP:RED ", 4)]
    public void Level_TlpNames_RankFromClearToRed(string name, int expected)
    {
        // Given, When
        var level = TlpLevels.Level(name);

        // Then
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("TLP:PURPLE")]
    [InlineData("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9")]
    [InlineData("")]
    public void Level_NotATlpName_IsNull(string name)
    {
        // Given, When
        var level = TlpLevels.Level(name);

        // Then
        Assert.Null(level);
    }

    [Fact]
    public void Above_Green_BothVersionsOfAmberAmberStrictAndRed()
    {
        // Given
        var green = TlpLevels.Level("TLP:GREEN")!.Value;

        // When
        var above = TlpLevels.Above(green);

        // Then
        string[] expected = [TlpMarkings.AmberId.ToString(), TlpMarkings.AmberV2Id.ToString(), TlpMarkings.AmberStrictV2Id.ToString(), TlpMarkings.RedId.ToString(), TlpMarkings.RedV2Id.ToString()];
        Assert.Equal(expected.Order(StringComparer.Ordinal), above);
        Assert.Equal(4, TlpLevels.LevelOf(TlpMarkings.RedV2Id.ToString()));
        Assert.Null(TlpLevels.LevelOf("marking-definition--00000000-0000-4000-8000-000000000000"));
    }
}
