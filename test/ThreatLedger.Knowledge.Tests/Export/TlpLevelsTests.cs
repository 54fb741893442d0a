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

    [Theory]
    [InlineData("TLP:AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421")]
    [InlineData("tlp:clear", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487")]
    [InlineData("TLP:WHITE", "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9")]
    [InlineData("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed")]
    [InlineData("TLP:PURPLE", null)]
    [InlineData("marking-definition--00000000-0000-4000-8000-000000000000", null)]
    public void Marking_NameOrId_TheTlp2MarkingOfANameWhiteAsTlp1AndPredefinedIdsAsGiven(string text, string? expected)
    {
        // Given, When
        var marking = TlpLevels.Marking(text);

        // Then
        Assert.Equal(expected, marking?.ToString());
    }
}
