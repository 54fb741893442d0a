using ThreatLedger.Knowledge.Resolution;

namespace ThreatLedger.Knowledge.Tests.Resolution;

public sealed class VictimMatchTests
{
    public static TheoryData<string, string[], string?, string, string?, bool> Pairs => new()
    {
        // long name with acronym vs acronym
        { "Northfjord Water Board", ["NWB"], "NO", "NWB", null, true },
        // long name vs its own acronym computed from the words
        { "Computer Emergency Response Team Austria", [], "AT", "CERTA", null, true },
        // descriptions of the same agency in one country
        { "Japanese cybersecurity agency", [], null, "Japan's cyber security centre", null, true },
        // different bodies in one country share only generic words
        { "Japan's National Police Agency", [], null, "Japanese defence agency", null, false },
        // same distinctive word, different countries
        { "French water authority", [], null, "German water authority", null, false },
        // one distinctive word and an unknown country is not enough
        { "Water Board", [], null, "Northfjord Water Board", "NO", false },
        // the same institutional name in two countries: two victims
        { "Ministry of Foreign Affairs", [], "EE", "Ministry of Foreign Affairs", "SI", false },
        // the same name, one country unknown: the name decides
        { "Ministry of Foreign Affairs", [], "EE", "Ministry of Foreign Affairs", null, true },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Explain_Pairs_MatchOnlyTheSameOrganisation(string name, string[] aliases, string? country, string other, string? otherCountry, bool same)
    {
        // Given
        var a = VictimName.Of(name, aliases, country);
        var b = VictimName.Of(other, [], otherCountry);

        // When
        var reason = VictimMatch.Explain(a, b);

        // Then
        Assert.Equal(same, reason is not null);
    }

    [Fact]
    public void Distinctive_Description_DropsCountryAndGenericWords()
    {
        // When
        var (tokens, country) = NameKeys.Distinctive("Japan’s cyber security centre");

        // Then
        Assert.Equal(["cybersecurity"], tokens);
        Assert.Equal("JP", country);
    }
}
