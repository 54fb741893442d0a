using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Tests.Objects;

public sealed class TlpMarkingsTests
{
    // STIX 2.1 section 7.2.1.4: the predefined TLP marking-definitions.
    [Fact]
    public void White_Serialized_MatchesPredefinedObject()
    {
        // Given / When
        var json = StixJson.Serialize(TlpMarkings.White);

        // Then
        Assert.Equal(
            "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9\",\"created\":\"2017-01-20T00:00:00.000Z\",\"name\":\"TLP:WHITE\",\"definition_type\":\"tlp\",\"definition\":{\"tlp\":\"white\"}}",
            json);
    }

    [Fact]
    public void AmberStrictV2_Serialized_UsesTlp2Extension()
    {
        // Given / When
        var json = StixJson.Serialize(TlpMarkings.AmberStrictV2);

        // Then
        Assert.Equal(
            "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003\",\"created\":\"2022-10-01T00:00:00.000Z\",\"name\":\"TLP:AMBER+STRICT\",\"extensions\":{\"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d\":{\"extension_type\":\"property-extension\",\"tlp_2_0\":\"amber+strict\"}}}",
            json);
    }

    [Fact]
    public void LevelOf_KnownAndUnknown_ReturnsLevelOrNull()
    {
        // Given / When / Then
        Assert.Equal("red", TlpMarkings.LevelOf(TlpMarkings.RedId));
        Assert.Equal("clear", TlpMarkings.LevelOf(TlpMarkings.ClearV2Id));
        Assert.Null(TlpMarkings.LevelOf(StixId.Parse("marking-definition--00000000-0000-4000-8000-000000000000")));
    }
}
