using ThreatLedger.Knowledge.Resolution;

namespace ThreatLedger.Knowledge.Tests.Resolution;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("Slovenian", "SI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("the Democratic Republic of the Congo", "CD")]
    [InlineData("Kyrgyz", "KG")]
    [InlineData("PRC", "CN")]
    public void Resolve_NameAliasOrDemonymOfAnyState_GivesItsCode(string text, string code)
    {
        // When / Then: the knowledge base reads the same country gazetteer as extraction
        Assert.Equal(code, Countries.Resolve(text));
    }

    [Theory]
    [InlineData("Ljubljana", "SI")]
    [InlineData("the Kremlin", "RU")]
    [InlineData("Downing Street", "GB")]
    public void FindSeatIn_SeatOfGovernment_GivesTheState(string phrase, string code)
    {
        // When / Then
        Assert.Equal(code, Countries.FindSeatIn(phrase));
    }

    [Fact]
    public void FindIn_WordInsideAnotherWord_NoCountry()
    {
        // When / Then: "Oman" inside "woman" and "Chad" inside "Chadwick" are not countries
        Assert.Null(Countries.FindIn("a woman at Chadwick Logistics"));
    }
}
