using ThreatLedger.Knowledge.Resolution;

namespace ThreatLedger.Knowledge.Tests.Resolution;

public sealed class NameKeysTests
{
    [Theory]
    [InlineData("Korvex Pte Ltd", "Korvex")]
    [InlineData("Vestmark Kraftnett AS", "Vestmark Kraftnett")]
    [InlineData("Halden Freight GmbH", "Halden Freight")]
    [InlineData("Ostmark Rail Company", null)]
    [InlineData("Minera Quebrada Alta Ltda.", "Minera Quebrada Alta")]
    [InlineData("Andes Logística S.A.S.", "Andes Logística")]
    [InlineData("Nusantara Timur Tbk", "Nusantara Timur")]
    [InlineData("Deccan Fintech Pvt Ltd", "Deccan Fintech")]
    [InlineData("Kuala Data Sdn Bhd", "Kuala Data")]
    [InlineData("Ltd", null)]
    public void WithoutLegalForm_CompanyName_DropsTheTrailingLegalForm(string name, string? expected)
    {
        // When
        var shortName = NameKeys.WithoutLegalForm(name);

        // Then
        Assert.Equal(expected, shortName);
    }

    [Theory]
    [InlineData("VKN", "Vestmark Kraftnett AS", true)]
    [InlineData("PRWA", "Puget Ridge Water Authority", true)]
    [InlineData("NWB", "Northfjord Water Board", true)]
    [InlineData("KUH", "Kilmore University Hospital", true)]
    [InlineData("NSM", "Vestmark Kraftnett AS", false)]
    [InlineData("VK", "Vestmark Kraftnett Energi", false)]
    [InlineData("Vkn", "Vestmark Kraftnett", false)]
    [InlineData("KV", "Vestmark Kraftnett", false)]
    public void AcronymFits_AcronymAndName_TrueOnlyWhenItCanAbbreviateTheName(string acronym, string name, bool fits)
    {
        // When
        var result = NameKeys.AcronymFits(acronym, name);

        // Then
        Assert.Equal(fits, result);
    }
}
