using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Sources;

namespace ThreatLedger.Knowledge.Tests.Sources;

public sealed class OriginKeysTests
{
    [Theory]
    [InlineData("Security firm Mandiant", SourceKinds.Vendor, "vendor:securityfirmmandiant")]
    [InlineData("Mandiant", SourceKinds.Vendor, "vendor:mandiant")]
    [InlineData("CISA officials", SourceKinds.Government, "government:cisaofficials")]
    [InlineData("The Estonian government", SourceKinds.Government, "government:EE")]
    [InlineData("Initial research", SourceKinds.Researchers, "outlet:harbourtimes")]
    [InlineData("Researchers", SourceKinds.Researchers, "outlet:harbourtimes")]
    [InlineData("Two officials", SourceKinds.Government, "outlet:harbourtimes")]
    public void Of_NamedPartyOrDescription_OwnKeyOnlyForANamedParty(string name, string kind, string expected)
    {
        // When
        var (key, relayed) = OriginKeys.Of(new ClaimSource { Name = name, Kind = kind }, "Harbour Times", null, "d1");

        // Then
        Assert.Equal(expected, key);
        Assert.False(relayed);
    }

    [Fact]
    public void Of_DescriptionThatIsARecognisedEntity_IsItsOwnSource()
    {
        // When
        var (key, _) = OriginKeys.Of(new ClaimSource { Name = "Kestrel researchers", Kind = SourceKinds.Researchers, EntityId = "e4" }, "Harbour Times", null, "d1");

        // Then
        Assert.Equal("researchers:kestrelresearchers", key);
    }

    [Theory]
    [InlineData("researchers at Kestrel Labs")]
    [InlineData("Kestrel Labs")]
    [InlineData("Kestrel Labs analysts")]
    public void Of_SourceResolvedToAnEntity_KeyedByTheEntityHoweverWorded(string name)
    {
        // When
        var (key, _) = OriginKeys.Of(new ClaimSource { Name = name, Kind = SourceKinds.Vendor, EntityId = "e2" }, "Harbour Times", null, "d1", sourceEntityName: "Kestrel Labs");

        // Then
        Assert.Equal("vendor:kestrellabs", key);
    }

    [Theory]
    [InlineData("Moscow", "accused:RU")]
    [InlineData("the Kremlin", "accused:RU")]
    [InlineData("The Russian embassy", "accused:RU")]
    [InlineData("Beijing's foreign ministry", "accused:CN")]
    public void Of_AccusedStateBySeatOfGovernment_IsTheStateItself(string name, string expected)
    {
        // When
        var (key, _) = OriginKeys.Of(new ClaimSource { Name = name, Kind = SourceKinds.Accused }, "Baltic Wire", null, "d1");

        // Then
        Assert.Equal(expected, key);
    }

    [Fact]
    public void Of_OutletNamedAfterACapital_NotTakenForTheState()
    {
        // When
        var (key, _) = OriginKeys.Of(new ClaimSource { Name = "The Washington Ledger", Kind = SourceKinds.Media }, "The Washington Ledger", null, "d1");

        // Then
        Assert.Equal("outlet:washingtonledger", key);
    }

    [Theory]
    [InlineData("The Qilin ransomware gang")]
    [InlineData("The Qilin ransomware group")]
    [InlineData("Qilin")]
    public void Of_NamedGroupSpeakingForItself_IsTheResolvedActorHoweverWorded(string name)
    {
        // When: the claim's accused resolved to actor 7 in the store
        var (key, relayed) = OriginKeys.Of(new ClaimSource { Name = name, Kind = SourceKinds.Accused }, "Harbour Times", null, "d1", "actor:7");

        // Then
        Assert.Equal("accused:actor:7", key);
        Assert.False(relayed);
    }

    [Fact]
    public void Of_CitedViaTheArticlesOwnOutlet_FirstHand()
    {
        // When: "two officials told the Harbour Times" in the Harbour Times
        var (key, relayed) = OriginKeys.Of(new ClaimSource { Name = "two officials", Kind = SourceKinds.AnonymousOfficials, Count = 2, CitedVia = "The Harbour Times" },
            "Harbour Times", null, "d1");

        // Then
        Assert.Equal("outlet:harbourtimes", key);
        Assert.False(relayed);
    }

    [Theory]
    [InlineData("Israel's National Cyber Directorate", null)]
    [InlineData("Israel", null)]
    [InlineData("The Directorate", "IL")]
    public void Of_GovernmentBodiesOfOneState_OneSource(string name, string? entityCountry)
    {
        // When: the body's country comes from its name, or from the recognised entity
        var (key, _) = OriginKeys.Of(new ClaimSource { Name = name, Kind = SourceKinds.Government, EntityId = entityCountry is null ? null : "e2" },
            "Harbour Times", null, "d1", sourceCountry: entityCountry);

        // Then
        Assert.Equal("government:IL", key);
    }
}
