using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Tests.Markings;

public sealed class ObjectFactsTests
{
    [Fact]
    public void Read_Relationship_CollectsMarkingsAndReferencesButNotMarkingRefs()
    {
        // Given
        var json = """
            {"type":"relationship","id":"relationship--00000000-0000-4000-8000-000000000001","source_ref":"indicator--00000000-0000-4000-8000-000000000002",
             "target_ref":"malware--00000000-0000-4000-8000-000000000003","object_marking_refs":["GREEN"],
             "granular_markings":[{"marking_ref":"RED1","selectors":["description"]}],
             "extensions":{"x":{"nested_refs":["identity--00000000-0000-4000-8000-000000000004"]}}}
            """.Replace("GREEN", TlpMarkings.Tlp2Green, StringComparison.Ordinal).Replace("RED1", TlpMarkings.Tlp1Red, StringComparison.Ordinal);

        // When
        var facts = ObjectFacts.Read(json);

        // Then
        Assert.Equal("relationship", facts.Type);
        Assert.Equal([TlpMarkings.Tlp2Green, TlpMarkings.Tlp1Red], facts.MarkingRefs);
        Assert.Equal(["indicator--00000000-0000-4000-8000-000000000002", "malware--00000000-0000-4000-8000-000000000003", "identity--00000000-0000-4000-8000-000000000004"], facts.References);
    }

    [Theory]
    [InlineData("""{"type":"marking-definition","definition_type":"tlp","definition":{"tlp":"amber"}}""", TlpLevel.Amber)]
    [InlineData("""{"type":"marking-definition","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"amber+strict"}}}""", TlpLevel.AmberStrict)]
    [InlineData("""{"type":"marking-definition","definition_type":"tlp","definition":{"tlp":"white"}}""", TlpLevel.Clear)]
    public void Read_TlpMarkingDefinition_KnowsTheLevelItDefines(string json, TlpLevel expected)
    {
        // Given / When
        var facts = ObjectFacts.Read(json);

        // Then
        Assert.Equal(expected, facts.DefinedLevel);
    }

    [Fact]
    public void Read_StatementMarking_DefinesNoLevel()
    {
        // Given / When
        var facts = ObjectFacts.Read("""{"type":"marking-definition","definition_type":"statement","definition":{"statement":"Copyright"}}""");

        // Then
        Assert.Null(facts.DefinedLevel);
    }

    [Theory]
    [InlineData("TLP:RED", TlpLevel.Red)]
    [InlineData("amber+strict", TlpLevel.AmberStrict)]
    [InlineData("White", TlpLevel.Clear)]
    public void TryParseName_KnownNames_ParseToLevels(string name, TlpLevel expected)
    {
        // Given / When
        var parsed = TlpMarkings.TryParseName(name, out var level);

        // Then
        Assert.True(parsed);
        Assert.Equal(expected, level);
    }

    [Fact]
    public void PredefinedAbove_Green_ListsAmberStrictAndRedOfBothVersions()
    {
        // Given / When
        var above = TlpMarkings.PredefinedAbove(TlpLevel.Green);

        // Then
        Assert.Equal(new[] { TlpMarkings.Tlp1Amber, TlpMarkings.Tlp1Red, TlpMarkings.Tlp2Amber, TlpMarkings.Tlp2AmberStrict, TlpMarkings.Tlp2Red }.Order(StringComparer.Ordinal), above);
    }
}
