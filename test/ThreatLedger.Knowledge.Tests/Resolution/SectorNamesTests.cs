using ThreatLedger.Knowledge.Resolution;

namespace ThreatLedger.Knowledge.Tests.Resolution;

public sealed class SectorNamesTests
{
    [Theory]
    [InlineData("government-national", "national government sector")]
    [InlineData("healthcare", "healthcare sector")]
    [InlineData("financial-services", "financial services sector")]
    [InlineData("infrastructure-water", "water sector")]
    public void Label_IndustrySectorValue_ReadsAsPeopleNameIt(string sector, string expected)
    {
        // When
        var label = SectorNames.Label(sector);

        // Then
        Assert.Equal(expected, label);
    }

    [Fact]
    public void Explain_TwoSectorsInOneCountry_AreTwoVictims()
    {
        // Given: "sector" is a generic word, so only the sectors' own words can match
        var government = VictimName.Of(SectorNames.Label("government-national"), [], "SI");
        var health = VictimName.Of(SectorNames.Label("healthcare"), [], "SI");

        // When
        var why = VictimMatch.Explain(government, health);

        // Then
        Assert.Null(why);
        Assert.NotNull(VictimMatch.Explain(government, VictimName.Of(SectorNames.Label("government-national"), ["Slovenian ministries"], "SI")));
    }
}
