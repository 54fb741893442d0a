using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Tests.Entities;

public sealed class EntityRecognizerTests
{
    private static EntityAnalysis Recognize(string text, Lexicon? lexicon = null) => new EntityRecognizer(lexicon).Recognize(text);

    [Fact]
    public void Recognize_AcronymDefinition_LinksLaterUsesToLongForm()
    {
        // Given
        const string text = "Norway's National Agency for Digital Resilience (NADR) said it was hit. Later, NADR restored service.";

        // When
        var analysis = Recognize(text);

        // Then
        var agency = Assert.Single(analysis.Entities, e => e.Aliases.Contains("NADR"));
        Assert.Equal("National Agency for Digital Resilience", agency.Name);
        Assert.Equal(EntityKinds.GovernmentBody, agency.Kind);
        Assert.Equal("NO", agency.Attributes["country"]);
        Assert.Equal(3, agency.Mentions.Count);
    }

    [Fact]
    public void Recognize_ActorAnaphor_ResolvesWithinItsParagraphOnly()
    {
        // Given: "the hackers" after a paragraph break belongs to another story than LockBit's.
        const string text = "Researchers blamed the LockBit group for the port outage. The hackers demanded a ransom.\n"
            + "Separately, the ministry said the hackers had exaggerated what they took.";

        // When
        var analysis = Recognize(text);

        // Then
        var lockBit = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Name == "LockBit");
        var first = text.IndexOf("The hackers", StringComparison.Ordinal);
        var second = text.IndexOf("the hackers", first + 1, StringComparison.Ordinal);
        Assert.Contains(lockBit.Mentions, m => m.Start == first);
        Assert.DoesNotContain(analysis.Mentions, m => m.Start == second);
    }

    [Fact]
    public void Recognize_CompanyShortName_LinksToFullName()
    {
        // Given
        const string text = "Velantis Semiconductor disclosed a breach on Friday. Velantis said the attackers stole design files.";

        // When
        var analysis = Recognize(text);

        // Then
        var company = Assert.Single(analysis.Entities, e => e.Name == "Velantis Semiconductor");
        Assert.Equal(EntityKinds.Organization, company.Kind);
        Assert.Contains("Velantis", company.Aliases);
        Assert.Equal(2, company.Mentions.Count);
    }

    [Fact]
    public void Recognize_ActorLinkedToCountry_DescriptiveActorWithCountry()
    {
        // Given
        const string text = "Investigators said hackers backed by the Chinese government and a crew tied to Iran were both active.";

        // When
        var analysis = Recognize(text);

        // Then
        var chinese = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Attributes.GetValueOrDefault("country") == "CN");
        Assert.Equal("state-sponsored", chinese.Attributes["actor_type"]);
        Assert.Equal("hackers backed by the Chinese government", chinese.Name);
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Name == "crew tied to Iran" && e.Attributes["country"] == "IR");
    }

    [Theory]
    [InlineData("Analysts tied the campaign to Granite Typhoon last year.", "Granite Typhoon", "CN", "state-sponsored")]
    [InlineData("The firm blamed Cobalt Kitten for the lure.", "Cobalt Kitten", "IR", "state-sponsored")]
    [InlineData("Investigators named Brass Tempest as the intruder.", "Brass Tempest", null, "criminal")]
    [InlineData("The report attributes it to UNC4841 with moderate confidence.", "UNC4841", null, null)]
    [InlineData("Researchers blamed FIN11 for the extortion.", "FIN11", null, "criminal")]
    [InlineData("The agency said DEV-1234 used the flaw.", "DEV-1234", null, null)]
    public void Recognize_VendorNamingScheme_ThreatActorWithImpliedCountry(string text, string name, string? country, string? actorType)
    {
        // Given / When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal(name, actor.Name);
        Assert.Equal(country, actor.Attributes.GetValueOrDefault("country"));
        Assert.Equal(actorType, actor.Attributes.GetValueOrDefault("actor_type"));
    }

    [Fact]
    public void Recognize_CodeNameWithDescriptiveAppositive_NamedActorTakesCountry()
    {
        // Given
        const string text = "Volexity attributed the activity to UTA0178, a suspected Chinese nation-state threat actor.";

        // When
        var analysis = Recognize(text);

        // Then
        var named = Assert.Single(analysis.Entities, e => e.Name == "UTA0178");
        Assert.Equal(EntityKinds.ThreatActor, named.Kind);
        Assert.Equal("CN", named.Attributes["country"]);
        Assert.Equal("state-sponsored", named.Attributes["actor_type"]);
    }

    [Theory]
    [InlineData("Intruders stole data from Basel-based drugmaker Rauland Pharma.", "Rauland Pharma", "CH")]
    [InlineData("Intruders stole data from Korvane Labs, a Tel Aviv-based startup.", "Korvane Labs", "IL")]
    [InlineData("Intruders stole data from Rio de Janeiro-based lender Banco Itaquera.", "Banco Itaquera", "BR")]
    public void Recognize_CityBasedDescriptor_OrganisationTakesTheCitysCountry(string text, string name, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var organisation = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(country, organisation.Attributes.GetValueOrDefault("country"));
    }

    [Fact]
    public void Recognize_CityAlone_IsNoCountry()
    {
        // Given: a city that is not a capital stands for no state ("Munich police", unlike "Moscow denied").
        const string text = "Munich police said the suspects were arrested in Shanghai.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKinds.Country);
    }

    [Theory]
    [InlineData("Intruders stole data from Swiss drugmaker Rauland Pharma.", "Rauland Pharma", "CH")]
    [InlineData("Intruders stole data from the Maritime Safety Board, Estonia's shipping regulator.", "Maritime Safety Board", "EE")]
    [InlineData("Intruders stole data from Velmar Foods, Norway's largest grocer.", "Velmar Foods", "NO")]
    [InlineData("Ransomware hit Kaskinen Vilja, one of Finland's largest grain exporters, on Sunday.", "Kaskinen Vilja", "FI")]
    [InlineData("Ransomware hit Finnish grain exporter Kaskinen Vilja on Sunday.", "Kaskinen Vilja", "FI")]
    public void Recognize_CountryOfTheDescriptor_IsTheOrganisationsCountry(string text, string name, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var organisation = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(country, organisation.Attributes.GetValueOrDefault("country"));
    }

    [Theory]
    [InlineData("The ministry said GRU Unit 26165 carried out the operation.", "APT28")]
    [InlineData("Prosecutors said officers of Unit 74455 deployed the wiper.", "Sandworm")]
    [InlineData("The indictment names five officers of PLA Unit 61398.", "APT1")]
    public void Recognize_MilitaryUnitNumber_TheGroupItIsKnownAs(string text, string group)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal(group, actor.Name);
        Assert.NotNull(actor.Attributes.GetValueOrDefault("country"));
    }

    [Theory]
    [InlineData("According to the Harbour Ledger, the hackers, known as APT41, stayed in the network for months.", "Harbour Ledger")]
    [InlineData("As reported by Nordic Wire, the attackers, a group tracked as APT29, used stolen tokens.", "Nordic Wire")]
    public void Recognize_CitedOutletBeforeActorAppositive_NotAnActor(string text, string outlet)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Name == outlet && e.Kind == EntityKinds.ThreatActor);
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Name.StartsWith("APT", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_TitledPeople_PersonsWithTitle()
    {
        // Given
        const string text = "\"We are sorry,\" chief executive Jane Holt told reporters, while Home Affairs Minister Clare Hale blamed the firm.";

        // When
        var analysis = Recognize(text);

        // Then
        var people = analysis.Entities.Where(e => e.Kind == EntityKinds.Person).ToList();
        Assert.Equal(["Jane Holt", "Clare Hale"], people.Select(p => p.Name));
        Assert.Equal("minister", people[1].Attributes["title"]);
    }

    [Fact]
    public void Recognize_NamesGivenInTheText_MalwareAndActorWithLaterUses()
    {
        // Given
        const string text = "Kestrel Labs researchers found a loader, which we call Sandfly, and a backdoor dubbed Quartzite Gate. "
            + "A cluster tracked as Ember Falcon deployed Quartzite Gate and Sandfly against two ministries.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Equal(EntityKinds.Vendor, Assert.Single(analysis.Entities, e => e.Name == "Kestrel Labs").Kind);
        var sandfly = Assert.Single(analysis.Entities, e => e.Name == "Sandfly");
        Assert.Equal(EntityKinds.Malware, sandfly.Kind);
        Assert.Equal(2, sandfly.Mentions.Count);
        Assert.Equal(2, Assert.Single(analysis.Entities, e => e.Name == "Quartzite Gate" && e.Kind == EntityKinds.Malware).Mentions.Count);
        Assert.Equal(EntityKinds.ThreatActor, Assert.Single(analysis.Entities, e => e.Name == "Ember Falcon").Kind);
    }

    [Fact]
    public void AlignLongForm_SkippedWords_AlignsLikeSchwartzHearst()
    {
        // Given / When
        var offset = AcronymProbe("NISC", "Japan's National Center of Incident Readiness and Strategy for Cybersecurity");

        // Then
        Assert.Equal("Japan's ".Length, offset);
    }

    [Theory]
    [InlineData("The Zorbax ransomware gang leaked the files.", "Zorbax", "ransomware")]
    [InlineData("The emails delivered the Quillfire information stealer.", "Quillfire", "spyware")]
    [InlineData("The attackers installed a Pennant backdoor on two servers.", "Pennant", "backdoor")]
    public void Recognize_UnknownNameBeforeMalwareNoun_MalwareFamily(string text, string name, string malwareType)
    {
        // When
        var result = Recognize(text);

        // Then
        var malware = Assert.Single(result.Entities, e => e.Kind == EntityKinds.Malware);
        Assert.Equal(name, malware.Name);
        Assert.Equal(malwareType, malware.Attributes["malware_type"]);
    }

    [Theory]
    [InlineData("Researchers found new Android malware in the store.")]
    [InlineData("The group used Russian malware against the ministry.")]
    [InlineData("A Linux backdoor was found on the server.")]
    public void Recognize_PlatformOrStateBeforeMalwareNoun_NoFamily(string text)
    {
        // When
        var result = Recognize(text);

        // Then
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKinds.Malware);
    }

    [Fact]
    public void Recognize_GangNamedAfterUnknownRansomware_ActorUsingIt()
    {
        // When
        var result = Recognize("The Zorbax ransomware gang claimed the attack on the council.");

        // Then
        var actor = Assert.Single(result.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("Zorbax", actor.Name);
        Assert.Equal("criminal", actor.Attributes["actor_type"]);
    }

    [Theory]
    [InlineData("The loader, which it calls Harrowgate, beaconed every hour.", "Harrowgate", EntityKinds.Malware)]
    [InlineData("The firm linked the emails to a financially motivated group it tracks as Copper Gull.", "Copper Gull", EntityKinds.ThreatActor)]
    public void Recognize_NameTheVendorGives_EntityOfTheNamedKind(string text, string name, string kind)
    {
        // When
        var result = Recognize(text);

        // Then
        Assert.Contains(result.Entities, e => e.Kind == kind && e.Name == name);
    }

    [Fact]
    public void Recognize_SecurityFirmAfterResearchersAt_VendorButNotSocialSecurity()
    {
        // When
        var result = Recognize("Researchers at Ostrava Security said the database held Social Security numbers of 38,000 people.");

        // Then
        Assert.Contains(result.Entities, e => e.Kind == EntityKinds.Vendor && e.Name == "Ostrava Security");
        Assert.DoesNotContain(result.Entities, e => e.Name == "Social Security");
    }

    private static int AcronymProbe(string acronym, string candidate)
    {
        var method = typeof(EntityRecognizer).GetNestedType("Run", System.Reflection.BindingFlags.NonPublic)!
            .GetMethod("AlignLongForm", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return (int)method.Invoke(null, [acronym, candidate])!;
    }

    [Theory]
    [InlineData("Officials blamed a China-linked group for the breach.", "CN", null)]
    [InlineData("The attack was carried out by Russian criminals, police said.", "RU", "criminal")]
    [InlineData("A North Korean state-backed hacking group stole the funds.", "KP", "state-sponsored")]
    [InlineData("Iranian military hackers targeted the water utility.", "IR", "state-sponsored")]
    public void Recognize_DescriptiveActorPhrase_ThreatActorWithCountryAndType(string text, string country, string? actorType)
    {
        // Given / When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal(country, actor.Attributes["country"]);
        Assert.Equal(actorType, actor.Attributes.GetValueOrDefault("actor_type"));
    }

    [Fact]
    public void Recognize_CapitalAsMetonym_IsCountryMention()
    {
        // Given / When
        var analysis = Recognize("Beijing denied the accusation, while Moscow stayed silent.");

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Country && e.Name == "China");
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Country && e.Name == "Russia");
    }

    [Fact]
    public void Recognize_NamedGangWithMalware_ActorAndMalware()
    {
        // Given / When
        var analysis = Recognize("The Akira ransomware gang listed the firm on its leak site. Play is a common word.");

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Malware && e.Name == "Akira");
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Name == "Akira" && e.Attributes["actor_type"] == "criminal");
        Assert.DoesNotContain(analysis.Entities, e => e.Name == "Play");
    }

    [Fact]
    public void Recognize_DefiniteDescription_ResolvesToSalientAgency()
    {
        // Given
        const string text = "The Federal Bureau of Investigation (FBI) opened a case. The Treasury Department was informed. The agency said the FBI would lead.";

        // When
        var analysis = Recognize(text);

        // Then
        var agencyMention = analysis.Mentions.Single(m => m.How == MentionKind.Coreference);
        Assert.Equal("Federal Bureau of Investigation", analysis[agencyMention.EntityId].Name);
    }

    [Fact]
    public void Recognize_GovernmentDescription_MergesForeignMinistryForms()
    {
        // Given / When
        var analysis = Recognize("The Chinese foreign ministry rejected the claim. China's foreign ministry later repeated it.");

        // Then
        var ministry = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.GovernmentBody);
        Assert.Equal(2, ministry.Mentions.Count);
        Assert.Equal("CN", ministry.Attributes["country"]);
    }

    [Theory]
    [InlineData("Slovenia's foreign ministry said hackers read diplomats' email.", "SI")]
    [InlineData("The Ghanaian interior ministry said its website was defaced.", "GH")]
    [InlineData("Uruguay's defence ministry confirmed the breach.", "UY")]
    public void Recognize_GovernmentDescriptionOfAnySovereignState_BoundToThatCountry(string text, string code)
    {
        // Given / When: the gazetteer covers every UN member state, not only the usual cyber newsmakers
        var analysis = Recognize(text);

        // Then
        var body = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.GovernmentBody);
        Assert.Equal(code, body.Attributes["country"]);
    }

    [Theory]
    [InlineData("The Latvian government said hackers had read mail at the Ministry of Foreign Affairs for months.", "LV")]
    [InlineData("Chile's cyber agency said the Ministry of Foreign Affairs was breached. Russian hackers were blamed.", "CL")]
    public void Recognize_MinistryByGenericTitle_TakesTheCountryNamedBeforeItInItsParagraph(string text, string code)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var ministry = Assert.Single(analysis.Entities, e => e.Name == "Ministry of Foreign Affairs");
        Assert.Equal(code, ministry.Attributes["country"]);
    }

    [Fact]
    public void Recognize_MinistryByGenericTitleAfterOnlyAnActorsCountry_GetsNoCountry()
    {
        // When: "Russian" describes the hackers, not the ministry
        var analysis = Recognize("Russian hackers breached the Ministry of Foreign Affairs, officials said.");

        // Then
        var ministry = Assert.Single(analysis.Entities, e => e.Name == "Ministry of Foreign Affairs");
        Assert.False(ministry.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Load_UserLexicon_ExtendsGazetteers()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("tl-lexicon-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "actors.tsv"), "# my actors\nthreat-actor\tPurple Lynx\tPL-7|Lynx Team\tcountry=KP;actor_type=state-sponsored\n");

            // When
            var lexicon = Lexicon.Load(folder);
            var analysis = Recognize("Analysts tied the intrusion to Lynx Team.", lexicon);

            // Then
            var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
            Assert.Equal("Purple Lynx", actor.Name);
            Assert.Equal("KP", actor.Attributes["country"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_UserPlacesLine_PlacesOrganisationsInThatCountry()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("tl-places-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "places.tsv"), "places\tNZ\t\tcities=Kaikōura|Ōamaru\n");

            // When
            var lexicon = Lexicon.Load(folder);
            var analysis = Recognize("Hackers stole data from Harbourside Fisheries, an Ōamaru-based exporter.", lexicon);

            // Then the place names no entity of its own and places the exporter
            var exporter = Assert.Single(analysis.Entities, e => e.Name == "Harbourside Fisheries");
            Assert.Equal("NZ", exporter.Attributes.GetValueOrDefault("country"));
            Assert.DoesNotContain(analysis.Entities, e => e.Name.Contains("Ōamaru", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_PlacesOfAnUnknownCountry_ClearError()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("tl-places-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "places.tsv"), "places\tZZ\t\tcities=Nowhere\n");

            // When
            var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder));

            // Then the message names the file, the line and the unknown country
            Assert.Contains("places.tsv:1", error.Message, StringComparison.Ordinal);
            Assert.Contains("'ZZ'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Parse_MalformedLine_NamesFileAndLine()
    {
        // Given / When
        var error = Assert.Throws<LexiconException>(() => Lexicon.Parse("malware\tX\t\tnot-a-pair\n", "bad.tsv"));

        // Then
        Assert.StartsWith("bad.tsv:1:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Brightwater Mutual, a regional insurer in Ohio, said hackers stole policy data.", "Brightwater Mutual", EntityKinds.Organization)]
    [InlineData("Fjordline Kraft, which operates hydropower plants in Norway, said the attack failed.", "Fjordline Kraft", EntityKinds.Organization)]
    [InlineData("Investigators at Kessler Werke AG found malware on two servers.", "Kessler Werke AG", EntityKinds.Organization)]
    [InlineData("Norrvik, a cybersecurity firm in Oslo, said the loader was new.", "Norrvik", EntityKinds.Vendor)]
    public void Recognize_NameWithDescriptionOrLegalSuffix_Organization(string text, string name, string kind)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var entity = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(kind, entity.Kind);
    }

    [Fact]
    public void Recognize_PersonWithRoleAppositive_NoOrganization()
    {
        // Given: "the company's chief executive" describes a person, not an organisation.
        const string text = "Jane Holt, the company's chief executive, said the breach was contained.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Name == "Jane Holt" && e.Kind is EntityKinds.Organization or EntityKinds.Vendor);
    }

    [Fact]
    public void Recognize_LaterBareUseOfDescribedName_SameOrganisation()
    {
        // Given
        const string text = "Hackers hit Brightwater Mutual, a regional insurer, in May.\n\nBrightwater Mutual said it had restored its systems.";

        // When
        var analysis = Recognize(text);

        // Then
        var insurer = Assert.Single(analysis.Entities, e => e.Name == "Brightwater Mutual");
        Assert.Equal(2, insurer.Mentions.Count);
    }

    [Fact]
    public void Recognize_IndefiniteCrimeGroupDescription_CriminalActorWithoutCountry()
    {
        // When
        var analysis = Recognize("Sophos said the tooling matched a financially motivated crime group.");

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("financially motivated crime group", actor.Name);
        Assert.Equal("criminal", actor.Attributes["actor_type"]);
        Assert.False(actor.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_NameThenAndACountry_NotJoinedIntoOneName()
    {
        // When
        var analysis = Recognize("Harlow Council and Britain's National Cyber Security Centre said the attack was contained.");

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Name.Contains("and Britain", StringComparison.Ordinal));
        Assert.Contains(analysis.Entities, e => e.Name == "Harlow Council");
    }

    [Fact]
    public void Recognize_OneOfTheLargestDescription_Organization()
    {
        // When
        var analysis = Recognize("Norvale Freight, one of the largest carriers in Europe, said its depots were closed.");

        // Then
        Assert.Equal(EntityKinds.Organization, Assert.Single(analysis.Entities, e => e.Name == "Norvale Freight").Kind);
    }

    [Theory]
    [InlineData("New Zealand's National Cyber Security Centre said the attack was contained.", "National Cyber Security Centre", "NZ")]
    [InlineData("Ankara's Cyprus Coordination Office said the attack was contained.", "Cyprus Coordination Office", "TR")]
    public void Recognize_PossessiveCountryBeforeABody_OwnsIt(string text, string name, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var body = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(EntityKinds.GovernmentBody, body.Kind);
        Assert.Equal(country, body.Attributes["country"]);
    }

    [Fact]
    public void Recognize_BarePluralAsAgent_ActorOfThatType()
    {
        // When
        var analysis = Recognize("Police said the theft was the work of extortionists.");

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("criminal", actor.Attributes["actor_type"]);
    }

    [Theory]
    [InlineData("The Ministry of Climate, Energy and Utilities said the attack failed.", "Ministry of Climate, Energy and Utilities")]
    [InlineData("Hackers hit Caja del Norte, a regional lender, on Friday.", "Caja del Norte")]
    [InlineData("Hackers breached the Finnish Vehicle Register in May.", "Finnish Vehicle Register")]
    public void Recognize_NamesWithListsConnectorsOrRegisterHeads_WholeName(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Name == name);
    }

    [Fact]
    public void Recognize_MonthBeforeATrailingSpeaker_NoEntity()
    {
        // When
        var analysis = Recognize("The breach was found in March, the agency said.");

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Name == "March");
    }

    [Fact]
    public void Recognize_GroupAnaphorAfterAParagraphBreak_SoleNamedGroup()
    {
        // Given
        const string text = "The Akira gang posted the bank on its leak site.\n\nPolice said the group had been active since 2023.";

        // When
        var analysis = Recognize(text);

        // Then
        var akira = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Name == "Akira");
        Assert.Contains(akira.Mentions, m => m.Text == "the group");
    }

    [Fact]
    public void Recognize_GroupAnaphorAfterAParagraphBreakWithTwoGroups_Unresolved()
    {
        // Given
        const string text = "The Akira gang and the Play gang both posted the bank.\n\nPolice said the group had been active since 2023.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities.SelectMany(e => e.Mentions), m => m.Text == "the group");
    }

    [Fact]
    public void Recognize_TitleAfterACapital_PersonNotOrganisation()
    {
        // When: "Kremlin" names Russia by its seat; "spokesman" introduces a person, not a business.
        var analysis = Recognize("Kremlin spokesman Ivan Orlov said Russia was not involved.");

        // Then
        Assert.Equal(EntityKinds.Person, Assert.Single(analysis.Entities, e => e.Name == "Ivan Orlov").Kind);
    }

    [Theory]
    [InlineData("Hackers breached the Commission on Banking Standards in March.", "Commission on Banking Standards")]
    [InlineData("Hackers breached Baltic Air in March.", "Baltic Air")]
    public void Recognize_HeadBeforeOnOrAirlineName_Recognised(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Name == name);
    }

    [Theory]
    [InlineData("A ransomware attack on Brightwell disrupted bookings for a week.", "Brightwell")]
    [InlineData("Hackers breached Orvano Textiles last month.", "Orvano Textiles")]
    [InlineData("Malware wiped laptops at Quell Mobility Partners on Sunday.", "Quell Mobility Partners")]
    public void Recognize_NameAsTheAttacksObject_Organization(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var organisation = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(EntityKinds.Organization, organisation.Kind);
    }

    [Fact]
    public void Recognize_AttackOnPlatformNoun_NoOrganization()
    {
        // Given: "Windows" modifies the noun after it.
        const string text = "The attack on Windows machines spread quickly.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKinds.Organization);
    }

    [Fact]
    public void Recognize_HeadlessNameShortened_LaterShortUseLinked()
    {
        // Given
        const string text = "Thieves raided the servers of a lender after an intrusion at Calloway Brennick. Calloway said on Monday it had restored service, while Western regulators asked questions.";

        // When
        var analysis = Recognize(text);

        // Then
        var lender = Assert.Single(analysis.Entities, e => e.Name == "Calloway Brennick");
        Assert.Equal(2, lender.Mentions.Count);
        Assert.DoesNotContain(lender.Mentions, m => m.Text == "Western");
    }

    [Theory]
    [InlineData("Tessaline, a cloud accounting platform used by clinics, was breached.", "Tessaline")]
    [InlineData("Thieves emptied wallets at Brixcoin, a Lisbon-based exchange, in May.", "Brixcoin")]
    [InlineData("Vornholt Optics, a lens designer in Jena, said it was hacked.", "Vornholt Optics")]
    public void Recognize_AppositiveDescriptorNoun_Organization(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Equal(EntityKinds.Organization, Assert.Single(analysis.Entities, e => e.Name == name).Kind);
    }

    [Fact]
    public void Recognize_ProCountryHacktivists_AlignedNotNational()
    {
        // Given
        const string text = "A pro-Chinese hacktivist group flooded the portal with traffic.";

        // When
        var analysis = Recognize(text);

        // Then
        var group = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("pro-Chinese hacktivist group", group.Name);
        Assert.Equal("CN", group.Attributes["aligned_with"]);
        Assert.Equal("hacktivist", group.Attributes["actor_type"]);
        Assert.False(group.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_QuotedDescription_ActorWithoutCountry()
    {
        // Given
        const string text = "The regulator said a \"hostile actor\" had copied the files.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("hostile actor", actor.Name);
        Assert.False(actor.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_ActorFromCountry_CountryOfTheActor()
    {
        // Given
        const string text = "Analysts blamed a state-sponsored group from Iran.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("IR", actor.Attributes["country"]);
        Assert.Equal("state-sponsored", actor.Attributes["actor_type"]);
    }

    [Fact]
    public void Recognize_AppositiveAlsoTrackedAs_AliasOfTheNamedActor()
    {
        // Given: the alias is a name the naming scheme knows (Microsoft's Sandstorm family).
        const string text = "Investigators blamed Crimson Loom, a team of Iranian operators also tracked as Ember Sandstorm.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Name == "Crimson Loom");
        Assert.Equal(EntityKinds.ThreatActor, actor.Kind);
        Assert.Contains("Ember Sandstorm", actor.Aliases);
        Assert.Equal("IR", actor.Attributes["country"]);
    }

    [Fact]
    public void Recognize_WorkingForStatesService_DescriptionIncludesTheService()
    {
        // Given
        const string text = "The outage was caused by hackers working for Russia's GRU.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Attributes.ContainsKey("descriptive"));
        Assert.Equal("hackers working for Russia's GRU", actor.Name);
        Assert.Equal("RU", actor.Attributes["country"]);
    }

    [Fact]
    public void Recognize_UnitNumberKnownAsOfAStateService_StateSponsoredActorOfThatState()
    {
        // Given
        const string text = "Prosecutors blamed an SVR team, known as Group 4521, for the leak.";

        // When
        var analysis = Recognize(text);

        // Then
        var unit = Assert.Single(analysis.Entities, e => e.Name == "Group 4521");
        Assert.Equal(EntityKinds.ThreatActor, unit.Kind);
        Assert.Equal("RU", unit.Attributes["country"]);
    }

    [Theory]
    [InlineData("Kenya's Office of the Data Protection Commissioner said the breach was contained.", "Office of the Data Protection Commissioner")]
    [InlineData("Ghana's Ministry of Trade, Industry and the Creative Economy was hit.", "Ministry of Trade, Industry and the Creative Economy")]
    public void Recognize_GovernmentNameWithTheInside_WholeName(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Name == name && e.Kind == EntityKinds.GovernmentBody);
    }

    [Fact]
    public void Recognize_PersonWithTitleInAppositive_Person()
    {
        // Given
        const string text = "Mirela Vasquez, a spokeswoman for the Harbor Authority, said systems were restored.";

        // When
        var analysis = Recognize(text);

        // Then
        var person = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.Person);
        Assert.Equal("Mirela Vasquez", person.Name);
        Assert.Equal("spokeswoman", person.Attributes["title"]);
    }

    [Fact]
    public void Recognize_VendorsThreatIntelligenceUnit_Vendor()
    {
        // Given
        const string text = "The intrusion was examined by Northwind's Threat Research Group.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Equal(EntityKinds.Vendor, Assert.Single(analysis.Entities, e => e.Name == "Threat Research Group").Kind);
    }

    [Fact]
    public void Recognize_TheMinistryAfterACompany_NotTheCompany()
    {
        // Given
        const string text = "Malware wiped servers at Kestrel Freight on Monday. The ministry said the attack was deliberate.";

        // When
        var analysis = Recognize(text);

        // Then
        var company = Assert.Single(analysis.Entities, e => e.Name == "Kestrel Freight");
        Assert.DoesNotContain(company.Mentions, m => m.Text == "The ministry");
    }

    [Theory]
    [InlineData("Brute-force attacks on RDP rose sharply.")]
    [InlineData("A new campaign targeted Eastern Europe last year.")]
    [InlineData("Attacks on MongoDB and Elasticsearch servers continued.")]
    public void Recognize_AttackObjectThatIsNoOrganisation_NoOrganization(string text)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKinds.Organization);
    }

    [Theory]
    [InlineData("St. Brigid Women's Hospital said its systems were restored.", "St. Brigid Women's Hospital")]
    [InlineData("The breach was reported to the Privacy Commissioner's Office of Canada.", "Privacy Commissioner's Office of Canada")]
    public void Recognize_PossessiveInsideName_WholeName(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Name == name);
    }

    [Fact]
    public void Recognize_TitleThenNameInApposition_Person()
    {
        // Given
        const string text = "Latvia's defence minister, Andris Kalnins, said the attack failed.";

        // When
        var analysis = Recognize(text);

        // Then
        var person = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.Person);
        Assert.Equal("Andris Kalnins", person.Name);
        Assert.Equal("minister", person.Attributes["title"]);
    }

    [Fact]
    public void Recognize_ProStateHacktivistFromGazetteer_AlignedNotAttributed()
    {
        // When
        var analysis = Recognize("Killnet claimed the outage.");

        // Then
        var group = Assert.Single(analysis.Entities, e => e.Name == "Killnet");
        Assert.Equal("RU", group.Attributes["aligned_with"]);
        Assert.False(group.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_UnknownNameWithActorAppositive_ActorWithTheAppositivesCountry()
    {
        // Given
        const string text = "Police said Glasswing, a group they believe is linked to Iran, had targeted the ministry.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Name == "Glasswing");
        Assert.Equal(EntityKinds.ThreatActor, actor.Kind);
        Assert.Equal("IR", actor.Attributes["country"]);
    }

    [Fact]
    public void Recognize_NetworkOfName_Organization()
    {
        // When
        var analysis = Recognize("Hackers breached the network of Tidewater Freight last weekend.");

        // Then
        Assert.Equal(EntityKinds.Organization, Assert.Single(analysis.Entities, e => e.Name == "Tidewater Freight").Kind);
    }

    [Fact]
    public void Recognize_GroupLinkedToANonState_ActorLinkedToIt()
    {
        // When
        var analysis = Recognize("Analysts said a hacking group linked to Hezbollah planted the spyware.");

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("Hezbollah", actor.Attributes["linked_to"]);
        Assert.False(actor.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_FraudRingTrackedAsName_CriminalActorWithTheRingsCountry()
    {
        // When
        var analysis = Recognize("Analysts said a Ghanaian fraud ring it tracks as Amber Heron emptied the accounts.");

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Name == "Amber Heron");
        Assert.Equal(EntityKinds.ThreatActor, actor.Kind);
        Assert.Equal("GH", actor.Attributes["country"]);
        Assert.Equal("criminal", actor.Attributes["actor_type"]);
    }

    [Fact]
    public void Recognize_CodeNameLinkedInAppositive_TakesTheState()
    {
        // Given
        const string text = "CERT-UA attributed the attack to UAC-0002, a group it links to Russia's GRU. Later it named UAC-0113, better known as Sandworm.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Equal("RU", Assert.Single(analysis.Entities, e => e.Name == "UAC-0002").Attributes["country"]);
        Assert.Equal("RU", Assert.Single(analysis.Entities, e => e.Name == "UAC-0113").Attributes["country"]);
    }

    [Fact]
    public void Recognize_BareForeignMinistry_TakesTheCountryOfItsParagraph()
    {
        // Given
        const string text = "Slovakia's National Security Authority said the breach of the foreign ministry's email system was criminal.";

        // When
        var analysis = Recognize(text);

        // Then
        var ministry = Assert.Single(analysis.Entities, e => e.Name == "Ministry of Foreign Affairs of Slovakia");
        Assert.Equal(EntityKinds.GovernmentBody, ministry.Kind);
        Assert.Equal("SK", ministry.Attributes["country"]);
    }

    [Fact]
    public void Recognize_ForeignMinistryAfterActorDemonym_IsNotTheActorsState()
    {
        // Given: "Chinese" describes the hackers, not the ministry
        const string text = "Chinese hackers breached the foreign ministry's email system.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKinds.GovernmentBody && e.Attributes.GetValueOrDefault("country") == "CN");
    }

    [Fact]
    public void Recognize_VendorTracksClusterAs_NamesAThreatActor()
    {
        // Given
        const string text = "We track the activity cluster as DUSTVEIL and assess that it serves a foreign government.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Name == "DUSTVEIL");
    }

    [Fact]
    public void Recognize_GangNamedWithVariantSpelling_KeepsTheSpellingAsAlias()
    {
        // Given
        const string text = "The Cl0p extortion group began publishing files on Tuesday.";

        // When
        var analysis = Recognize(text);

        // Then
        var gang = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Contains("Cl0p", gang.Aliases);
    }

    [Fact]
    public void Recognize_ExfiltrationTool_IsATool()
    {
        // Given
        const string text = "The operators exfiltrated data with rclone before deploying the encryptor.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Tool && e.Name == "Rclone");
    }

    [Theory]
    [InlineData("Telecomunicaciones del Norte, Chile's second-largest mobile operator, said hackers stole call records.", "Telecomunicaciones del Norte")]
    [InlineData("Check-in systems failed after an incident at its check-in software provider, Aerodeck. Aerodeck said it was hit by ransomware.", "Aerodeck")]
    [InlineData("Nordre Handelsbank said its online banking was unavailable for an hour.", "Nordre Handelsbank")]
    public void Recognize_OrganisationDescribedOrNamedAsABank_IsAnOrganisation(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Organization && e.Name == name);
    }

    [Fact]
    public void Recognize_InitialsOfABodyNamedEarlier_AreThatBody()
    {
        // Given: no "(EEAS)" definition
        const string text = "Hackers breached the European External Action Service in October. A spokesperson for the EEAS said no data was lost.";

        // When
        var analysis = Recognize(text);

        // Then
        var service = Assert.Single(analysis.Entities, e => e.Name == "European External Action Service");
        Assert.Contains("EEAS", service.Aliases);
        Assert.Equal(2, service.Mentions.Count);
    }

    [Fact]
    public void Recognize_BetterKnownAs_IsAnAliasOfTheCodeName()
    {
        // Given
        const string text = "The agency attributed the attack to UAC-0113, better known as Sandworm.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains("Sandworm", Assert.Single(analysis.Entities, e => e.Name == "UAC-0113").Aliases);
    }

    [Fact]
    public void Recognize_ProStateActivists_AreAlignedHacktivists()
    {
        // Given
        const string text = "The agency said the attacks were carried out by \"pro-Russian activists\".";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("hacktivist", actor.Attributes["actor_type"]);
        Assert.Equal("RU", actor.Attributes["aligned_with"]);
        Assert.False(actor.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_BracketedShortFormOfAName_LinksLaterUses()
    {
        // Given: the short form in brackets is no acronym
        const string text = "The Canadian Centre for Cyber Security (Cyber Centre) is aware of attacks. The Cyber Centre urged patching.";

        // When
        var analysis = Recognize(text);

        // Then
        var centre = Assert.Single(analysis.Entities, e => e.Name == "Canadian Centre for Cyber Security");
        Assert.Equal(3, centre.Mentions.Count);
        Assert.DoesNotContain(analysis.Entities, e => e.Name == "Cyber Centre");
    }

    [Fact]
    public void Recognize_CoastGuardWithDemonym_IsAGovernmentBody()
    {
        // Given
        const string text = "Hackers breached the email accounts of senior officers of the Philippine Coast Guard in September.";

        // When
        var analysis = Recognize(text);

        // Then
        var guard = Assert.Single(analysis.Entities, e => e.Name.Contains("Coast Guard", StringComparison.Ordinal));
        Assert.Equal(EntityKinds.GovernmentBody, guard.Kind);
        Assert.Equal("PH", guard.Attributes["country"]);
    }

    [Fact]
    public void Recognize_BetterKnownAsAfterAnotherAppositive_IsStillAnAlias()
    {
        // Given
        const string text = "CERT-UA attributed the attack to UAC-0002, a group it links to Russia's GRU, better known as Sandworm.";

        // When
        var analysis = Recognize(text);

        // Then
        var code = Assert.Single(analysis.Entities, e => e.Name == "UAC-0002");
        Assert.Contains("Sandworm", code.Aliases);
        Assert.Equal("RU", code.Attributes["country"]);
    }

    [Theory]
    [InlineData("Intruders read mail at the transport ministry last week, Estonian officials said on Friday.", "EE")]
    [InlineData("Slovenia's cyber agency said it was helping.\n\nThe energy ministry said its website was defaced.", "SI")]
    public void Recognize_BareMinistryWithTheCountryLaterInItsSentenceOrText_TakesThatCountry(string text, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var ministry = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.GovernmentBody && e.Name.Contains("ministry", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(country, ministry.Attributes["country"]);
    }

    [Fact]
    public void Recognize_BareMinistryInATextWithoutCountry_IsStillAGovernmentBody()
    {
        // Given
        const string text = "The education ministry warned parents about e-mails promising school grants.";

        // When
        var analysis = Recognize(text);

        // Then
        var ministry = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.GovernmentBody);
        Assert.Equal("Ministry of Education", ministry.Name);
        Assert.Contains("education ministry", ministry.Aliases);
        Assert.False(ministry.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_ForeignLanguageAcronymAfterAnEnglishName_IsThatBodysAlias()
    {
        // Given: the letters of "ZKB" spell nothing in the English name
        const string text = "The National Office for Digital Protection (ZKB) said the attack was contained. ZKB later published indicators.";

        // When
        var analysis = Recognize(text);

        // Then
        var office = Assert.Single(analysis.Entities, e => e.Aliases.Contains("ZKB"));
        Assert.Equal("National Office for Digital Protection", office.Name);
        Assert.Equal(EntityKinds.GovernmentBody, office.Kind);
        Assert.Equal(3, office.Mentions.Count);
    }

    [Fact]
    public void Recognize_AcronymAfterAPossessiveCountry_LeavesTheOwnerOutOfTheName()
    {
        // Given
        const string text = "Serbia's Electronic Communications and Cyber Security Service (ECCSS) warned operators on Monday.";

        // When
        var analysis = Recognize(text);

        // Then
        var service = Assert.Single(analysis.Entities, e => e.Aliases.Contains("ECCSS"));
        Assert.Equal("Electronic Communications and Cyber Security Service", service.Name);
        Assert.Equal(EntityKinds.GovernmentBody, service.Kind);
    }

    [Fact]
    public void Recognize_RegulatorWithoutCountry_IsAGovernmentBody()
    {
        // Given
        const string text = "The firm reported the breach to the Pharmacy Regulation Authority on Tuesday.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Name == "Pharmacy Regulation Authority" && e.Kind == EntityKinds.GovernmentBody);
    }

    [Theory]
    [InlineData("\"We rebuilt every server,\" said Joost van Leeuwen, Grafton's head of infrastructure.", "Joost van Leeuwen")]
    [InlineData("\"It was a hard week,\" said Priya Nair, a partner at the law firm.", "Priya Nair")]
    [InlineData("\"Nothing was lost,\" said Omar Haddad, Kestrel's operations manager.", "Omar Haddad")]
    [InlineData("The claims were false, said the union's spokesperson, Mirela Dobre.", "Mirela Dobre")]
    public void Recognize_PersonNamedBesideATitle_IsAPerson(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Person && e.Name == name);
    }

    [Theory]
    [InlineData("The note carried the logo of Akira, a ransomware operation active since 2023.", "Akira")]
    [InlineData("The crew has worked as an affiliate for Royal in the past.", "Royal")]
    [InlineData("Its members once used LockBit and Play against hospitals.", "Play")]
    public void Recognize_AmbiguousFamilyNamedInPassing_IsMalware(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Malware && e.Name == name);
    }

    [Fact]
    public void Recognize_FamilyNameAsLastWordOfAnotherName_IsNotTheFamily()
    {
        // Given: "Lynx" is a ransomware family, "Silent Lynx" a group named here
        const string text = "Analysts blamed Silent Lynx, a financially motivated group, for the theft.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKinds.Malware && e.Name == "Lynx");
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor && e.Name == "Silent Lynx");
    }

    [Fact]
    public void Recognize_ThreatResearchTeamName_IsAVendor()
    {
        // Given
        const string text = "Harwood Threat Research said the operators reused old infrastructure.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Vendor && e.Name == "Harwood Threat Research");
    }

    [Theory]
    [InlineData("Lithuania's response team, CERT.LT, published the addresses on Monday.", "CERT.LT", "LT")]
    [InlineData("The advisory from CERT-Bund urged operators to patch.", "CERT-Bund", "DE")]
    public void Recognize_NationalCert_IsAGovernmentBodyOfItsCountry(string text, string name, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var cert = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(EntityKinds.GovernmentBody, cert.Kind);
        Assert.Equal(country, cert.Attributes["country"]);
    }

    [Fact]
    public void Recognize_TheMinistryAfterAParagraphAboutAnAgency_IsTheMinistry()
    {
        // Given: the agency is named more often and more recently, but "the ministry" names a ministry
        const string text = "Hackers read mail at Estonia's Ministry of Education for weeks.\n\n"
            + "The Cyber Response Agency (CRA) said it had found the intruders. CRA asked schools to check their systems. CRA will publish a report.\n\n"
            + "The ministry was also hit in 2019.";

        // When
        var analysis = Recognize(text);

        // Then
        var ministry = Assert.Single(analysis.Entities, e => e.Name.Contains("Ministry of Education", StringComparison.Ordinal));
        var anaphor = text.LastIndexOf("The ministry", StringComparison.Ordinal);
        Assert.Contains(ministry.Mentions, m => m.Start == anaphor);
    }

    [Theory]
    [InlineData("The Portuguese freight company Alcantra Logistica said its systems were encrypted.", "Alcantra Logistica", "PT")]
    [InlineData("Lisbon-based shipping company Alcantra Logistica said its systems were encrypted.", "Alcantra Logistica", "PT")]
    [InlineData("Spanish hackers attacked the freight company Alcantra Logistica.", "Alcantra Logistica", null)]
    [InlineData("Alcantra Logistica, a Lisbon-based freight company, said its systems were encrypted.", "Alcantra Logistica", "PT")]
    [InlineData("Alcantra Logistica, the Portuguese freight company, said its systems were encrypted.", "Alcantra Logistica", "PT")]
    [InlineData("Alcantra Logistica, a freight company with Spanish customers, said its systems were encrypted.", "Alcantra Logistica", null)]
    public void Recognize_CountryQualifyingTheDescriptionBeforeAName_IsTheOrganisationsCountry(string text, string name, string? country)
    {
        // Given / When
        var analysis = Recognize(text);

        // Then: a demonym or "<capital>-based" within the descriptive phrase right before the name or in the appositive
        // right after it, not further away.
        var organisation = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(country, organisation.Attributes.GetValueOrDefault("country"));
    }

    [Theory]
    [InlineData("The Kilkenny credit union said it was working with the National Cyber Security Centre and had told the Data Protection Commission.", "IE")]
    [InlineData("The National Cyber Security Centre said it was helping the Hamilton council. New Zealand councils have been targeted before.", "NZ")]
    [InlineData("The National Cyber Security Centre said it was helping the council and had informed the Information Commissioner's Office.", "GB")]
    [InlineData("The National Cyber Security Centre said it was helping the council.", "GB")]
    public void Recognize_SharedBodyName_TakesTheCountryTheTextPointsTo(string text, string country)
    {
        // Given / When
        var analysis = Recognize(text);

        // Then
        var centre = Assert.Single(analysis.Entities, e => e.Name == "National Cyber Security Centre");
        Assert.Equal(country, centre.Attributes["country"]);
        Assert.False(centre.Attributes.ContainsKey("shared"));
    }

    [Theory]
    [InlineData("By Mira Castell, Technology correspondent · 3 May 2026\nHackers stole data from Penfold Stores.")]
    [InlineData("By Mira Castell, Health editor | 3 May 2026\nHackers stole data from Penfold Stores.")]
    public void Recognize_ReportersBeatInByline_IsNoSector(string text)
    {
        // Given / When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKinds.Sector);
        Assert.Contains(analysis.Entities, e => e.Name == "Penfold Stores");
    }

    [Fact]
    public void Recognize_TitleWithRemitAndEmployerAfterOf_FindsPersonAndVendor()
    {
        // Given
        const string text = "Head of IT Maren Solberg said the plant was safe. Threat analyst Ivo Lindgren of Skarvik Cyber said the group was new.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Person && e.Name == "Maren Solberg");
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Person && e.Name == "Ivo Lindgren");
        Assert.Contains(analysis.Entities, e => e.Kind == EntityKinds.Vendor && e.Name == "Skarvik Cyber");
    }

    [Theory]
    [InlineData("according to a study by the consultancy Brant & Oakes.", "Brant & Oakes")]
    [InlineData("The dating app Lovelark left profiles exposed.", "Lovelark")]
    [InlineData("It had notified the Office of the Privacy Commissioner.", "Office of the Privacy Commissioner")]
    public void Recognize_DescribedOrRemitNames_AreOrganisationsOrBodies(string text, string name)
    {
        // Given / When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Name == name && e.Kind is EntityKinds.Organization or EntityKinds.GovernmentBody or EntityKinds.Vendor);
    }

    [Theory]
    [InlineData("Analysts at the threat intelligence company Fernhollow said the campaign was Iranian.", "Fernhollow")]
    [InlineData("The blockchain analytics company Ledgerwise said it had traced the funds.", "Ledgerwise")]
    public void Recognize_NameAfterIntelligenceOrAnalyticsCompany_Vendor(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        Assert.Contains(analysis.Entities, e => e.Name == name && e.Kind == EntityKinds.Vendor);
    }

    [Fact]
    public void Recognize_UnknownNameInAppositionAfterAnActorDescription_ActorWithTheDescriptionsCountry()
    {
        // Given
        const string text = "Tidemark Labs attributed the emails to a different Iranian group, Copper Mirage, noting that the two groups share tools.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Name == "Copper Mirage");
        Assert.Equal(EntityKinds.ThreatActor, actor.Kind);
        Assert.Equal("IR", actor.Attributes["country"]);
    }

    [Fact]
    public void Recognize_GroupThatAuthoritiesCallByAName_TheDescriptionsCountryNotTheNamers()
    {
        // Given
        const string text = "A Chinese state-backed hacking group that Japanese authorities call Paper Crane has broken into five drone makers.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Name == "Paper Crane");
        Assert.Equal(EntityKinds.ThreatActor, actor.Kind);
        Assert.Equal("CN", actor.Attributes["country"]);
    }

    [Fact]
    public void Recognize_ActorAppositiveNamingItsVictimsCountry_NoCountryForTheActor()
    {
        // Given
        const string text = "The malware matched that of Kalimba Syndicate, a financially motivated extortion crew that hit two Spanish utilities last year.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Name == "Kalimba Syndicate");
        Assert.Equal(EntityKinds.ThreatActor, actor.Kind);
        Assert.False(actor.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_BusinessGroupBeforeName_OrganisationWithTheCitysCountry()
    {
        // Given
        const string text = "The Oslo-based shipping group Brattvaag Linjer said its booking site was down. The ransomware group Kelpie Crew claimed it.";

        // When
        var analysis = Recognize(text);

        // Then
        var company = Assert.Single(analysis.Entities, e => e.Name == "Brattvaag Linjer");
        Assert.Equal(EntityKinds.Organization, company.Kind);
        Assert.Equal("NO", company.Attributes["country"]);
        Assert.DoesNotContain(analysis.Entities, e => e.Name == "Kelpie Crew" && e.Kind == EntityKinds.Organization);
    }

    [Fact]
    public void Recognize_AppositiveRegulatorWithJoinedModifiers_GovernmentBodyOfThePossessor()
    {
        // Given
        const string text = "The Energy Administration, Latvia's gas and power regulator, said its portal was flooded with traffic.";

        // When
        var analysis = Recognize(text);

        // Then
        var body = Assert.Single(analysis.Entities, e => e.Name == "Energy Administration");
        Assert.Equal(EntityKinds.GovernmentBody, body.Kind);
        Assert.Equal("LV", body.Attributes["country"]);
    }

    [Fact]
    public void Recognize_AppositiveNetwork_NameIsAnOrganisation()
    {
        // Given
        const string text = "Tembisa Wireless, South Africa's second-largest mobile network, said subscriber records were copied.";

        // When
        var analysis = Recognize(text);

        // Then
        var company = Assert.Single(analysis.Entities, e => e.Name == "Tembisa Wireless");
        Assert.Equal(EntityKinds.Organization, company.Kind);
        Assert.Equal("ZA", company.Attributes["country"]);
    }

    [Fact]
    public void Recognize_NamedItAfterMalwareNoun_MalwareName()
    {
        // Given
        const string text = "The lab took the implant apart and named it COPPERLOOM in its report.";

        // When
        var analysis = Recognize(text);

        // Then
        var malware = Assert.Single(analysis.Entities, e => e.Name == "COPPERLOOM");
        Assert.Equal(EntityKinds.Malware, malware.Kind);
    }

    [Theory]
    [InlineData("Chief executive Kim Min-seo apologised to customers on Monday.", "Kim Min-seo")]
    [InlineData("Minister of the Economy Annika Lehtonen opened the session.", "Annika Lehtonen")]
    [InlineData("\"The deadline is tight,\" said Marco Ferri of the national association of small firms.", "Marco Ferri")]
    public void Recognize_PersonAfterTitleOrReportingVerb_Person(string text, string name)
    {
        // Given the sentence

        // When
        var analysis = Recognize(text);

        // Then
        var person = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(EntityKinds.Person, person.Kind);
    }

    [Theory]
    [InlineData("Wattle Creek University in Queensland says staff handed over their passwords.", "Wattle Creek University", "AU")]
    [InlineData("Clinica Serra Verde, a chain of six private hospitals in Espirito Santo, Brazil, postponed surgery.", "Clinica Serra Verde", "BR")]
    [InlineData("Mutua Alpina, an insurer based in Trento, said claims files were downloaded.", "Mutua Alpina", "IT")]
    [InlineData("The Lakeview Unified School District in Ohio cancelled classes on Monday.", "Lakeview Unified School District", "US")]
    public void Recognize_OrganisationPlacedInARegionOrCity_CountryOfThePlace(string text, string name, string country)
    {
        // Given the sentence

        // When
        var analysis = Recognize(text);

        // Then
        var organisation = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(country, organisation.Attributes["country"]);
    }

    [Theory]
    [InlineData("Investigators said the breach bore the hallmarks of a foreign intelligence service.", "foreign intelligence service")]
    [InlineData("Some senators said a hostile state might be to blame for the outage.", "hostile state")]
    public void Recognize_UnnamedForeignStateAsTheAgent_StateSponsoredActorWithoutCountry(string text, string name)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal(name, actor.Name);
        Assert.Equal("state-sponsored", actor.Attributes["actor_type"]);
        Assert.False(actor.Attributes.ContainsKey("country"));
    }

    [Fact]
    public void Recognize_UnnamedForeignStateNotAsTheAgent_NoActor()
    {
        // Given
        const string text = "The ministry said there was no indication that a foreign government was involved.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
    }

    [Fact]
    public void Recognize_ActorsDescribedByTheirLanguage_LanguageNotCountry()
    {
        // Given
        const string text = "Responders said the strain was operated by a Portuguese-speaking criminal gang.";

        // When
        var analysis = Recognize(text);

        // Then
        var actor = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.ThreatActor);
        Assert.Equal("criminal", actor.Attributes["actor_type"]);
        Assert.Equal("PT", actor.Attributes["language_of"]);
        Assert.False(actor.Attributes.ContainsKey("country"));
    }
    [Theory]
    [InlineData("Korrin Homes, a housing association that manages 9,000 homes in South Yorkshire, said tenants' data was stolen.", "Korrin Homes", "GB")]
    [InlineData("Attackers stole design files from Toyama Seiko, a Kanazawa-based maker of sensors.", "Toyama Seiko", "JP")]
    [InlineData("Ransomware hit Bracken Engineering, a contractor based in Jalisco, on Monday.", "Bracken Engineering", "MX")]
    [InlineData("Intruders stole data from Ridgeback Health, a New South Wales-based hospital operator.", "Ridgeback Health", "AU")]
    public void Recognize_RegionOrCityOfThePlacesGazetteer_PlacesTheOrganisation(string text, string name, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var organisation = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(country, organisation.Attributes.GetValueOrDefault("country"));
    }

    [Theory]
    [InlineData("Customers of Sahyadri Urban Bank and two other lenders in Maharashtra could not log in.", "Sahyadri Urban Bank", "IN")]
    [InlineData("Patients of Lakeshore Clinic and three other cooperative clinics in Ontario were turned away.", "Lakeshore Clinic", "CA")]
    public void Recognize_PeersInAPlace_TheNameSharesTheirPlace(string text, string name, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var organisation = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(country, organisation.Attributes.GetValueOrDefault("country"));
    }

    [Theory]
    [InlineData("The town of Oberwald in Bavaria could not issue passports after the attack.", "Town of Oberwald", "DE")]
    [InlineData("The municipality of San Pedro del Monte in Antioquia said its services were offline.", "Municipality of San Pedro del Monte", "CO")]
    public void Recognize_MunicipalityInARegion_LocalBodyOfThatCountry(string text, string name, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var body = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(EntityKinds.GovernmentBody, body.Kind);
        Assert.Equal(country, body.Attributes.GetValueOrDefault("country"));
    }

    [Fact]
    public void Recognize_HolidayNames_AreNoOrganisations()
    {
        // Given
        const string text = "Hackers stole tenants' data in an attack on Good Friday, and staff discovered the breach on Easter Monday. "
            + "A second attack on Whit Monday hit the council.";

        // When
        var analysis = Recognize(text);

        // Then
        Assert.DoesNotContain(analysis.Entities, e => e.Name.Contains("Friday", StringComparison.Ordinal) || e.Name.Contains("Monday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Central Bank of Kenya said depositors' money was safe.", "Central Bank of Kenya", "KE")]
    [InlineData("The Reserve Bank of Australia was not affected.", "Reserve Bank of Australia", "AU")]
    [InlineData("The company informed the Egyptian Computer Emergency Readiness Team (EG-CERT) on Monday.", "Egyptian Computer Emergency Readiness Team", "EG")]
    public void Recognize_CentralBankOrNationalCert_GovernmentBody(string text, string name, string country)
    {
        // When
        var analysis = Recognize(text);

        // Then
        var body = Assert.Single(analysis.Entities, e => e.Name == name);
        Assert.Equal(EntityKinds.GovernmentBody, body.Kind);
        Assert.Equal(country, body.Attributes.GetValueOrDefault("country"));
    }

    [Fact]
    public void Recognize_SurnameParticle_PartOfThePersonsName()
    {
        // Given
        const string text = "\"We are treating this as serious,\" managing director Pieter van der Merwe said.";

        // When
        var analysis = Recognize(text);

        // Then
        var person = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.Person);
        Assert.Equal("Pieter van der Merwe", person.Name);
    }

    [Fact]
    public void Recognize_PurposeWordBeforeMalwareNoun_NamesTheFamily()
    {
        // Given
        const string text = "The emails spread the Quetzalli banking trojan to customers of several banks.";

        // When
        var analysis = Recognize(text);

        // Then
        var malware = Assert.Single(analysis.Entities, e => e.Kind == EntityKinds.Malware);
        Assert.Equal("Quetzalli", malware.Name);
        Assert.Equal("trojan", malware.Attributes["malware_type"]);
    }

    [Fact]
    public void Recognize_NameGivenAfterAParticipleClause_NamesTheMalware()
    {
        // Given
        const string text = "Researchers said the backdoor used in the intrusion, which they call DUNEBRIDGE, shares code with older tools.";

        // When
        var analysis = Recognize(text);

        // Then
        var malware = Assert.Single(analysis.Entities, e => e.Name == "DUNEBRIDGE");
        Assert.Equal(EntityKinds.Malware, malware.Kind);
    }

    [Fact]
    public void Recognize_AcronymOfWordInitials_WholeLongForm()
    {
        // Given: letters inside "Cybersecurity" would also spell the acronym from a shorter long form.
        const string text = "Investigators from the Centre for Cybersecurity Luxembourg (CCL) are assisting the company.";

        // When
        var analysis = Recognize(text);

        // Then
        var body = Assert.Single(analysis.Entities, e => e.Aliases.Contains("CCL"));
        Assert.Equal("Centre for Cybersecurity Luxembourg", body.Name);
        Assert.Equal(EntityKinds.GovernmentBody, body.Kind);
    }
}
