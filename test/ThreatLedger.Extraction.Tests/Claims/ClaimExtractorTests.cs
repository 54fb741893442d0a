using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;

namespace ThreatLedger.Extraction.Tests.Claims;

public sealed class ClaimExtractorTests
{
    private static ExtractionDocument Extract(string text) =>
        new ArticleExtractor().Extract(new SourceDocument(new DocumentInfo { Id = "t", Published = new DateOnly(2024, 6, 1), Source = "Test Wire" }, text));

    [Fact]
    public void Extract_AccordingToCiting_SourceCountAndCitedVia()
    {
        // Given
        const string text = "Hackers breached the Acme Bank network in March. According to Reuters, citing four officials, the attack was carried out by North Korean hackers.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("KP", claim.AccusedCountry);
        Assert.Equal(4, claim.Source.Count);
        Assert.Equal("Reuters", claim.Source.CitedVia);
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
    }

    [Theory]
    [InlineData("Investigators believe Russian military hackers were behind the attack on the Kestrel Water Board, two European officials familiar with the inquiry said.", 2)]
    [InlineData("Kestrel security officials suspect Russian military hackers breached the Kestrel Water Board, three people briefed on the investigation told Reuters.", 3)]
    public void Extract_BeliefReportedByTrailingSpeakers_TheSpeakersAreTheSource(string text, int count)
    {
        // When
        var result = Extract(text);

        // Then: the people who told the outlet are the source, with their count; the belief verb hedges the claim
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal(count, claim.Source.Count);
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.NotEmpty(claim.HedgingCues);
    }

    [Theory]
    [InlineData("The Kestrel ministry said the operation was conducted by the SVR.")]
    [InlineData("\"This operation was conducted by the SVR,\" the Kestrel ministry said.")]
    public void Extract_ForeignIntelligenceServiceAfterByThe_AccusedWithItsCountry(string claimSentence)
    {
        // Given: an agency introduced with its acronym, then named as the agent after "by the"
        var text = "Hackers breached the Kestrel Ministry of Trade in May, and Russia's Foreign Intelligence Service (SVR) was questioned. " + claimSentence;

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal("Foreign Intelligence Service", claim.Accused);
    }

    [Theory]
    [InlineData("\"We assess with moderate confidence that the operation was carried out by Brass Typhoon,\" Glacier Point's head of threat research Lena Morgenthaler said, using Microsoft's name for the group.")]
    [InlineData("\"We assess with moderate confidence that the operation was carried out by Brass Typhoon,\" Lena Morgenthaler of Glacier Point said, referring to the group by Microsoft's name.")]
    public void Extract_QuoteThenTitledSpeakerAndAnAfterthought_TheVendorSpeaks(string quote)
    {
        // Given
        var text = "Security firm Glacier Point Security said on Thursday it had found a backdoor on servers at Talvik Biotech, which disclosed a breach last week. " + quote;

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Contains("moderate confidence", claim.HedgingCues);
    }

    [Fact]
    public void Extract_AppositiveBetweenAccusedAndVerb_StillAnAttribution()
    {
        // Given: "the GRU" stands in an appositive before "was behind".
        const string text = "Hackers broke into the email system of the Lindqvist Shipping Registry. "
            + "Estonia's foreign ministry said on Wednesday that Russia's military intelligence service, the GRU, was behind the breach.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Theory]
    [InlineData("The people said the intruders belonged to the group known as APT41.")]
    [InlineData("The people said the intruders were members of APT41.")]
    public void Extract_SourcesSayTheIntrudersBelongToAGroup_AttributionByTheSameSources(string second)
    {
        // Given: anonymous sources, then what they said about the intruders' group.
        var text = "Hackers broke into the research network of Talvik Biotech in March, according to three people familiar with the investigation. " + second;

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Accused == "APT41");
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Equal(3, claim.Source.Count);
    }

    [Theory]
    [InlineData("ShadowPad is a modular backdoor shared among several Chinese espionage groups.")]
    [InlineData("The ShadowPad backdoor has been used by Chinese state hackers for years.")]
    public void Extract_ArticleDefinesTheMalware_NoAttributionClaim(string background)
    {
        // Given: a vendor's finding, then the article's background on the malware it found.
        var text = "Security firm Glacier Point said it had found the ShadowPad backdoor on servers at Talvik Biotech, which disclosed a breach last week. "
            + background;

        // When
        var result = Extract(text);

        // Then
        Assert.DoesNotContain(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "CN");
    }

    [Fact]
    public void Extract_SpeakerSaysItsInquiryContinuesAndWillNotAttribute_SpeakerDeclines()
    {
        // Given: the refusal follows a clause whose subject is the speaker's own investigation.
        const string text = "Hackers broke into the research network of Talvik Biotech, the company said on Monday. "
            + "Denmark's Agency for Digital Security said on Friday that its investigation into the breach at Talvik Biotech was continuing "
            + "and that it would not comment on attribution while it was under way.";

        // When
        var result = Extract(text);

        // Then
        var declined = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.NoAttribution && c.Evidence.Text.Contains("would not comment", StringComparison.Ordinal));
        Assert.Equal(SourceKinds.Government, declined.Source.Kind);
        Assert.DoesNotContain("investigation", declined.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AccusedDescribedByAnAppositiveItWasLinkedTo_NoHedgeFromTheDescription()
    {
        // Given: "linked to" describes the group, the attribution itself is firm
        const string text = "The Latvian government on Monday attributed the breach of the Kestrel Ministry of Trade to APT29, a hacking group it linked to Russia's Foreign Intelligence Service.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("APT29", claim.Accused);
        Assert.DoesNotContain("linked to", claim.HedgingCues);
    }

    [Fact]
    public void Extract_SaidOneThingButThatAnother_BothClausesAreTheSpeakers()
    {
        // Given: the second clause goes on with the same reported speech
        const string text = "Hackers breached the email system of the Kestrel Water Board in May. "
            + "The Kestrel Water Board said the attackers may have read some correspondence but that customer data was not affected.";

        // When
        var result = Extract(text);

        // Then: the severity dispute is the victim's, not the outlet's
        var dispute = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Equal(SourceKinds.Victim, dispute.Source.Kind);
        Assert.Contains("Kestrel Water Board", dispute.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PeopleToldTheArticlesOwnOutlet_NotCitedVia()
    {
        // Given: "told Test Wire" in an article Test Wire published is first-hand reporting
        const string text = "Russian military hackers were behind the attack on the Kestrel Water Board, two officials told Test Wire.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Null(claim.Source.CitedVia);
        Assert.Equal(2, claim.Source.Count);
    }

    [Fact]
    public void Extract_StateDeniesThroughCapital_DenialByAccused()
    {
        // Given
        const string text = "The Harbor Authority said its systems were compromised last month. Officials said Russian hackers were behind the attack. Moscow denied the allegations.";

        // When
        var result = Extract(text);

        // Then
        var attribution = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("RU", attribution.AccusedCountry);
        Assert.Equal(SourceKinds.AnonymousOfficials, attribution.Source.Kind);
        var denial = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("RU", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.Equal(attribution.IncidentId, denial.IncidentId);
    }

    [Fact]
    public void Extract_HedgedAttribution_CuesLowerConfidence()
    {
        // Given
        const string firm = "Hackers breached the Acme Bank network in March. Investigators said the attack was carried out by Chinese hackers.";
        const string hedged = "Hackers breached the Acme Bank network in March. Investigators said the attack may have been carried out by suspected Chinese hackers.";

        // When
        var firmClaim = Extract(firm).Claims.Single();
        var hedgedClaim = Extract(hedged).Claims.Single();

        // Then
        Assert.Contains("may have", hedgedClaim.HedgingCues);
        Assert.Contains("suspected", hedgedClaim.HedgingCues);
        Assert.True(hedgedClaim.Confidence < firmClaim.Confidence);
        Assert.Equal(SourceKinds.Researchers, firmClaim.Source.Kind);
    }

    [Fact]
    public void Extract_VictimDeclinesToName_NoAttribution()
    {
        // Given
        const string text = "Hackers breached the Acme Bank network in March. Acme Bank declined to name the attackers.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
        Assert.Equal(Stances.Declines, claim.Stance);
    }

    [Fact]
    public void Extract_AgentlessPassiveBlame_HedgedAttributionByTheOutlet()
    {
        // Given: nobody is named as the source; the accused is the passive subject.
        const string text = "Hackers linked to Iran have been blamed for an intrusion at the Dunmore Water Authority last weekend.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("IR", claim.AccusedCountry);
        Assert.Equal("Hackers linked to Iran", claim.Accused);
        Assert.Equal("Test Wire", claim.Source.Name);
        Assert.Contains("been blamed", claim.HedgingCues);
        Assert.True(claim.Confidence < 85);
    }

    [Fact]
    public void Extract_AccordingToOutletThenSpeaker_SpeakerCitedViaOutlet()
    {
        // Given
        const string text = "The Kingsbridge Public Library said a ransomware attack encrypted its servers last week. "
            + "According to The Guardian, Microsoft researchers believe the attack was carried out by a Russian-speaking criminal group.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("Microsoft researchers", claim.Source.Name);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal("The Guardian", claim.Source.CitedVia);
        Assert.Null(claim.AccusedCountry);
        Assert.Equal("RU", result.Entities.Single(e => e.Id == claim.AccusedEntityId).Attributes["language_of"]);
        Assert.Contains("believe", claim.HedgingCues);
    }

    [Fact]
    public void Extract_CountryMissionDenies_DenialByTheAccusedState()
    {
        // Given: the mission is Iran's, not the United Nations'.
        const string text = "Officials said Iranian hackers breached the Dunmore Water Authority in May. Iran's mission to the United Nations denied any involvement.";

        // When
        var result = Extract(text);

        // Then
        var denial = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.Equal("IR", denial.AccusedCountry);
        Assert.StartsWith("Iran's mission", denial.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ModifiedDefiniteDescription_ResolvesToTheNamedVictim()
    {
        // Given: "the water authority" is the utility, not the US agency mentioned in between.
        const string text = "Hackers breached the Dunmore Municipal Water Authority last weekend. "
            + "The US Cybersecurity and Infrastructure Security Agency (CISA) said Iranian hackers were responsible. "
            + "The water authority said no customer data was accessed.";

        // When
        var result = Extract(text);

        // Then
        var dispute = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Equal(SourceKinds.Victim, dispute.Source.Kind);
        Assert.Equal("Dunmore Municipal Water Authority", result.Entities.Single(e => e.Id == dispute.Source.EntityId).Name);
        var agency = Assert.Single(result.Entities, e => e.Aliases.Contains("CISA"));
        Assert.Equal("US", agency.Attributes["country"]);
        Assert.Equal("Cybersecurity and Infrastructure Security Agency (CISA)",
            result.Claims.Single(c => c.Kind == ClaimKinds.Attribution).Source.Name);
    }

    [Fact]
    public void Extract_GangListsVictimAndSpokespersonDownplays_SelfClaimAndVictimDispute()
    {
        // Given: no reporting verb for the gang's deed; the spokesperson is named by the council's head word.
        const string text = "Brennick City Council said a ransomware attack encrypted its file servers. "
            + "The BlackSuit ransomware gang listed the council on its leak site and threatened to publish 300 GB of stolen data. "
            + "A council spokesperson said there was no evidence that residents' bank details had been accessed.";

        // When
        var result = Extract(text);

        // Then
        var self = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal(SourceKinds.Accused, self.Source.Kind);
        Assert.Equal("BlackSuit", self.Accused);
        var dispute = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Equal(SourceKinds.Victim, dispute.Source.Kind);
        Assert.Equal("Brennick City Council", result.Entities.Single(e => e.Id == dispute.Source.EntityId).Name);
        Assert.DoesNotContain(result.Events.SelectMany(e => e.Arguments), a => a.Role == "Victim" && a.Span.Text == "GB");
    }

    [Fact]
    public void Extract_SecurityFirmAndCoordinatedSources_VendorAndCountedSources()
    {
        // Given
        const string text = "Hackers breached Contoso Port in December. Security firm Norrland Analytics said the attack was carried out by Sandworm. "
            + "Three government and private-sector sources said Russian hackers were responsible.";

        // When
        var result = Extract(text);

        // Then
        var vendor = Assert.Single(result.Claims, c => c.Accused == "Sandworm");
        Assert.Equal(SourceKinds.Vendor, vendor.Source.Kind);
        var anonymous = Assert.Single(result.Claims, c => c.Accused == "Russian hackers");
        Assert.Equal("Three government and private-sector sources", anonymous.Source.Name);
        Assert.Equal(3, anonymous.Source.Count);
    }

    [Fact]
    public void Extract_DenialThenBlame_DenialEvidenceEndsBeforeTheConjunction()
    {
        // Given
        const string text = "Officials said Chinese hackers breached the Dunmore Council in May. "
            + "China's foreign ministry denied that Beijing was behind the attack and blamed the United States.";

        // When
        var result = Extract(text);

        // Then
        var denial = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Denial);
        Assert.EndsWith("behind the attack", denial.Evidence.Text, StringComparison.Ordinal);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.CounterAccusation && c.AccusedCountry == "US");
    }

    [Fact]
    public void Extract_CautiousResearchersSeeResemblance_HedgedAlternativeHypothesis()
    {
        // Given: a dissent announced, then a resemblance rather than an accusation.
        const string text = "Hackers broke into the network of Helion Orbital in January. The FBI attributed the intrusion to APT40. "
            + "Some analysts were more cautious. Researchers at Sekoia said the tooling also resembled that of a North Korean group.";

        // When
        var result = Extract(text);

        // Then
        var alternative = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal("KP", alternative.AccusedCountry);
        Assert.Equal(SourceKinds.Vendor, alternative.Source.Kind); // researchers at a known security vendor speak for it
        Assert.Contains("resembled", alternative.HedgingCues);
        Assert.DoesNotContain(result.Entities, e => e.Name == "January");
    }

    [Fact]
    public void Extract_SecondVerbAfterBut_SharesTheSubject()
    {
        // Given
        const string text = "Ransomware encrypted the Fenwick Clinic servers on Monday. The Federal Cyber Office said it was helping the clinic but declined to comment on who was behind the attack.";

        // When
        var result = Extract(text);

        // Then
        var declined = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.NoAttribution);
        Assert.Equal("The Federal Cyber Office", declined.Source.Name);
        Assert.Equal(SourceKinds.Government, declined.Source.Kind);
    }

    [Fact]
    public void Extract_AgencyDoesNotConfirmGroupsInvolvement_NoAttribution()
    {
        // Given
        const string text = "The Killnet group claimed responsibility for the outage at Marlow Airport. The national cyber agency did not confirm the group's involvement.";

        // When
        var result = Extract(text);

        // Then
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Accused);
        var declined = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.NoAttribution);
        Assert.Contains("agency", declined.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_JointAccusationByThreeStates_OneGovernmentSourceCountingThree()
    {
        // Given
        const string text = "Hackers breached Harbour Telecom in 2023. The United States, Canada and Japan on Tuesday jointly accused APT41 of the intrusion.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("APT41", claim.Accused);
        Assert.Equal("The United States, Canada and Japan", claim.Source.Name);
        Assert.Equal(3, claim.Source.Count);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Fact]
    public void Extract_DenialThatCallsAnotherStateTheRealHacker_DenialAndCounterAccusation()
    {
        // Given
        const string text = "Officials said Chinese hackers breached the Lindqvist Shipping network. China's embassy rejected the accusations as groundless and said the United States was itself the biggest hacker empire in the world.";

        // When
        var result = Extract(text);

        // Then
        var denial = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("CN", denial.AccusedCountry);
        var counter = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.CounterAccusation);
        Assert.Equal("US", counter.AccusedCountry);
        Assert.Equal(denial.Source.Name, counter.Source.Name);
    }

    [Fact]
    public void Extract_VendorNamedByItsShortName_VendorIsTheSource()
    {
        // Given
        const string text = "Attackers compromised the update server of Tellwick Software. Security firm Harrow Labs found the backdoor. Harrow attributed the operation with moderate confidence to APT29.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal("Harrow", claim.Source.Name);
        Assert.Contains("moderate confidence", claim.HedgingCues);
    }

    [Fact]
    public void Extract_DeclinedThenOverlapAfterBut_SameResearchersOfferAHedgedLink()
    {
        // Given
        const string text = "A phishing campaign hit accountants at Dorrit Partners in March. Researchers at Ostrava Security did not attribute the campaign, "
            + "but said the infrastructure overlapped with earlier activity by a financially motivated group it tracks as TA-Rio.";

        // When
        var result = Extract(text);

        // Then
        var declined = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.NoAttribution);
        var link = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal(declined.Source.Name, link.Source.Name);
        Assert.Equal(SourceKinds.Vendor, link.Source.Kind);
        Assert.Equal("TA-Rio", link.Accused);
        Assert.Contains("overlapped with", link.HedgingCues);
        Assert.True(link.Confidence < 85);
        Assert.Equal("criminal", result.Entities.Single(e => e.Name == "TA-Rio").Attributes["actor_type"]);
    }

    [Fact]
    public void Extract_AnonymousSourcesToldAnOutletThenSpeakAgain_CountAndChannelCarriedOver()
    {
        // Given
        const string text = "Hackers spent a year inside the network of the Estonian Ministry of Finance, two people familiar with the investigation told Bloomberg. "
            + "The people said the attack bore the hallmarks of APT28. The ministry confirmed the breach but declined to say who it believed was responsible.";

        // When
        var result = Extract(text);

        // Then
        var attribution = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal(2, attribution.Source.Count);
        Assert.Equal("Bloomberg", attribution.Source.CitedVia);
        Assert.Equal(SourceKinds.AnonymousOfficials, attribution.Source.Kind);
        var declined = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.NoAttribution);
        Assert.Equal("The ministry", declined.Source.Name);
    }

    [Fact]
    public void Extract_RansomwareFamilyNamedResponsible_AttributionToTheGang()
    {
        // Given
        const string text = "The FBI confirmed that the DarkSide ransomware was responsible for the attack that forced Colonial Transport to shut down its pipeline.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal("DarkSide", claim.Accused);
        Assert.Equal(EntityKinds.ThreatActor, result.Entities.Single(e => e.Id == claim.AccusedEntityId).Kind);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventTypes.Ransom, incident.Type);
        Assert.Equal("Colonial Transport", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Extract_DenierAccusesAccuserOfSmearing_NoCounterAccusation()
    {
        // Given
        const string text = "Dutch military intelligence said Chinese hackers had broken into a defence research network. "
            + "China's foreign ministry said China firmly opposes all cyberattacks and accused the Netherlands of smearing China.";

        // When
        var result = Extract(text);

        // Then
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "CN" && c.Source.Kind == SourceKinds.Government);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "CN");
        Assert.DoesNotContain(result.Claims, c => c.Kind == ClaimKinds.CounterAccusation);
    }

    [Fact]
    public void Extract_PassiveLinkByFirms_TheFirmsAreTheSource()
    {
        // Given
        const string text = "Hackers stole $230 million from the Kestrel Exchange on July 18. The attack has been linked to the Lazarus Group by several blockchain analytics firms.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal("Lazarus Group", claim.Accused);
        Assert.Equal("several blockchain analytics firms", claim.Source.Name);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
    }

    [Fact]
    public void Extract_OfficialsPrivatelyBlameACapitalAsFirstReportedByAnOutlet_StateAccusedThroughTheOutlet()
    {
        // Given
        const string text = "Hackers stole $230 million from the Kestrel Exchange on July 18. U.S. officials have privately blamed Pyongyang for the theft, as first reported by The Record.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal("KP", claim.AccusedCountry);
        Assert.Equal("The Record", claim.Source.CitedVia);
        Assert.StartsWith("U.S. officials", claim.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_StateAccusedAndItsGroupNamed_BothAttributed()
    {
        // Given
        const string text = "The UK government on Monday accused China of being behind a 2021 cyberattack on the Electoral Commission, "
            + "and said a Chinese state-affiliated group, APT31, had targeted lawmakers' email accounts.";

        // When
        var result = Extract(text);

        // Then
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Accused == "APT31");
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Accused == "China" && c.Source.Kind == SourceKinds.Government);
    }

    [Theory]
    [InlineData("Investigators are looking into whether Chinese hackers were involved.", ClaimKinds.Attribution, "Investigators")]
    [InlineData("A US official, speaking on condition of anonymity, said Chinese state hackers were responsible.", ClaimKinds.Attribution, "A US official")]
    [InlineData("The bank said it was too early to say who was responsible.", ClaimKinds.NoAttribution, "The bank")]
    public void Extract_OpenQuestionParticipialAppositiveOrTooEarly_SourceAndKind(string sentence, string kind, string source)
    {
        // Given
        var text = "Hackers breached the network of Harbor Bank in May. " + sentence;

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(source, claim.Source.Name);
        if (sentence.Contains("whether", StringComparison.Ordinal))
        {
            Assert.Contains("whether", claim.HedgingCues);
        }
    }

    [Fact]
    public void Extract_VendorReportInTheFirstPerson_TheVendorIsTheSource()
    {
        // Given: a vendor's own report
        const string text = "We identified an espionage campaign against shipping companies since October 2024. "
            + "We attribute the activity with moderate confidence to a threat actor we track as NW-2291.";
        var document = new ArticleExtractor().Extract(new SourceDocument(
            new DocumentInfo { Id = "blog", Published = new DateOnly(2025, 4, 2), Source = "Northwind Threat Research" }, text));

        // When
        var claim = Assert.Single(document.Claims);

        // Then
        Assert.Equal("NW-2291", claim.Accused);
        Assert.Equal("Northwind Threat Research", claim.Source.Name);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal(60, claim.Confidence);
    }

    [Fact]
    public void Extract_TwoAgenciesWarnedOnADayThat_GovernmentSourceOfTwoAndNotTheVictim()
    {
        // Given
        const string text = "The FBI and CISA warned on Tuesday that affiliates of the Akira ransomware operation breached at least 250 organizations.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal("Akira", claim.Accused);
        Assert.Equal("The FBI and CISA", claim.Source.Name);
        Assert.Equal(2, claim.Source.Count);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.All(result.Incidents, i => Assert.Null(i.VictimEntityId));
    }

    [Fact]
    public void Extract_GroupCallingItselfByANamePostedTheData_SelfClaim()
    {
        // Given
        const string text = "Cybercriminals stole records of 1.2 million patients from Lakeshore Health System. "
            + "A group calling itself Ghostline posted samples of the data online and demanded $3 million.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal("Ghostline", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
        Assert.Equal("Lakeshore Health System", result.Entities.Single(e => e.Id == Assert.Single(result.Incidents).VictimEntityId).Name);
    }

    [Fact]
    public void Extract_AttackClaimedByAGangInThePassive_SelfClaim()
    {
        // When
        var claim = Assert.Single(Extract("Hackers breached the network of Harbor Bank in May. The attack was claimed by the LockBit gang on its leak site.").Claims);

        // Then
        Assert.Equal("LockBit", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
    }

    [Fact]
    public void Extract_NewspaperCitingOfficialsReportsAnIntelligenceService_OfficialsThroughTheNewspaper()
    {
        // When
        var claim = Assert.Single(Extract("Hackers breached the network of Harbor Bank in May. "
            + "The newspaper, citing unnamed officials, reported that Russian intelligence was behind the attack.").Claims);

        // Then
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal("unnamed officials", claim.Source.Name);
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Equal("The newspaper", claim.Source.CitedVia);
    }

    [Fact]
    public void Extract_DenialThenAnotherCulpritNamed_DenialOfOwnStateAndCounterAccusation()
    {
        // When
        var result = Extract("Officials said Iranian hackers breached the network of Harbor Bank in May. "
            + "Iran's foreign ministry spokesman called the accusation \"baseless\" and said Israel was behind the attack.");

        // Then
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "IR" && c.Source.Kind == SourceKinds.Accused);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.CounterAccusation && c.AccusedCountry == "IL");
    }

    [Fact]
    public void Extract_HedgeInsideARelativeClauseAboutTheSubject_DoesNotHedgeTheClaim()
    {
        // When
        var claim = Assert.Single(Extract("Ransomware halted the Colonial Transport pipeline on Friday. "
            + "DarkSide, which is believed to operate from Russia, posted a statement claiming the attack.").Claims);

        // Then
        Assert.Equal("DarkSide", claim.Accused);
        Assert.DoesNotContain("believed", claim.HedgingCues);
    }

    [Fact]
    public void Extract_ActorsWorkingOnBehalfOfAGovernment_StateSponsoredActorOfThatCountry()
    {
        // When
        var result = Extract("A wiper hit Albanian government services in July. Researchers at Mandiant said with moderate confidence "
            + "that the wiper was deployed by actors working on behalf of the Iranian government.");

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal("IR", claim.AccusedCountry);
        Assert.Equal(60, claim.Confidence);
        Assert.Equal("state-sponsored", result.Entities.Single(e => e.Id == claim.AccusedEntityId).Attributes["actor_type"]);
    }

    [Fact]
    public void Extract_ToolsPreviouslyUsedByAGroup_HedgedLink()
    {
        // When
        var claim = Assert.Single(Extract("Hackers breached the network of Harbor Bank in May. "
            + "Two people familiar with the investigation said investigators had found tools previously used by APT41.").Claims);

        // Then
        Assert.Equal("APT41", claim.Accused);
        Assert.Contains("previously used by", claim.HedgingCues);
        Assert.True(claim.Confidence < 85);
    }

    [Theory]
    [InlineData("North Korea is suspected of being behind the attack.", "KP", SourceKinds.Media)]
    [InlineData("The Lockbit gang listed the bank on its leak site.", null, SourceKinds.Accused)]
    [InlineData("A ransomware gang known as BlackBasta claimed the attack.", null, SourceKinds.Accused)]
    public void Extract_SuspectedStateOrGangSpelledOtherwise_Claim(string sentence, string? country, string sourceKind)
    {
        // When
        var claim = Assert.Single(Extract("Hackers breached the network of Harbor Bank in May. " + sentence).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(sourceKind, claim.Source.Kind);
        if (country is not null)
        {
            Assert.Equal(country, claim.AccusedCountry);
        }
        else
        {
            Assert.Contains(claim.Accused, (string[])["LockBit", "Black Basta"]);
        }
    }

    [Fact]
    public void Extract_HackersBasedInAState_StateAccusedButNotACompanyBasedThere()
    {
        // When
        var located = Extract("Hackers breached the network of Harbor Bank in May. Officials believe the hackers are based in Russia.");
        var company = Extract("The company, based in Germany, said hackers breached its network in May.");

        // Then
        var claim = Assert.Single(located.Claims);
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Contains("believe", claim.HedgingCues);
        Assert.Empty(company.Claims);
    }

    [Fact]
    public void Extract_TwoSpeakersJoinedByAndOrSemicolon_OneClaimEach()
    {
        // When
        var vendors = Extract("Hackers breached the network of Harbor Bank in May. Mandiant attributed the intrusion to APT41, and CrowdStrike blamed Fancy Bear.");
        var sides = Extract("Hackers breached Acme Port in May. Officials blamed Russia; the Kremlin denied it.");

        // Then
        Assert.Contains(vendors.Claims, c => c.Accused == "APT41" && c.Source.Name == "Mandiant");
        Assert.Contains(vendors.Claims, c => c.Accused == "APT28" && c.Source.Name == "CrowdStrike"); // Fancy Bear is APT28
        Assert.Contains(sides.Claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "RU" && c.Source.Name == "Officials");
        Assert.Contains(sides.Claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "RU" && c.Source.Kind == SourceKinds.Accused);
    }

    [Fact]
    public void Extract_BlameOfTwoStates_EachStateAccused()
    {
        // Given
        const string text = "Intruders breached the Marlow Shipping network in April. Officials in Ottawa blamed Russia and Belarus for the intrusion.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Equal("BY,RU", string.Join(',', claims.Where(c => c.Kind == ClaimKinds.Attribution).Select(c => c.AccusedCountry).Order()));
        Assert.All(claims, c => Assert.Equal("Officials in Ottawa", c.Source.Name));
    }

    [Fact]
    public void Extract_ActorWithDescriptiveAppositive_OneAccused()
    {
        // Given: ", the Russian espionage group" describes Turla; it is no second culprit.
        const string text = "Intruders breached the Marlow Shipping network in April. Analysts said the breach bore the hallmarks of Turla, the Russian espionage group.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("Turla", claim.Accused);
    }

    [Fact]
    public void Extract_CoordinatedAgencyWithPossessiveCountry_OneGovernmentSourceOfTwo()
    {
        // Given
        const string text = "The FBI and Britain's National Cyber Security Centre on Tuesday accused China of the breach at Calloway Pay.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal(2, claim.Source.Count);
        Assert.StartsWith("The FBI and Britain", claim.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SpeakerAfterTheClaim_ContentBeforeTheComma()
    {
        // Given
        const string text = "The outage at Dunmore Council was caused by the BlackCat gang, investigators said in a statement.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("BlackCat", claim.Accused);
        Assert.Equal("investigators", claim.Source.Name);
        Assert.Equal(SourceKinds.Researchers, claim.Source.Kind);
    }

    [Fact]
    public void Extract_OutletReportsAfterTheClaim_CitedVia()
    {
        // Given
        const string text = "Officials attributed the Harbor Bank breach to North Korean hackers, The Guardian reported.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("KP", claim.AccusedCountry);
        Assert.Equal("Officials", claim.Source.Name);
        Assert.Equal("The Guardian", claim.Source.CitedVia);
    }

    [Fact]
    public void Extract_VictimDeniesTheTheftAGangClaimed_SeverityDisputeAndSelfClaim()
    {
        // Given
        const string text = "Westfield Water denied on Friday that customer records had been stolen after the Rhysida gang claimed to have taken 40 gigabytes.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var dispute = Assert.Single(claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Equal("Westfield Water", dispute.Source.Name);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Denial);
        var selfClaim = Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("Rhysida", selfClaim.Accused);
        Assert.Equal(SourceKinds.Accused, selfClaim.Source.Kind);
    }

    [Fact]
    public void Extract_GroupClaimsADeedBeforeTheIncidentIsNamed_SelfClaimOnTheIncident()
    {
        // Given
        const string text = "A hacktivist group calling itself Night Wolves claimed on its channel that it had defaced the website of Lindholm Airport.\n\n"
            + "The airport said the website was restored after a cyberattack on Sunday.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("Night Wolves", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
        Assert.NotNull(claim.IncidentId);
    }

    [Fact]
    public void Extract_DenialThatInsteadBlamesAnother_DenialAndCounterAccusation()
    {
        // Given
        const string text = "Hackers breached Acme Port in May. Officials blamed Russia. Russian officials rejected the accusation and instead said Ukrainian hackers had carried out the attack.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var denial = Assert.Single(claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("RU", denial.AccusedCountry);
        var counter = Assert.Single(claims, c => c.Kind == ClaimKinds.CounterAccusation);
        Assert.Equal("UA", counter.AccusedCountry);
    }

    [Fact]
    public void Extract_LocalOfficialsDownplay_SeverityDisputeByGovernment()
    {
        // Given
        const string text = "Ransomware hit Ridgeview Hospital in May. County officials downplayed the attack, saying only scheduling systems were affected.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.SeverityDispute, claim.Kind);
        Assert.Equal("County officials", claim.Source.Name);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Fact]
    public void Extract_UnnamedCompanySpeaks_DescriptionAsVictimSource()
    {
        // Given: the victim is only described, so "The company" resolves to no entity but is not the outlet either.
        const string text = "Hackers encrypted servers at a logistics business last week. The company said the Medusa gang was behind the attack.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("Medusa", claim.Accused);
        Assert.Equal("The company", claim.Source.Name);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_PoliceSuspectAGroup_HedgedAttributionThroughTheNewspaper()
    {
        // Given
        const string text = "Hackers stole data from Lindqvist Bank in March. A local newspaper, citing investigators, reported that police suspect a Russian criminal group.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal("A local newspaper", claim.Source.CitedVia);
        Assert.Contains("suspect", claim.HedgingCues);
    }

    [Fact]
    public void Extract_DissentNamingACrimeGroup_AlternativeHypothesis()
    {
        // Given
        const string text = "Hackers breached Acme Port in May. Mandiant blamed APT41 for the breach. Other researchers were more cautious. "
            + "Sophos said the activity matched a financially motivated crime group.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var alternative = Assert.Single(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal("financially motivated crime group", alternative.Accused);
        Assert.Equal("Sophos", alternative.Source.Name);
    }

    [Fact]
    public void Extract_EmbassyCallsItAProvocation_DenialByTheAccusedState()
    {
        // Given
        const string text = "Officials blamed Russian hackers for the Acme Port breach. The Russian embassy called the report a crude provocation.";

        // When
        var denial = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.Denial);

        // Then
        Assert.Equal("RU", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
    }

    [Fact]
    public void Extract_AGroupTheSpeakerDidNotName_AttributionNotRefusal()
    {
        // Given
        const string text = "Hackers breached Acme Port in May. The agency said the intrusion was carried out by APT31 and another group it did not name.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.Accused == "APT31");
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.NoAttribution);
    }

    [Fact]
    public void Extract_SubjectBeforeARelativeClause_VictimDisputes()
    {
        // Given
        const string text = "Hackers breached Lakeside Clinic in May. Lakeside Clinic, which runs three care homes, acknowledged the breach but said reports of stolen records were exaggerated.";

        // When
        var dispute = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.SeverityDispute);

        // Then
        Assert.Equal("Lakeside Clinic", dispute.Source.Name);
        Assert.Equal(SourceKinds.Victim, dispute.Source.Kind);
    }

    [Fact]
    public void Extract_OfficeHolderSpeaks_GovernmentSource()
    {
        // Given
        const string text = "Hackers disrupted the Townsend Library website in May. Mayor Ellen Park said there was no evidence that payment data was taken.";

        // When
        var dispute = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.SeverityDispute);

        // Then
        Assert.Equal("Mayor Ellen Park", dispute.Source.Name);
        Assert.Equal(SourceKinds.Government, dispute.Source.Kind);
    }

    [Fact]
    public void Extract_WorkOfCybercriminals_AlternativeHypothesis()
    {
        // Given
        const string text = "Hackers breached Acme Port in May. Officials blamed Chinese state hackers for the breach. "
            + "However, analysts said the breach may have been the work of cybercriminals.";

        // When
        var alternative = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);

        // Then
        Assert.Equal("cybercriminals", alternative.Accused);
        Assert.Contains("may have", alternative.HedgingCues);
    }

    [Fact]
    public void Extract_DenialThatBlamesTheAccusersOwnHackers_CounterAccusation()
    {
        // Given
        const string text = "Tokyo blamed Chinese hackers for the breach at Acme Port. Beijing called the accusation a smear and said Japan's own hackers routinely attack China.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Equal("CN", Assert.Single(claims, c => c.Kind == ClaimKinds.Denial).AccusedCountry);
        Assert.Equal("JP", Assert.Single(claims, c => c.Kind == ClaimKinds.CounterAccusation).AccusedCountry);
    }

    [Fact]
    public void Extract_NameInApposition_NamedActorClaimsForItself()
    {
        // Given
        const string text = "A pro-Russian hacktivist collective, Killnet, claimed on Telegram that it had knocked the Harbor Bank website offline.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("Killnet", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
    }

    [Fact]
    public void Extract_SpeakersWithARelativeClause_SubjectBeforeIt()
    {
        // Given
        const string text = "Hackers breached Acme Port in May. Three analysts who examined the samples told reporters that the malware matched tools used by APT41.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("Three analysts", claim.Source.Name);
        Assert.Equal(3, claim.Source.Count);
        Assert.Equal(SourceKinds.Researchers, claim.Source.Kind);
    }

    [Fact]
    public void Extract_OfficialsWhoAskedForAnonymity_AnonymousOfficials()
    {
        // Given
        const string text = "Hackers breached Acme Port in May. Two Dutch officials, who requested anonymity to discuss the case, said Chinese hackers were behind it.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Equal(2, claim.Source.Count);
    }

    [Fact]
    public void Extract_OutletReportsAfterwardsCitingPeople_PeopleThroughTheOutlet()
    {
        // Given
        const string text = "Chinese hackers are suspected of breaching the network of Calloway Pay, Reuters reported on Monday, citing three people familiar with the matter.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Equal(3, claim.Source.Count);
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Equal("Reuters", claim.Source.CitedVia);
        Assert.Contains("suspected", claim.HedgingCues);
    }

    [Fact]
    public void Extract_PassiveAttributionWithAgentAfterAnAppositive_AgentIsTheSource()
    {
        // Given
        const string text = "The intrusion at Acme Port has been attributed to APT41, a Chinese espionage group, by Mandiant.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("APT41", claim.Accused);
        Assert.Equal("Mandiant", claim.Source.Name);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
    }

    [Fact]
    public void Extract_ActorClaimTheVictimDeniedInARelativeClause_SelfClaimNotDenial()
    {
        // Given
        const string text = "In May, the Akira gang claimed to have stolen payroll files from Harbor Bank, which the bank denied.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("Akira", claim.Accused);
    }

    [Fact]
    public void Extract_OutageBlamedOnATechnicalFault_SeverityDispute()
    {
        // When
        var claim = Assert.Single(Extract("Lindholm Airport insisted that the outage of its check-in system was caused by a technical fault and not by hackers.").Claims);

        // Then
        Assert.Equal(ClaimKinds.SeverityDispute, claim.Kind);
        Assert.Equal("Lindholm Airport", claim.Source.Name);
    }

    [Fact]
    public void Extract_VictimHasNotBlamedAnyone_NoAttribution()
    {
        // When
        var claim = Assert.Single(Extract("Ransomware hit Harbor Bank in May. The bank has not publicly blamed anyone.").Claims);

        // Then
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_GangListsVictimAfterADiscourseMarker_SelfClaim()
    {
        // When
        var claim = Assert.Single(Extract("Ransomware hit Harbor Bank in May. Meanwhile, the Play gang added the bank to its extortion site.").Claims);

        // Then
        Assert.Equal("Play", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
    }

    [Fact]
    public void Extract_AccusedSaysTheAccusersSpreadDisinformation_Denial()
    {
        // When
        var claims = Extract("Officials blamed Chinese hackers for the Acme Port breach. China's embassy said the officials were spreading disinformation.").Claims;

        // Then
        var denial = Assert.Single(claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("CN", denial.AccusedCountry);
    }

    [Fact]
    public void Extract_NewSourceOnAnActorNamedEarlierByAnaphor_Attribution()
    {
        // Given: the police speak of "the gang" only; the gang is Akira, named in the paragraph before.
        const string text = "Ransomware hit Harbor Bank in May. The Akira gang posted the bank on its leak site.\n\n"
            + "Police said they were investigating whether the gang was responsible.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var police = Assert.Single(claims, c => c.Source.Name == "Police");
        Assert.Equal(ClaimKinds.Attribution, police.Kind);
        Assert.Equal("Akira", police.Accused);
    }

    [Fact]
    public void Extract_AnaphorInADeedNotResponsibility_NoNewClaim()
    {
        // Given: "the gang demanded" tells what it did, not who is to blame.
        const string text = "Ransomware hit Harbor Bank in May. The Akira gang posted the bank on its leak site.\n\n"
            + "Police said the gang stole payroll files.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Source.Name == "Police");
    }

    [Fact]
    public void Extract_SpeakerWithAKnownAsAppositive_SpeakerIsTheBody()
    {
        // Given
        const string text = "Hackers breached Acme Port in May. Norway's Police Security Service, known as PST, said on Monday that APT28 was behind the intrusion.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("APT28", claim.Accused);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Contains("Police Security Service", claim.Source.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbor Bank insisted that no account balances or card numbers were exposed.")]
    [InlineData("The bank said the attack did not affect customer accounts.")]
    public void Extract_VictimSaysNothingOfAKindWasHit_SeverityDispute(string sentence)
    {
        // When
        var claim = Assert.Single(Extract("Hackers hit Harbor Bank on Sunday. " + sentence).Claims);

        // Then
        Assert.Equal(ClaimKinds.SeverityDispute, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_VictimBlamesAGangThatClaimedInARelativeClause_BothClaims()
    {
        // Given
        const string text = "Ransomware hit Harbor Bank in May. The bank blamed the Rhysida gang, which claimed on its blog to have stolen 3 terabytes.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var victim = Assert.Single(claims, c => c.Source.Kind == SourceKinds.Victim);
        Assert.Equal("Rhysida", victim.Accused);
        Assert.DoesNotContain("claimed", victim.HedgingCues);
        Assert.Equal("Rhysida", Assert.Single(claims, c => c.Source.Kind == SourceKinds.Accused).Accused);
    }

    [Fact]
    public void Extract_ProsecutorsChargeNationals_AttributionToTheirState()
    {
        // When
        var claim = Assert.Single(Extract("Prosecutors in Texas charged two Russian nationals with hacking the Harbor Bank network.").Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Fact]
    public void Extract_GangPublishedSamplesBeforeTheVictimConfirmed_SelfClaimAndNoVictimBlame()
    {
        // Given
        const string text = "Harbor Bank confirmed on Monday that hackers had stolen loan files, days after the Akira gang published samples of the files online.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal("Akira", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
    }

    [Fact]
    public void Extract_DescribedGroupThatHadClaimed_SelfClaimBesideTheReport()
    {
        // Given
        const string text = "Hackers knocked the Harbor Bank website offline. Earlier reports had blamed a pro-Iranian hacktivist group, which had claimed the attack on Telegram.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Source.Kind == SourceKinds.Accused && c.Accused == "pro-Iranian hacktivist group");
        Assert.Contains(claims, c => c.Source.Kind == SourceKinds.Media && c.Accused == "pro-Iranian hacktivist group");

        // A pro-Iranian group sides with Iran; no claim accuses Iran itself.
        Assert.All(claims, c => Assert.Null(c.AccusedCountry));
    }

    [Theory]
    [InlineData("Hackers stole data from Harbor Bank. The bank said the stolen files did not include account numbers.", ClaimKinds.SeverityDispute)]
    [InlineData("Hackers stole data from Harbor Bank. Outside analysts said it was too early to draw conclusions.", ClaimKinds.NoAttribution)]
    public void Extract_MoreWaysToDisputeOrDecline_Kind(string text, string kind)
    {
        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(kind, claim.Kind);
    }

    [Fact]
    public void Extract_AgencySuspectsAStateBodyOf_AttributionToIt()
    {
        // Given
        const string text = "Hackers halted trains near Gdansk on Sunday. The security agency said it suspects Belarusian intelligence services of orchestrating the attack.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("BY", claim.AccusedCountry);
        Assert.Contains("suspects", claim.HedgingCues);
    }

    [Fact]
    public void Extract_TrailingConfirmationThenItSaid_VictimDisputes()
    {
        // Given
        const string text = "Hackers breached the servers of the Harbor Bank in March, the bank confirmed on Friday, though it said customer funds remained secure.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.SeverityDispute, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_HighConfidenceInNextSentence_QualifiesTheAttribution()
    {
        // Given
        const string text = "Hackers breached the Harlow Port Authority in May. Canada's Communications Security Establishment said the intrusion was probably the work of APT40. "
            + "It said it held that view with high confidence.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var claim = Assert.Single(claims);
        Assert.Contains("high confidence", claim.HedgingCues);
        Assert.Equal(85, claim.Confidence);
    }

    [Fact]
    public void Extract_PassiveClaimedByActor_SelfClaim()
    {
        // Given
        const string text = "The city's payment portal went down after a DDoS attack claimed by a pro-Iranian hacktivist group.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
        Assert.Null(claim.AccusedCountry);
    }

    [Fact]
    public void Extract_NegatedListing_NoSelfClaimNorAttribution()
    {
        // Given
        const string text = "Ransomware encrypted servers at the Harbor Bank. The Qilin ransomware gang has not listed the bank on its leak site.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Attribution);
    }

    [Fact]
    public void Extract_ActorSaysItStoleData_SelfClaim()
    {
        // Given
        const string text = "A group calling itself Nightjar Collective said on Sunday that it had stolen the records of two million Harbor Bank customers.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
        Assert.Equal("Nightjar Collective", claim.Accused);
    }

    [Fact]
    public void Extract_OneOfThem_InheritsTheSourcesWithCountOne()
    {
        // Given
        const string text = "Hackers breached the Harbor Bank in May, three officials familiar with the inquiry said. One of them said the intrusion bore the hallmarks of APT41.";

        // When
        var claim = Assert.Single(Extract(text).Claims, c => c.Accused == "APT41");

        // Then
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Equal(1, claim.Source.Count);
    }

    [Fact]
    public void Extract_BareSpokespersonAfterABody_SpeaksForThatBody()
    {
        // Given
        const string text = "Vietnam's foreign ministry said Chinese hackers had breached the Hanoi Water Board. China's foreign ministry rejected the accusation. "
            + "A spokesperson said Vietnamese hackers had attacked Chinese universities for years.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var counter = Assert.Single(claims, c => c.Kind == ClaimKinds.CounterAccusation);
        Assert.Equal("VN", counter.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, counter.Source.Kind);
    }

    [Fact]
    public void Extract_NamedSpokespersonAfterTheAccusedMinistrySpoke_SpeaksForTheMinistryNotTheVictim()
    {
        // Given: the victim is named in the sentences before; the spokesperson follows the accused state's ministry
        const string text = "Hackers breached the Hanoi Water Board in May. Vietnam's cyber agency said Chinese state hackers were responsible. "
            + "China's foreign ministry rejected the accusation. Spokesperson Mao Ling said Beijing firmly opposed all forms of hacking.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Source.Kind == SourceKinds.Victim);
        Assert.All(claims.Where(c => c.Stance == Stances.Denies), c => Assert.Equal(SourceKinds.Accused, c.Source.Kind));
    }

    [Fact]
    public void Extract_SourcesNameACriminalGangAfterDescribingAStateService_TwoClaimsTheGangWithoutTheStatesCountry()
    {
        // Given: two people point at a state service, then name the ransomware gang whose affiliate ran the attack
        const string text = "Ransomware hit Orla Shipping last week. Two people familiar with the inquiry said the attack was directed by Russian military intelligence. "
            + "The people said the Akira affiliate behind the attack had used servers once tied to the service.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.AccusedCountry == "RU" && c.AccusedEntityId != null);
        var gang = Assert.Single(claims, c => c.Accused?.Contains("Akira", StringComparison.Ordinal) == true);
        Assert.Null(gang.AccusedCountry);
    }

    [Fact]
    public void Extract_SourcesNameTheGroupAfterTheStateService_OneClaimOnTheNamedGroup()
    {
        // Given: the sources first put the intrusion on a state service, then name the group it runs
        const string text = "Hackers breached the Orla Grid Company in March. Three people familiar with the inquiry said the hackers worked for Russia's Foreign Intelligence Service (SVR). "
            + "The people said the intrusion bore the hallmarks of APT29.";

        // When
        var claims = Extract(text).Claims.Where(c => c.Kind == ClaimKinds.Attribution).ToList();

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal(("APT29", "RU", 3), (claim.Accused, claim.AccusedCountry, claim.Source.Count));
    }

    [Fact]
    public void Extract_NationalCybersecurityAgency_Government()
    {
        // Given
        const string text = "Hackers breached the Harbor Bank in May. The national cybersecurity agency said it was too early to name the culprits.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Fact]
    public void Extract_OfficeHolderOfTheVictim_SpeaksForTheVictim()
    {
        // Given
        const string text = "A ransomware attack hit Dunmore District Council on Friday. Council leader Anna Reyes would not say who was behind it.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
        Assert.Empty(claim.HedgingCues);
    }

    [Theory]
    [InlineData("Hackers breached the Harbor Bank in May. The bank said customer funds were never at risk.")]
    [InlineData("Hackers breached the Harbor Bank in May. The bank said the damage was limited and that no accounts were touched.")]
    public void Extract_NeverAtRiskOrLimited_SeverityDispute(string text)
    {
        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.SeverityDispute, claim.Kind);
    }

    [Fact]
    public void Extract_DisputeArguedInTwoSentences_OneClaim()
    {
        // Given
        const string text = "Hackers said they stole data from Harbor Bank. Harbor Bank said the claim was overstated. Only email addresses were exposed, it said, and no card data was affected.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Single(claims, c => c.Kind == ClaimKinds.SeverityDispute);
    }

    [Fact]
    public void Extract_NamedUnitAsResponsible_GovernmentAttribution()
    {
        // Given
        const string text = "Hackers breached the Harbor Bank in May. The Dutch government on Friday named a GRU unit, known as Unit 74455, as responsible for the breach.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_CalledTheAccusationHysteriaAndAccusedAnother_DenialAndCounterAccusation()
    {
        // Given
        const string text = "Estonia blamed Russian hackers for the Harbor Bank breach. Russia's foreign ministry called the accusation hysteria and accused Estonian intelligence agencies of attacking Russian banks.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "RU");
        Assert.Contains(claims, c => c.Kind == ClaimKinds.CounterAccusation && c.AccusedCountry == "EE");
    }

    [Fact]
    public void Extract_SecondFirmAttributesTheSameActivity_AlternativeHypothesis()
    {
        // Given
        const string text = "Security firm Sekoia said a campaign against the Harbor Bank was the work of APT41. "
            + "A second firm, ESET, attributed the same activity to a North Korean group.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var alternative = Assert.Single(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal("KP", alternative.AccusedCountry);
    }

    [Fact]
    public void Extract_SameSourceRepeatsItsAttribution_OneClaim()
    {
        // Given
        const string text = "Thieves drained $5 million from Harbor Bank. Elliptic said the funds moved in a pattern it has linked to the Lazarus Group. "
            + "Elliptic said it was highly likely that Lazarus was responsible.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution);
    }

    [Fact]
    public void Extract_PassiveByAgentBeforeAccused_AgentIsTheSource()
    {
        // Given
        const string text = "A compromise of the Harbor Bank website has been attributed by Kestrel Labs to FIN7, the company said on Monday.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal("FIN7", claim.Accused);
    }

    [Fact]
    public void Extract_SpokespersonForTheEmbassyInAppositive_SpeaksForTheState()
    {
        // Given
        const string text = "Officials blamed Chinese hackers for the Harbor Bank breach. Wen Daoming, a spokesperson for the Chinese embassy, said the claims were groundless.";

        // When
        var denial = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.Denial);

        // Then
        Assert.Equal("CN", denial.AccusedCountry);
        Assert.Equal("Wen Daoming", denial.Source.Name);
        Assert.NotNull(denial.Source.EntityId);
    }

    [Fact]
    public void Extract_ShowedSignsOfDescribedActors_Attribution()
    {
        // Given
        const string text = "Hackers stole guest records from Harbor Hotels. A researcher who examined the files said they showed signs of Russian-speaking actors.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Researchers, claim.Source.Kind);
    }

    [Fact]
    public void Extract_ReportOnAnActorsCampaign_NoSelfClaim()
    {
        // Given: the campaign "undertaken by APT10" indicates something about the group; the group says nothing.
        const string text = "Researchers note that the phishing campaign undertaken by APT10 indicates that the group breached dozens of firms.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Source.Kind == SourceKinds.Accused);
    }

    [Fact]
    public void Extract_MinisterNamedInApposition_GovernmentSource()
    {
        // Given
        const string text = "Latvia's defence minister, Andris Kalnins, said on Monday that Russian hackers were behind the attack on the Harbor Bank.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_FrontedWhileClause_AttributionThenAlternative()
    {
        // Given
        const string text = "Hackers breached the Harbor Bank in May. While officials pointed to North Korean hackers, independent researchers said the tools were more consistent with a criminal gang.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "KP");
        Assert.Contains(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis && c.AccusedCountry is null && c.Source.Kind == SourceKinds.Researchers);
    }

    [Theory]
    [InlineData("Killnet said it had taken down the Harbor Bank website. The bank said its services were running normally.")]
    [InlineData("Killnet said it had taken down the Harbor Bank website. The bank said the outage affected only its public website.")]
    public void Extract_VictimSaysServicesUnaffected_SeverityDispute(string text)
    {
        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.SeverityDispute && c.Source.Kind == SourceKinds.Victim);
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Accused && c.AccusedCountry is null);
    }

    [Fact]
    public void Extract_PossessiveClaimsNoun_NotAVerbOfSpeech()
    {
        // Given
        const string text = "A group calling itself Nightjar said it had stolen records from Harbor Bank. The regulator said it was aware of the incident. "
            + "It did not comment on the group's claims.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Source.Name.Contains("did not comment", StringComparison.Ordinal));
        Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Accused);
    }

    [Fact]
    public void Extract_StatementCarriedByAgencyInAppositive_DenialAndCounterAccusation()
    {
        // Given
        const string text = "Seoul said North Korean hackers stole designs from Hanbit Motors. North Korea's foreign ministry, in a statement carried by state media, "
            + "called the accusation a smear campaign and said South Korean agents were hacking North Korean websites.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "KP");
        Assert.Contains(claims, c => c.Kind == ClaimKinds.CounterAccusation && c.AccusedCountry == "KR");
    }

    [Theory]
    [InlineData("The Medusa gang threatened to publish files stolen from Harbor Bank. The bank declined to comment on the gang's claims.")]
    public void Extract_DeclinedToCommentOnTheGangsClaims_NoAttributionByTheVictim(string text)
    {
        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.NoAttribution && c.Source.Kind == SourceKinds.Victim);
    }

    [Fact]
    public void Extract_NoEvidenceOfAForeignLink_NoAttribution()
    {
        // Given
        const string text = "An intruder changed settings at the Harbor Water District plant on Friday. A district official said there was no evidence the intrusion was linked to a foreign government.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.NoAttribution);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Attribution);
    }

    [Fact]
    public void Extract_NoEvidenceTheHackersReachedCustomers_SeverityDispute()
    {
        // Given
        const string text = "Harbor Bank said hackers read staff email. The bank said there was no evidence the hackers had accessed customer accounts.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.SeverityDispute && c.Source.Kind == SourceKinds.Victim);
    }

    [Fact]
    public void Extract_DatelineBeforeDenial_SpeakerIsTheStateNotThePlace()
    {
        // Given: a wire dateline opens the first paragraph
        const string text = "MINSK, May 2 (Eastline News) - Belarus on Friday dismissed as \"a fabrication\" Lithuania's accusation that its hackers "
            + "breached the Vilnius Water Company.";

        // When
        var result = Extract(text);

        // Then
        var denial = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("BY", denial.AccusedCountry);
        Assert.DoesNotContain("Eastline", denial.Source.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("MINSK", denial.Source.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On Friday evening, the Rhysida ransomware group posted the clinic's name on its dark web leak site.")]
    [InlineData("The Rhysida ransomware group began publishing files on Friday that it says were stolen from the clinic.")]
    public void Extract_GangDeedOnItsLeakSite_IsASelfClaim(string claim)
    {
        // Given
        var text = "A ransomware attack hit the Brookfield Family Clinic last week. " + claim;

        // When
        var result = Extract(text);

        // Then
        var self = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal(SourceKinds.Accused, self.Source.Kind);
        Assert.Equal("Rhysida", self.Accused);
    }

    [Fact]
    public void Extract_ContextNameIntroducedEarlier_LaterBareUseClaims()
    {
        // Given: "Akira" needs a word saying what it is, which the first sentence gives
        const string text = "Dunmore Freight said the Akira ransomware group was behind last month's attack on its depots. "
            + "Akira had listed Dunmore Freight on its leak site on April 15.";

        // When
        var result = Extract(text);

        // Then: the victim's attribution and the gang's own listing
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Victim);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Accused && c.Accused == "Akira");
    }

    [Fact]
    public void Extract_StaffMemberWithTitleOnly_SpeaksForTheVictim()
    {
        // Given: the spokeswoman is tied to no body; later she is named by her surname
        const string text = "Harlow Valley Hospital said a ransomware attack encrypted its records system on Saturday. "
            + "The attack was found early Saturday, spokeswoman Dana Pryce said. "
            + "\"We do not know yet who is behind this, and we are not going to speculate,\" Pryce said.";

        // When
        var result = Extract(text);

        // Then
        var declined = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.NoAttribution);
        Assert.Equal(SourceKinds.Victim, declined.Source.Kind);
        Assert.Contains(result.Entities, e => e.Kind == EntityKinds.Person && e.Name == "Dana Pryce");
    }

    [Fact]
    public void Extract_SpokespersonForBodyThenName_SpeaksForTheBody()
    {
        // Given
        const string text = "Hackers breached the Ostmark Water Board in June, officials said. "
            + "A spokesperson for the Russian embassy in Berlin, Ivan Sorokin, said the accusations were \"groundless\".";

        // When
        var result = Extract(text);

        // Then
        var denial = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("RU", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.Contains(result.Entities, e => e.Kind == EntityKinds.Person && e.Name == "Ivan Sorokin");
    }

    [Theory]
    [InlineData("The utility said it had found no evidence supporting social media reports that a state actor was involved.")]
    [InlineData("The utility said it had no indication that the Russian state was involved.")]
    public void Extract_DoubtAboutAState_IsDeclinedAttributionNotSeverity(string sentence)
    {
        // Given
        var text = "Hackers disrupted the Brenner Valley Utility's billing system in May. " + sentence;

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_CulpritThenDoubtAboutAState_AttributesAndDeclines()
    {
        // Given: the cautious second speaker names a criminal group and doubts a state
        const string text = "ESET said the attack on the Brenner Valley Utility in May was carried out by Sandworm. "
            + "The country's digital ministry was more cautious. A ministry spokesperson said the intrusion appeared to be the work of "
            + "an opportunistic criminal group, and that investigators had not found evidence of Russian involvement.";

        // When
        var result = Extract(text);

        // Then
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.AlternativeHypothesis && c.AccusedCountry is null);
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.NoAttribution);
    }

    [Fact]
    public void Extract_PublishedAdvisoryWarningThat_AgenciesAreTheSource()
    {
        // Given: "States" in "United States" is no reporting verb; the publishers of the advisory speak
        const string text = "The FBI and the National Security Agency, joined by agencies from Canada and Australia, published a joint advisory "
            + "on Wednesday warning that Volt Typhoon had compromised the networks of water utilities in the United States.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal("CN", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_ActorOperatedByAService_AttributionDespiteExaggerationRemark()
    {
        // Given
        const string text = "A group calling itself Handala said it had breached the Galil Shipping Company. "
            + "Israel's National Cyber Directorate said Handala was operated by Iran's Ministry of Intelligence and frequently exaggerated its successes.";

        // When
        var result = Extract(text);

        // Then
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Government && c.AccusedCountry == "IR");
    }

    [Fact]
    public void Extract_ThirdCompanyNamedInAppositive_VendorOffersAlternative()
    {
        // Given
        const string text = "Mandiant said the intrusion at the Estmark Grid in January was the work of APT44. "
            + "A third company, the Tallinn-based Kiviaed Security, said the intrusion was more likely the work of a criminal group that sells access to networks.";

        // When
        var result = Extract(text);

        // Then
        var alternative = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal(SourceKinds.Vendor, alternative.Source.Kind);
        Assert.Null(alternative.AccusedCountry);
    }

    [Fact]
    public void Extract_NoSignOfAnIntrusion_IsASeverityDispute()
    {
        // Given
        const string text = "The RansomHub gang on Sunday added Carlow Mutual Insurance to its leak site. "
            + "Carlow Mutual Insurance said it had found no sign of an intrusion into its network.";

        // When
        var result = Extract(text);

        // Then
        var dispute = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Equal(SourceKinds.Victim, dispute.Source.Kind);
    }

    [Fact]
    public void Extract_HackersBackedByAForeignGovernment_GovernmentSpokesmanAttributesWithoutCountry()
    {
        // Given
        const string text = "Hackers backed by a foreign government broke into the network of Kesari Aerospace and stole design documents, "
            + "the government's top spokesman said on Thursday.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Null(claim.AccusedCountry);
        Assert.Contains("foreign government", claim.Accused, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AccusedStateCallsAnotherTheBiggestSource_CounterAccusation()
    {
        // Given: the accusation, the denial, then a separate sentence turning the charge around
        const string text = "Officials said Chinese hackers breached the Kesari Aerospace network in May. "
            + "Chinese foreign ministry spokesperson Lin Wei said the accusations were \"groundless smears\". "
            + "She said the United States was \"the world's biggest source of cyberattacks\".";

        // When
        var result = Extract(text);

        // Then
        var counter = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.CounterAccusation);
        Assert.Equal("US", counter.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, counter.Source.Kind);
    }

    [Fact]
    public void Extract_VendorNamesTheSponsorOfItsCluster_AccusedTakesTheSponsorsCountry()
    {
        // Given: a first-person research post
        const string text = "We track the activity cluster as SILTGATE and assess with moderate confidence that it operates on behalf of the "
            + "Iranian government.";

        // When
        var result = new ArticleExtractor().Extract(new SourceDocument(
            new DocumentInfo { Id = "t", Published = new DateOnly(2025, 9, 30), Source = "Corvane Security Research" }, text));

        // Then
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("SILTGATE", claim.Accused);
        Assert.Equal("IR", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal(60, claim.Confidence);
    }

    [Fact]
    public void Extract_CompanyWithCountryPossessiveAppositive_IsTheSpeaker()
    {
        // Given
        const string text = "Telecomunicaciones del Norte, Chile's second-largest mobile operator, said on Monday that hackers working for "
            + "a foreign government had accessed call records.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
        Assert.Contains("Telecomunicaciones del Norte", claim.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MonthMay_IsNoHedge()
    {
        // Given
        const string text = "The authority said the breach of the ministry's email system in May was carried out by a cybercriminal group.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.DoesNotContain("may", claim.HedgingCues);
    }

    [Fact]
    public void Extract_NoEvidenceDataHadBeenStolen_IsASeverityDispute()
    {
        // Given
        const string text = "Aerodeck said on Wednesday that it had been hit by ransomware and that there was no evidence passenger data had been stolen.";

        // When
        var result = Extract(text);

        // Then
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.SeverityDispute);
    }

    [Fact]
    public void Extract_AgencyAdvisoryInFirstPerson_AttributesAsGovernmentAndItsCaveatIsNoRefusal()
    {
        // Given: the publisher is a government body the text names; the appositive's "reporting links" speaks of the cluster only
        const string text = "The Canadian Centre for Cyber Security (Cyber Centre) has been notified of compromises at a federal department since December. "
            + "We assess that the exploitation is likely carried out by UNC5337, a cluster that open-source reporting links to China. "
            + "The Cyber Centre has not independently confirmed this attribution.";

        // When
        var result = new ArticleExtractor().Extract(new SourceDocument(
            new DocumentInfo { Id = "t", Published = new DateOnly(2025, 3, 14), Source = "Canadian Centre for Cyber Security" }, text));

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Contains("likely", claim.HedgingCues);
    }

    // ---- held-out round 13: quotes, untitled speakers, carried statements, restatements -------------------------------

    [Fact]
    public void Extract_QuoteWithAdverbialBeforeThatAndSpeakerAfterIt_TheSpeakerAttributesWithItsConfidence()
    {
        // Given: the attribution sits inside the quote after "We judge with high confidence that"; the speaker follows the quote
        const string text = "Hackers broke into the Velmora Port Authority in March. "
            + "\"We judge with high confidence that the break-in was carried out by a unit of the GRU,\" the Danish foreign ministry said.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal(85, claim.Confidence);
    }

    [Fact]
    public void Extract_InvertedSpeakerNamedWithoutTitle_SpeaksForTheBodyOfTheirIntroduction()
    {
        // Given: "said Nandakumar" after she was introduced as running the company's security operations
        const string text = "Hackers encrypted servers at Larkspur Freight in April. Larkspur Freight said a criminal group was behind the attack. "
            + "Priya Nandakumar, who runs the company's security operations, said recovery would take weeks. "
            + "\"It was the work of a professional criminal gang,\" said Nandakumar.";

        // When
        var result = Extract(text);

        // Then: one attribution, by the victim (the restated one is not a second claim), and no state accused
        var claim = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
        Assert.Equal("Larkspur Freight", result.Entities.Single(e => e.Id == claim.Source.EntityId).Name);
        Assert.Null(claim.AccusedCountry);
    }

    [Fact]
    public void Extract_InvertedSpeakerWithRoleAppositive_SpeaksForTheBodyTheRoleNames()
    {
        // Given
        const string text = "Hackers cut power at the Norrland Grid Company in January. "
            + "\"There is no doubt that Sandworm did this,\" said Tomas Berg, head of research at the security firm Brightfjord.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal("Tomas Berg", claim.Source.Name);
        Assert.Equal("RU", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_UntitledSpeakerAfterADescribedOfficial_SpeaksWithTheOfficialsKind()
    {
        // Given: the minister is described first, then named without a title
        const string text = "Hackers breached the national vaccine registry, the health minister has told parliament. "
            + "Elena Marsh said the attack was serious, but she declined to name a country.";

        // When
        var claim = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.NoAttribution);

        // Then: the named minister speaks for the government rather than the outlet
        Assert.Equal("Elena Marsh", claim.Source.Name);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Theory]
    [InlineData("Investigators said the break-in was the work of operatives from the GRU.")]
    [InlineData("Investigators said the break-in was carried out by a hacking unit of Russia's GRU.")]
    public void Extract_PartOfAStateBodyAsTheAgent_TheBodyIsAccused(string sentence)
    {
        // Given
        var text = "Hackers broke into the Velmora Port Authority in March. " + sentence;

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_StateMediaCarriesAStatement_TheQuotedOfficialDeniesAndCounterAccusesThroughTheOutlet()
    {
        // Given
        const string text = "Seoul's spy agency blamed North Korea for the theft of $40 million from the Orbis exchange in May. "
            + "North Korea's state news agency KCNA carried a statement by a foreign ministry spokesman calling the allegation a shameless fabrication. "
            + "\"It is America that is the real hacker,\" the statement said.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var denial = Assert.Single(claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("KP", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.Contains("KCNA", denial.Source.CitedVia, StringComparison.Ordinal);
        var counter = Assert.Single(claims, c => c.Kind == ClaimKinds.CounterAccusation);
        Assert.Equal("US", counter.AccusedCountry);
    }

    [Fact]
    public void Extract_OutletReportsCitingSourcesBeforeThat_TheSourcesSpeakThroughTheOutlet()
    {
        // When
        var claim = Assert.Single(Extract("Hackers disrupted heating at Rigas Siltums in February. "
            + "The Baltic Herald reported on Friday, citing two officials, that Russian military hackers were behind the outage.").Claims);

        // Then
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Equal(2, claim.Source.Count);
        Assert.Equal("The Baltic Herald", claim.Source.CitedVia);
        Assert.Equal("RU", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_NamingParticipleBeforeAccordingTo_TheCitedResearchersSpeak()
    {
        // When: "dubbed InkVane" names the backdoor; it does not make "… ministries using a backdoor" a speaker
        var claim = Assert.Single(Extract("Attacks on foreign ministries in Chile using a backdoor dubbed InkVane are tied to a Chinese state-sponsored group, "
            + "according to researchers at the security firm Greywater.").Claims);

        // Then
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Null(claim.Source.CitedVia);
    }

    [Fact]
    public void Extract_FamilyNameFirstSpeakerAddsAQuote_SpeaksForTheEmbassyAgain()
    {
        // Given
        const string text = "British officials blamed Chinese hackers for the breach of the Electoral Roll Office in March. "
            + "Wang Lei, a spokesperson for the Chinese embassy in London, said the accusations were groundless. "
            + "\"The US itself is the world's biggest hacker empire,\" Wang added.";

        // When
        var counter = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.CounterAccusation);

        // Then
        Assert.Equal("US", counter.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, counter.Source.Kind);
        Assert.Equal("Wang", counter.Source.Name);
    }

    [Fact]
    public void Extract_GroupDeniesInvolvementInTheBreach_DenialOfItsOwnPartNotADispute()
    {
        // Given
        const string text = "Police blamed a cybercriminal group known as Fenrir Crew for the breach at Solvik Telecom in March. "
            + "In a post on X, Fenrir Crew denied involvement in the breach.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var denial = Assert.Single(claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("Fenrir Crew", denial.Accused);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.SeverityDispute);
    }

    [Fact]
    public void Extract_ConsistentWithHacktivistsButNotLinkedToTheState_AttributionWithoutCountryAndDeclined()
    {
        // When
        var claims = Extract("Hackers flooded the websites of three Slovak cities on Monday. The agency said the attacks were consistent with "
            + "the activity of pro-Russian hacktivist groups but did not link them to the Kremlin.").Claims;

        // Then
        var attribution = Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Null(attribution.AccusedCountry);
        Assert.Single(claims, c => c.Kind == ClaimKinds.NoAttribution);
    }

    [Fact]
    public void Extract_CountryAlignedHacktivists_NoStateAccused()
    {
        // When
        var result = Extract("Hackers defaced 40 Bangladeshi university websites on Sunday. The national CERT said the defacements had been carried out by "
            + "India-aligned hacktivists.");

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Null(claim.AccusedCountry);
        Assert.Equal("IN", result.Entities.Single(e => e.Id == claim.AccusedEntityId).Attributes["aligned_with"]);
    }

    [Fact]
    public void Extract_SecondSourceNamesACulpritOfTheAlternativesKind_AlsoAnAlternative()
    {
        // Given
        const string text = "Ministers blamed Russia for the ransomware attack on Dunmore Rail in June. "
            + "Two officials who spoke on condition of anonymity said the evidence suggested a criminal gang rather than a state. "
            + "Others point to a specific suspect. "
            + "Researchers at the security firm Tarnlight said the ransom note matched those used by the Akira ransomware group.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "RU");
        var officials = Assert.Single(claims, c => c.Source.Kind == SourceKinds.AnonymousOfficials);
        Assert.Equal(ClaimKinds.AlternativeHypothesis, officials.Kind);
        Assert.Equal(2, officials.Source.Count);
        Assert.Contains(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis && c.Accused == "Akira" && c.Source.Kind == SourceKinds.Vendor);
    }

    [Fact]
    public void Extract_ClusterBelievedBasedInACountry_AccusedWithThatCountry()
    {
        // When
        var claim = Assert.Single(Extract("Hackers stole designs from the Aerodyne Works drone plant in May. Security firm Kelvar Labs linked the campaign "
            + "to a cluster it tracks as Grey Egret, which it believes is based in Vietnam.").Claims);

        // Then
        Assert.Equal("Grey Egret", claim.Accused);
        Assert.Equal("VN", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_PossessiveCountryOwningCommonNouns_NotAccused()
    {
        // When
        var claims = Extract("Hackers breached the Lanzhou Timing Observatory in May. The observatory provides the time signals used by China's power and finance systems.").Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.AccusedCountry == "CN");
    }

    [Fact]
    public void Extract_PassiveAssessedToBeTheWorkOf_TheTrailingAgencySpeaks()
    {
        // When
        var claim = Assert.Single(Extract("Hackers breached routers at the Zeeland Water Board in May. "
            + "The breaches are assessed to be the work of APT28, the Dutch intelligence service said on Monday.").Claims);

        // Then
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal("APT28", claim.Accused);
        Assert.Contains("assessed", claim.HedgingCues);
    }

    [Fact]
    public void Extract_AnalyticsFirmAndItsNamedAnalyst_VendorSourceOneClaimWithTheNamedActor()
    {
        // Given: a description first, then the firm's analyst naming the group
        const string text = "Hackers drained $12 million from Tidewell Exchange, a Singapore-based crypto platform, in May. "
            + "The blockchain analytics firm Copperline said the operation bears the hallmarks of an Iran-linked group. "
            + "\"Everything here points to APT35,\" Copperline analyst Dara Quinn said.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal("APT35", claim.Accused);
        Assert.Equal("IR", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_MinisterAfterHisMinistry_OneAttributionByTheMinistryNamingTheGroup()
    {
        // Given
        const string text = "Estonia's Ministry of Economic Affairs said hackers working for the Russian state disrupted the port's booking system in May. "
            + "Minister Kaarel Tamm told reporters the attack had been traced to servers used by APT28.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal("APT28", claim.Accused);
        Assert.Equal("Ministry of Economic Affairs", result.Entities.Single(e => e.Id == claim.Source.EntityId).Name);
    }

    [Fact]
    public void Extract_StateDeniesThenItsMediaQuotesTheDenial_OneDenialAndTheRebuttedAccusersAreNotAccused()
    {
        // Given: the lead's denial, then state media quoting an official who calls the claim a smear "by Seoul"
        const string text = "Pyongyang on Friday rejected as a fabrication Seoul's accusation that its hackers stole $60 million from the Daewon exchange in May. "
            + "The official KCNA news agency quoted a foreign ministry spokesperson as saying the claim was a smear campaign by Seoul and Washington.";

        // When
        var denial = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.Denial);

        // Then
        Assert.Equal("KP", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
    }

    [Fact]
    public void Extract_SelfNamedGroupTellsItsDeedThenClaimsIt_OnlyTheSelfClaim()
    {
        // Given: a name with an organisation-like head ("Army") chosen by the group itself
        const string text = "A group calling itself Saffron Wolf Army defaced 80 Kenyan government websites over the weekend. "
            + "The group claimed the attacks on its Telegram channel.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("Saffron Wolf Army", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
    }

    [Fact]
    public void Extract_VictimDeclinesTwiceInSuccessiveSentences_OneDeclinedAttribution()
    {
        // Given
        const string text = "A ransomware attack shut the clinics of Harwell Family Health in May. The company would not say who was responsible. "
            + "\"It is too early to say who is behind this,\" chief executive Mara Quist said.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Theory]
    [InlineData("On Tuesday, the Moth Lantern gang posted Halvard Dental on its leak site, claiming to have stolen patient files.", "Moth Lantern")]
    [InlineData("Quill Syndicate said in a post on its website on Friday that it had broken into the clinic's booking system.", "Quill Syndicate")]
    public void Extract_GangNamedOnlyBeforeOrAfterItsHead_SelfClaim(string sentence, string gang)
    {
        // Given: gangs the gazetteer does not know ("the X gang"; "the hacktivist group X" introduces the second)
        var text = "A cyberattack disrupted Halvard Dental, a chain of dental clinics, in May. An attack on the chain was later claimed by "
            + "the hacktivist group Quill Syndicate and by the Moth Lantern gang. " + sentence;

        // When
        var claims = Extract(text).Claims;

        // Then: the gang claims it in its own name (a fronted "On Tuesday," is no speaker)
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.Accused == gang && c.Source.Kind == SourceKinds.Accused);
        Assert.DoesNotContain(claims, c => c.Source.Name is "On" or "On Tuesday");
    }

    [Theory]
    [InlineData("Test Wire could not independently verify the claim.")]
    [InlineData("Test Wire was unable to independently confirm that the files were genuine.")]
    public void Extract_OutletCannotVerifyAGroupsClaim_NoDeclinedAttributionAndTheClaimIsHedged(string caveat)
    {
        // Given: a gang's claim, then the publishing outlet's caveat
        var text = "A group calling itself Brine Lotus said on Telegram on Sunday that it had broken into the servers of the Marlow Port Authority. " + caveat;

        // When
        var claims = Extract(text).Claims;

        // Then: the caveat is no media refusal to attribute; it lowers the confidence of the claim it qualifies
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.NoAttribution);
        var claim = Assert.Single(claims);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
        Assert.Contains("unverified", claim.HedgingCues);
        Assert.True(claim.Confidence < 85);
    }

    [Theory]
    [InlineData("But Kettle Point Security, the Oslo company hired to investigate, said on Friday that it had found no evidence tying the intrusion to any state actor. "
        + "The tools and the ransom note matched earlier operations by Ashmere, a criminal ransomware group, the company said.")]
    [InlineData("But Kettle Point Security, which the operator hired, said its analysts had seen nothing that tied the attack to a nation-state. "
        + "The malware was identical to that of Ashmere, a criminal ransomware group, Kettle Point Security said in a report.")]
    public void Extract_VendorFindsNoStateLinkAndMatchesACriminalGroup_DeclinesTheStateAndOffersTheGroup(string vendorSentences)
    {
        // Given: a minister blames Russia; the investigating vendor doubts any state and names a criminal group instead
        var text = "Hackers encrypted the booking servers of the ferry operator Tallmark Lines on Sunday. Estonia's economy minister, Rein Saar, "
            + "told reporters the attack bore every sign of a Russian state operation. " + vendorSentences;

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "RU" && c.Source.Kind == SourceKinds.Government);
        Assert.Contains(claims, c => c.Kind == ClaimKinds.NoAttribution && c.Source.Kind == SourceKinds.Vendor && c.Source.Name.Contains("Kettle Point", StringComparison.Ordinal));
        var alternative = Assert.Single(claims, c => c.Accused == "Ashmere");
        Assert.Equal(ClaimKinds.AlternativeHypothesis, alternative.Kind);
        Assert.Equal(SourceKinds.Vendor, alternative.Source.Kind);
        Assert.Null(alternative.AccusedCountry);
    }

    [Theory]
    [InlineData("the National Police Agency and the National Cybersecurity Office said in a joint alert on Tuesday.")]
    [InlineData("the National Cyber and Information Security Agency and the police's Unit Against Organised Crime said in a joint advisory published on Wednesday.")]
    public void Extract_JointAdvisoryBodiesAfterTheClaim_TheBodiesAreOneGovernmentSourceOfTwo(string speakers)
    {
        // Given: an outlet reports a joint advisory, the bodies named after what they said
        var text = "Chinese military hackers were behind intrusions at five drone makers last year, " + speakers;

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then: the bodies speak, not the outlet
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal(2, claim.Source.Count);
    }

    [Theory]
    [InlineData("moderate confidence", 60)]
    [InlineData("low confidence", 30)]
    public void Extract_RestatementInAQuoteWithAStatedConfidence_OneClaimWithThatConfidence(string stated, int confidence)
    {
        // Given: a vendor attributes, then restates its attribution in a quote with its analytic confidence
        var text = "Analysts at the threat intelligence company Fernhollow said on Monday that a phishing campaign against Gulf shipping firms was run by Tin Heron, a hacking group that works for Iran's Ministry of Intelligence. "
            + $"\"We assess with {stated} that Tin Heron is responsible, based on overlaps in infrastructure,\" Fernhollow wrote in its report.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("Tin Heron", claim.Accused);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal(confidence, claim.Confidence);
    }

    [Theory]
    [InlineData("\"The United States is the real cyber criminal in this region,\" Wen said.")]
    [InlineData("\"Washington and its partners are the biggest hacker empire on the planet,\" an embassy spokesperson said.")]
    public void Extract_AccusedStateCallsAnotherTheRealCyberCriminal_CounterAccusation(string quote)
    {
        // Given: Taiwan blames China; the Chinese embassy's spokesperson denies and turns the accusation on the United States
        var text = "Taiwan's Ministry of Digital Affairs said Chinese state-backed hackers had broken into the network of the Formosa Tea Board. "
            + "The Chinese embassy spokesperson Wen Hao dismissed the accusation as groundless. " + quote;

        // When
        var claims = Extract(text).Claims;

        // Then
        var counter = Assert.Single(claims, c => c.Kind == ClaimKinds.CounterAccusation);
        Assert.Equal("US", counter.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, counter.Source.Kind);
    }

    [Fact]
    public void Extract_StateMediaCommentaryCalledTheReportsASmear_DenialAndCounterAccusationByTheState()
    {
        // Given: a vendor attributes; North Korea's state news agency answers in its own voice
        const string text = "Hackers linked to North Korea stole $40 million from the Tidewell exchange, the blockchain analytics company Ledgerwise said. "
            + "North Korea's state news agency KCNA carried a commentary calling such reports \"a smear campaign by hostile forces\". "
            + "\"The United States is the real hacker empire that steals from the whole world,\" the commentary said.";

        // When
        var claims = Extract(text).Claims;

        // Then: the state speaks through its media, not the outlet that publishes the article
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "KP" && c.Source.Kind == SourceKinds.Vendor);
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "KP" && c.Source.Kind == SourceKinds.Accused);
        Assert.Contains(claims, c => c.Kind == ClaimKinds.CounterAccusation && c.AccusedCountry == "US" && c.Source.Kind == SourceKinds.Accused);
        Assert.DoesNotContain(claims, c => c.Source.Kind == SourceKinds.Media);
    }

    [Fact]
    public void Extract_InvertedQuoteByCompanyTitleAndName_TheCompanySpeaks()
    {
        // Given: a victim's chief executive quoted after the quote, the company named by the first word of its name
        const string text = "Dutch insurer Brakel Verzekeringen said on Tuesday that attackers had copied the personal details of 80,000 customers. "
            + "\"Everything we have seen points to a North Korean state-sponsored group,\" said Brakel chief executive Anouk de Wit.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("KP", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Theory]
    [InlineData("the Copenhagen newspaper Vestkyst Tidende reported on Monday, citing two people familiar with the investigation.", "Vestkyst Tidende")]
    [InlineData("the Nairobi Sentinel reported on Tuesday, citing two officials briefed on the investigation.", "Nairobi Sentinel")]
    public void Extract_WorkOfAStateAgencyAnOutletReportedCitingTwoPeople_TwoAnonymousSourcesThroughTheOutlet(string reported, string outlet)
    {
        // Given: the culprit named first, then the outlet that reported it and its sources
        var text = "The cyberattack that knocked out wind farms run by Danish operator Havlund Energi last month was the work of Russia's GRU military intelligence agency, " + reported;

        // When
        var result = Extract(text);

        // Then: the agency, not the operator's country; its sources, not the outlet itself
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Contains("GRU", Assert.Single(result.Entities, e => e.Id == claim.AccusedEntityId).Aliases);
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Equal(2, claim.Source.Count);
        Assert.Contains(outlet, claim.Source.CitedVia ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LawyerForASuspectSaysHisClientDenied_DenialByTheAccused()
    {
        // Given
        const string text = "Police said on Thursday that they had arrested three men suspected of belonging to Ravenhook, a ransomware gang blamed for attacks on town halls. "
            + "A lawyer for one of the men, Pablo Ruiz, said his client denied any involvement in the attacks.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var denial = Assert.Single(claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.DoesNotContain(claims, c => c.Source.Kind == SourceKinds.Media);
    }

    [Fact]
    public void Extract_GangNamedAfterItsTypeListsTheVictim_SelfClaim()
    {
        // Given
        const string text = "The ransomware group Corvina added the regional airline Pampa Air to its dark web leak site on Sunday.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("Corvina", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
    }

    [Theory]
    [InlineData("Airport operator Lentoluvio said flights had never been affected.")]
    [InlineData("Lentoluvio said its systems were secure and that passengers did not need to take any action.")]
    public void Extract_VictimSaysNothingWasAffected_SeverityDispute(string sentence)
    {
        // Given
        var text = "Hackers knocked the websites of four airports run by Lentoluvio offline on Monday. " + sentence;

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.SeverityDispute, claim.Kind);
    }

    [Fact]
    public void Extract_HackersWorkingForAStateReadTheEmail_Attribution()
    {
        // Given: no attack verb the event lexicons know, but the hackers work for a named state agency
        const string text = "Home Affairs Minister Clara Vine said on Tuesday that the signals directorate had assessed with high confidence that hackers "
            + "working for China's Ministry of State Security had read the email of 30 parliamentary staff.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal(85, claim.Confidence);
    }

    [Fact]
    public void Extract_SpecialistSaysTooEarlyToSpeculate_DeclinedAttributionByTheVictim()
    {
        // Given
        const string text = "Marlow Bay Health, which runs four hospitals, said on Monday that a cyberattack had taken its records offline. "
            + "\"It is far too early to speculate about who is behind this,\" spokesperson Dana Whitby said.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_AccordingToAJointAdvisoryIssuedByTwoBodies_TheIssuersAreTheSource()
    {
        // Given
        const string text = "The intrusions at the Harrow grid operator were carried out by Iranian state hackers, according to a joint advisory issued on "
            + "Tuesday by Canada's cyber centre and the Royal Canadian Mounted Police.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("IR", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal(2, claim.Source.Count);
    }

    [Fact]
    public void Extract_JointStatementByABodyAndANameWithAnAndInside_TwoGovernmentSpeakers()
    {
        // Given
        const string text = "In a joint statement, the FBI and the Cybersecurity and Infrastructure Security Agency said the intrusions at three water "
            + "utilities were carried out by Volt Typhoon.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("Volt Typhoon", claim.Accused);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Equal(2, claim.Source.Count);
    }

    [Fact]
    public void Extract_NoIndicationOfAStateAddingThatAGangUsedTheStrain_DeclineAndAlternativeInOneSentence()
    {
        // Given
        const string text = "A ransomware attack shut down the ticketing systems of the Corran Rail company on Monday. Latvia's defence minister said "
            + "Russia was behind the attack. Researchers at Brightfield said there was no indication the breach was the work of a nation-state, "
            + "adding that the ransomware strain had previously been deployed by the Gravel Spider gang.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "RU");
        Assert.Contains(claims, c => c.Kind == ClaimKinds.NoAttribution && c.Source.Name.Contains("Brightfield", StringComparison.Ordinal));
        var alternative = Assert.Single(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal("Gravel Spider", alternative.Accused);
    }

    [Fact]
    public void Extract_DenialAndThatTheAccuserIsItselfTheBiggestHackerEmpire_DenialAndCounterAccusation()
    {
        // Given
        const string text = "Five governments said Volt Typhoon, a Chinese state-sponsored group, had maintained access to several water utilities. "
            + "Liu Pengyu, a spokesperson for the Chinese embassy in Washington, said the claims were \"groundless smears\" and that the United States "
            + "was itself \"the biggest hacker empire in the world\".";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "CN");
        Assert.Contains(claims, c => c.Kind == ClaimKinds.CounterAccusation && c.AccusedCountry == "US");
    }

    [Fact]
    public void Extract_VictimDisputesTheDamageTwiceInOneSentence_OneSeverityDispute()
    {
        // Given
        const string text = "Hackers gained access to the operational network of the Tarrow Power Cooperative in April. The cooperative said it had found "
            + "no evidence that customer data was accessed and that power supply was never interrupted.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Single(claims, c => c.Kind == ClaimKinds.SeverityDispute);
    }

    [Fact]
    public void Extract_ItsAnalystsAfterAVendorSpoke_TheVendorSpeaks()
    {
        // Given
        const string text = "The port of Arvik was hit by ransomware on Friday. Fjellsikt Security, which is helping the port, said it had seen no "
            + "evidence of Russian state involvement. Its analysts said the encryption tool was the one used by the Frostbite ransomware gang.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var attribution = Assert.Single(claims, c => c.Accused == "Frostbite");
        Assert.Equal(SourceKinds.Vendor, attribution.Source.Kind);
        Assert.Equal(claims.Single(c => c.Kind == ClaimKinds.NoAttribution).Source.EntityId, attribution.Source.EntityId);
    }

    [Fact]
    public void Extract_UnrecognisedVictimDescribedByItsKindDisputes_TheVictimNotTheOutlet()
    {
        // Given
        const string text = "A group calling itself Red Lynx Brigade said it had hacked the Gdansk airport website. The airport said that no passenger data had been stolen.";

        // When
        var dispute = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.SeverityDispute);

        // Then
        Assert.Equal(SourceKinds.Victim, dispute.Source.Kind);
        Assert.Equal("The airport", dispute.Source.Name);
    }

    [Fact]
    public void Extract_DescribedActorsDeedThenItsName_OneClaimWithTheNameAndTheCountry()
    {
        // Given
        const string text = "Kenya's national CERT said on Friday that an Iranian state-backed group had installed a backdoor on servers of the Mombasa water board. "
            + "The agency said the group, which it tracks as Dune Kite, had kept access for three months.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("Dune Kite", claim.Accused);
        Assert.Equal("IR", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_StatesServiceByPossessiveThenResponsible_TheStateIsAccused()
    {
        // Given
        const string text = "A wiper erased files at the Moldovan customs service. The interior minister said on Monday that Russia's military intelligence was responsible.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Fact]
    public void Extract_EvidencePointedToACapitalsInvolvement_AttributionToItsState()
    {
        // Given
        const string text = "Hackers stole drone designs from Arvo Dynamics. Finland's security police said the evidence pointed to Moscow's involvement in the theft.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_PeopleBehindTheAttackBasedInACountry_AttributionToThatCountry()
    {
        // Given
        const string text = "Ransomware encrypted the booking systems of Fjordline Cruises. Norwegian police said they believed the people behind the attack were based in Brazil.";

        // When
        var claim = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.Attribution);

        // Then
        Assert.Equal("BR", claim.AccusedCountry);
        Assert.Contains("believed", claim.HedgingCues);
    }

    [Fact]
    public void Extract_DenialCallingItASmearCookedUpByTheAccuser_DenialOfTheDeniersState()
    {
        // Given
        const string text = "The FBI said North Korean hackers stole $60 million from the Tallis exchange. "
            + "North Korea's foreign ministry called the allegation \"a smear campaign cooked up by the United States\".";

        // When
        var denial = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.Denial);

        // Then
        Assert.Equal("KP", denial.AccusedCountry);
    }

    [Fact]
    public void Extract_EmbassyIssuedAStatementRejecting_TheEmbassyDeniesForItsState()
    {
        // Given
        const string text = "Malaysia said a state-sponsored group had breached its defence ministry. "
            + "The Chinese embassy in Kuala Lumpur, without naming the group, issued a statement rejecting \"groundless accusations against China\".";

        // When
        var denial = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.Denial);

        // Then
        Assert.Equal("CN", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
        Assert.StartsWith("The Chinese embassy", denial.Source.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We have no doubt about this,\" interior minister Lena Varga said. \"It was the SVR. They were after our diplomats' mail.\"")]
    [InlineData("\"We have no doubt about this. It was the SVR,\" interior minister Lena Varga said.")]
    public void Extract_QuotationOverSeveralSentences_TheSpeakerOfTheQuotationSpeaks(string quotation)
    {
        // Given
        var text = "Hackers read the mailboxes of Hungarian diplomats for months. " + quotation;

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Contains("Lena Varga", claim.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HeadlineRepeatedInTheBody_NoClaimOfTheOutletBesideTheSourcedOne()
    {
        // Given: an HTML page's headline comes through as the first line of the body
        const string text = "Lisbon port breach linked to Iran\n\nThe Port of Lisbon said hackers had stolen cargo manifests. "
            + "Three officials briefed on the inquiry said the hackers worked for Iran.";
        var info = new DocumentInfo { Id = "t", Published = new DateOnly(2024, 6, 1), Source = "Test Wire", Title = "Lisbon port breach linked to Iran" };

        // When
        var claims = new ArticleExtractor().Extract(new SourceDocument(info, text)).Claims;

        // Then
        var claim = Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
    }

    [Theory]
    [InlineData("Pakistan has been accused for years of hacking government networks across the region.")]
    [InlineData("Criminal gangs have hit hundreds of schools across Europe with ransomware.")]
    public void Extract_AnActorsRecordInThePerfect_NoClaim(string background)
    {
        // Given
        var text = "The Lahore municipal council said on Tuesday that its payroll system had been encrypted and that it was investigating. " + background;

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Attribution);
    }

    [Theory]
    [InlineData("The clinic did not comment on who might have carried out the attack.")]
    [InlineData("The clinic confirmed in a brief statement that its servers had been encrypted, but said it would not comment on the origin of the attack.")]
    public void Extract_RefusalToCommentOnTheCulprit_VictimDeclines(string refusal)
    {
        // Given
        var text = "Ransomware encrypted the servers of the Harbourside Clinic on Sunday. " + refusal;

        // When
        var claim = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.NoAttribution);

        // Then
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_CleftNamingTwoStatesAsTheRealHackers_EachIsCounterAccused()
    {
        // Given
        const string text = "Estonia blamed Russia for a cyberattack on its tax office. A Russian foreign ministry spokeswoman rejected the accusation. "
            + "\"It is Washington and London that run the biggest hacking operations in the world,\" she said.";

        // When
        var counter = Extract(text).Claims.Where(c => c.Kind == ClaimKinds.CounterAccusation).Select(c => c.AccusedCountry).ToList();

        // Then
        Assert.Contains("US", counter);
        Assert.Contains("GB", counter);
    }

    [Fact]
    public void Extract_AccuserItselfASourceOfCyberattacks_CounterAccusation()
    {
        // Given
        const string text = "Vietnam said Chinese state hackers had breached its port authority. A Chinese foreign ministry spokesperson rejected the claim "
            + "as groundless. He added that Vietnam itself was a major source of cyberattacks on Chinese companies.";

        // When
        var counter = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.CounterAccusation);

        // Then
        Assert.Equal("VN", counter.AccusedCountry);
    }

    [Fact]
    public void Extract_HallmarksOfAForeignIntelligenceService_UnnamedStateAttribution()
    {
        // Given
        const string text = "Intruders stayed for weeks in the network of Kestrel University. The university's provost said the intrusion bore the hallmarks of a foreign intelligence service.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Null(claim.AccusedCountry);
        Assert.Equal("state-sponsored", result.Entities.Single(e => e.Id == claim.AccusedEntityId).Attributes["actor_type"]);
    }

    [Fact]
    public void Extract_PronounAfterAFrontedPhraseFollowingAVendorSubject_ThatVendorSpeaks()
    {
        // Given
        const string text = "Hackers stole turbine designs from Nordwind Energy. Security firm Coldharbor Labs said the Iranian group Sand Viper was responsible. "
            + "A second firm, Redmere Security, disagreed. In a report it said that the tools belonged to Bronze Lynx, a Chinese group.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var second = Assert.Single(claims, c => c.Accused == "Bronze Lynx");
        Assert.Contains("Redmere", second.Source.Name, StringComparison.Ordinal);
        Assert.Equal(SourceKinds.Vendor, second.Source.Kind);
    }

    [Fact]
    public void Extract_LawmakersQuickToSuggestAHostileStateMightBeToBlame_LawmakersAttribute()
    {
        // Given
        const string text = "A cyberattack shut down the Tallinn tram network on Monday. Several lawmakers were quick to suggest a hostile state might be to blame.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
        Assert.Null(claim.AccusedCountry);
        Assert.Contains("might", claim.HedgingCues);
    }

    [Fact]
    public void Extract_RefusalOfADetailBesideAStateTheSameSourceBlames_NoRefusal()
    {
        // Given
        const string text = "Hackers stole satellite data from Orbitec. South Korea's National Intelligence Service said on Monday that the evidence pointed to Pyongyang's involvement. "
            + "Officials stopped short of naming a specific group, but said the attribution to North Korea's Reconnaissance General Bureau was supported by the malware.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.NoAttribution);
        var claim = Assert.Single(claims);
        Assert.Equal("KP", claim.AccusedCountry);
        Assert.Contains("National Intelligence Service", claim.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FalseFlag_AlternativeWithoutTheStateTheTracesPointTo()
    {
        // Given
        const string text = "Hackers defaced the website of the Chilean senate with messages in Chinese. "
            + "Researchers at Andesec said the defacement could be a false flag meant to make it look as if China was involved.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKinds.AlternativeHypothesis, claim.Kind);
        Assert.Null(claim.AccusedCountry);
    }

    [Fact]
    public void Extract_QuotedRefusalWithTheSpeakerAfterIt_TheSpeakerDeclines()
    {
        // Given
        const string text = "Ransomware hit the Peruvian mining company Cobrandes. The Interior Ministry said there was no sign of a foreign government's involvement. "
            + "\"Investigators have not blamed any country so far,\" Deputy Minister Julio Paredes said.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Source.Kind == SourceKinds.AnonymousOfficials);
        Assert.All(claims.Where(c => c.Kind == ClaimKinds.NoAttribution), c => Assert.Equal(SourceKinds.Government, c.Source.Kind));
    }

    [Fact]
    public void Extract_ServiceNamedInAppositionAfterDescribedHackers_TheServiceIsAccused()
    {
        // Given
        const string text = "Hackers copied the emails of a Dutch party's leaders. The newspaper Het Kompas, citing two security officials, reported that the breach "
            + "was carried out by hackers working for Russia's foreign intelligence service, the SVR.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("RU", claim.AccusedCountry);
        Assert.Equal("Foreign Intelligence Service", claim.Accused);
    }

    [Fact]
    public void Extract_OfficeHolderRestatesTheGovernmentsAttribution_OneClaimNamingTheService()
    {
        // Given
        const string text = "The Slovak government said on Tuesday that Russia was behind a breach of the foreign ministry's email. "
            + "The attribution was repeated by the national security adviser, Jan Kolar, who said Russia's GRU had \"crossed a line\".";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("RU", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_BlamedForAttacksOnACountrysSites_TheCountryIsTheTarget()
    {
        // Given
        const string text = "Hackers disrupted a desalination plant in Oman. Yemen has in turn been blamed for attacks on Saudi oil terminals.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.AccusedCountry == "SA");
    }

    [Fact]
    public void Extract_TwoStatesCalledTheRealCriminalsWithTheSecondInTheAgentPosition_BothCounterAccused()
    {
        // Given
        const string text = "Canada accused Russia of hacking its weather service. A Russian embassy spokesman called the accusation groundless. "
            + "\"France and the US are the real cyber criminals,\" he said.";

        // When
        var counter = Extract(text).Claims.Where(c => c.Kind == ClaimKinds.CounterAccusation).Select(c => c.AccusedCountry).ToList();

        // Then
        Assert.Contains("FR", counter);
        Assert.Contains("US", counter);
    }

    [Fact]
    public void Extract_UnnamedSourcesNameTheGroupTheyDescribed_OneClaimWithTheNameTheCountryAndTheirCount()
    {
        // Given
        const string text = "Hackers stole engine designs from Solberg Marine. Three people familiar with the investigation said hackers working for Iran were responsible. "
            + "One of the people said the group, known as Copper Gull, had used a stolen contractor account.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal("Copper Gull", claim.Accused);
        Assert.Equal("IR", claim.AccusedCountry);
        Assert.Equal(3, claim.Source.Count);
    }

    [Fact]
    public void Extract_PassiveBlameByAStatesIntelligence_TheServiceIsTheSource()
    {
        // When
        var claim = Assert.Single(Extract("A breach at the Bergen harbour office has been pinned on Iranian state hackers by Danish intelligence.").Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("IR", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Theory]
    [InlineData("The harbour authority did not blame any country for the attack.", "The harbour authority")]
    [InlineData("Tehran's involvement has not been proven, the transport minister said.", "the transport minister")]
    public void Extract_NoCulpritBlamedOrInvolvementUnproven_NoAttributionByTheSpeaker(string sentence, string source)
    {
        // Given
        var text = "Hackers disrupted ticket machines at the port of Gdynia on Friday. " + sentence;

        // When
        var claims = Extract(text).Claims;

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(source, claim.Source.Name);
    }

    [Fact]
    public void Extract_NotGoingToPointFingers_NoAttribution()
    {
        // When
        var claims = Extract("Ransomware encrypted servers at the Lyon water board. \"We are not going to point fingers yet,\" board chair Paul Girard said.").Claims;

        // Then
        Assert.Equal(ClaimKinds.NoAttribution, Assert.Single(claims).Kind);
    }

    [Fact]
    public void Extract_ActorClaimsButAVendorNamesAnotherGroupOfTheSameKind_AlternativeHypothesis()
    {
        // Given
        const string text = "Ransomware encrypted servers at the Lyon water board. The Akira gang claimed the attack, but Sophos said the tools more closely matched those of Scattered Spider.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Attribution && c.Accused == "Akira");
        Assert.Contains(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis && c.Accused == "Scattered Spider");
    }

    [Fact]
    public void Extract_AttributionWithAnAppositiveTheAccusedRejected_AttributionAndDenial()
    {
        // Given
        const string text = "Hackers breached the Gothenburg rail operator. Swedish officials said the attack was \"almost certainly\" the work of Iranian state hackers, "
            + "an accusation Tehran rejected.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var attribution = Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("IR", attribution.AccusedCountry);
        Assert.Equal(SourceKinds.Government, attribution.Source.Kind);
        Assert.Contains("almost certainly", attribution.HedgingCues);
        var denial = Assert.Single(claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Equal("IR", denial.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, denial.Source.Kind);
    }

    [Fact]
    public void Extract_DeclinedToDiscussAttribution_NoAttribution()
    {
        // When
        var claims = Extract("Hackers breached the Gothenburg rail operator. The operator declined to discuss attribution.").Claims;

        // Then
        Assert.Equal(ClaimKinds.NoAttribution, Assert.Single(claims).Kind);
    }

    [Fact]
    public void Extract_PerfectAboutThisAttackWithADateInALaterPart_StillAnAttribution()
    {
        // Given
        const string text = "Hackers stole $12 million from the Coinlake exchange. Researchers at Tidewater Labs believe the theft has been carried out by Lazarus, "
            + "based on samples seen in the wild since 2019.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("KP", claim.AccusedCountry);
    }

    [Fact]
    public void Extract_SentenceAfterAClosedCurlyQuotation_NotTheQuotedSpeakers()
    {
        // Given: the quotation closed with a curly mark; the next sentence is the article's own
        const string text = "Hackers stole files from the Aalborg council. \u201cWe are still investigating,\u201d council spokesperson Mette Holm said. "
            + "Last year, Danish intelligence blamed Russia for an attack on the Danish defence ministry.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Source.Name.Contains("Mette Holm", StringComparison.Ordinal) && c.Kind == ClaimKinds.Attribution);
    }

    [Fact]
    public void Extract_SystemRunByAStateBodyInAnAppositive_NoAttributionToTheBody()
    {
        // Given
        const string text = "Hackers altered records in a vessel registry last month. The registry, run by the Norwegian Maritime Authority in Haugesund, was taken offline for two days.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Attribution);
    }

    [Theory]
    [InlineData("told the newspaper La Voz Andina", "La Voz Andina")]
    [InlineData("told the weekly magazine Hora Sur", "Hora Sur")]
    [InlineData("told the CPR", "CPR")]
    public void Extract_InquiryIntoWhetherReportedByTrailingPeople_ThePeopleSpeakThroughTheOutlet(string told, string outlet)
    {
        // Given: an open question held by investigators, which anonymous people report to an outlet
        var text = "Intruders copied routing tables from the Puerto Lindo cable operator last month. Peruvian prosecutors are examining whether the intrusion "
            + "was directed by China's Ministry of State Security, two people familiar with the inquiry " + told + ".";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then: the two people are the source, through the outlet; the open question hedges
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Equal(2, claim.Source.Count);
        Assert.Equal(outlet, claim.Source.CitedVia);
        Assert.Contains("whether", claim.HedgingCues);
    }

    [Fact]
    public void Extract_TheyStressedACriminalMotiveRemainedLikely_AlternativeHypothesisOfTheSameSources()
    {
        // Given
        const string text = "Intruders copied routing tables from the Puerto Lindo cable operator last month. Peruvian prosecutors are examining whether the intrusion "
            + "was directed by China's Ministry of State Security, three officials told the newspaper La Voz Andina. "
            + "They stressed that a criminal motive remained the most likely explanation.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var alternative = Assert.Single(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal("criminals", alternative.Accused);
        Assert.Null(alternative.AccusedCountry);
        Assert.Equal(SourceKinds.AnonymousOfficials, alternative.Source.Kind);
        Assert.Equal(3, alternative.Source.Count);
        Assert.Equal("La Voz Andina", alternative.Source.CitedVia);
    }

    [Fact]
    public void Extract_ToldTheOutletsOwnAcronym_FirstHandReporting()
    {
        // Given: the people told the publisher itself ("Test Wire" as "the TW")
        const string text = "Intruders copied routing tables from the Puerto Lindo cable operator last month. Peruvian prosecutors are examining whether the intrusion "
            + "was directed by China's Ministry of State Security, two people familiar with the inquiry told the TW.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(SourceKinds.AnonymousOfficials, claim.Source.Kind);
        Assert.Null(claim.Source.CitedVia);
    }

    [Theory]
    [InlineData("Araucaria Cyber said the defacements were the work of Iran's Ministry of Intelligence, though it could not exclude a copycat.", "copycat")]
    [InlineData("Araucaria Cyber said the defacements were the work of Iran's Ministry of Intelligence. It said an insider had not been ruled out.", "insider")]
    public void Extract_DescribedCulpritHeldPossibleAfterAnAttribution_HedgedAlternativeHypothesis(string sentences, string accused)
    {
        // Given
        var text = "Hackers defaced the websites of three regional courts in Brazil. " + sentences;

        // When
        var claims = Extract(text).Claims;

        // Then
        var alternative = Assert.Single(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal(accused, alternative.Accused);
        Assert.Null(alternative.AccusedCountry);
        Assert.Equal(SourceKinds.Vendor, alternative.Source.Kind);
        Assert.True(alternative.Confidence < 60);
    }

    [Fact]
    public void Extract_WorkOfHacktivistsCopyingANamedGroup_TheHacktivistsAreTheAlternative()
    {
        // Given
        const string text = "Hackers breached two mobile operators in Kenya. Ruvu Security attributed the intrusions to Charming Kitten. "
            + "Ruvu Security added that the intrusions could also be the work of hacktivists copying Charming Kitten techniques.";

        // When
        var claims = Extract(text).Claims;

        // Then: the named group is the first claim's, the hacktivists the alternative's
        var alternative = Assert.Single(claims, c => c.Kind == ClaimKinds.AlternativeHypothesis);
        Assert.Equal("hacktivists", alternative.Accused);
        Assert.Null(alternative.AccusedCountry);
        Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution);
    }

    [Fact]
    public void Extract_CriminalsInARelativeClauseAboutATool_NoClaim()
    {
        // Given
        const string text = "Ransomware encrypted the Calder council's servers. Investigators most likely found traces of Cobalt Strike, a tool that criminals often abuse.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Kind is ClaimKinds.Attribution or ClaimKinds.AlternativeHypothesis);
    }

    [Theory]
    [InlineData("Harbour Mart said far fewer customers were affected than reported.")]
    [InlineData("Harbour Mart said the figure was overstated.")]
    [InlineData("Harbour Mart said its systems had never been at risk and that reports of a serious breach were \"inaccurate\".")]
    public void Extract_VictimDisputesTheReportedScale_SeverityDispute(string sentence)
    {
        // Given
        var text = "Hackers stole card data from the online shop of Harbour Mart, a retailer in Jeddah. Local media said 300,000 cards were compromised. " + sentence;

        // When
        var claims = Extract(text).Claims;

        // Then
        var dispute = Assert.Single(claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Contains("Harbour Mart", dispute.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReportsOfAStateRoleCalledUntrue_NotASeverityDispute()
    {
        // Given
        const string text = "Hackers stole files from the Kestrel Water Board. Russia's embassy said reports that Russia was behind the attack were untrue.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "RU");
    }

    [Fact]
    public void Extract_HeadlineSummarisingTheVictimsDispute_OneDisputeByTheVictim()
    {
        // Given: a page whose headline, at the head of its body, sums up the dispute the bank makes below
        const string text = "Lagos lender says hackers' data claims overstated\n\nHackers stole a database from Harbourline Bank last month. "
            + "Harbourline Bank said the figure was overstated.";
        var info = new DocumentInfo { Id = "t", Published = new DateOnly(2024, 6, 1), Source = "Test Wire", Title = "Lagos lender says hackers' data claims overstated" };

        // When
        var claims = new ArticleExtractor().Extract(new SourceDocument(info, text)).Claims;

        // Then
        var dispute = Assert.Single(claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Equal("Harbourline Bank", dispute.Source.Name);
    }

    [Fact]
    public void Extract_VendorBlogRestatingItsAttribution_OneClaimByTheVendor()
    {
        // Given: a vendor's blog post, in the vendor's own voice
        const string text = "Over the past three months Ruvu Threat Labs has tracked intrusions into mobile operators in Tanzania. "
            + "We assess with moderate confidence that the activity is the work of Charming Kitten. "
            + "The command-and-control servers overlap with those used in earlier Charming Kitten operations.";
        var info = new DocumentInfo { Id = "t", Published = new DateOnly(2024, 6, 1), Source = "Ruvu Threat Labs blog" };

        // When
        var claims = new ArticleExtractor().Extract(new SourceDocument(info, text)).Claims;

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.NotNull(claim.Source.EntityId);
        Assert.Contains("moderate confidence", claim.HedgingCues);
    }

    [Fact]
    public void Extract_DenierRebutsThenCallsAnotherStateTheRealHacker_CounterAccusation()
    {
        // Given: the rebuttal of the accuser first, then the counter-accusation in an "adding that" clause
        const string text = "Hackers read diplomatic mail at the Philippine Department of Foreign Affairs. The department said a group working for China was responsible. "
            + "China's foreign ministry rejected the accusation and accused the Philippines of hyping cyber threats, adding that the United States was "
            + "\"the world's biggest hacking empire\".";

        // When
        var claims = Extract(text).Claims;

        // Then
        var counter = Assert.Single(claims, c => c.Kind == ClaimKinds.CounterAccusation);
        Assert.Equal("US", counter.AccusedCountry);
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Denial && c.AccusedCountry == "CN");
    }

    [Fact]
    public void Extract_AccusedStateCallsTheAccuserAHavenForHackers_CounterAccusation()
    {
        // Given
        const string text = "Pakistan's Ministry of Information Technology said a blackout in Karachi was caused by hackers backed by India. "
            + "India's Ministry of External Affairs rejected the allegation as \"absurd\" and said Pakistan was a well-known haven for hacking groups.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var counter = Assert.Single(claims, c => c.Kind == ClaimKinds.CounterAccusation);
        Assert.Equal("PK", counter.AccusedCountry);
        Assert.Equal(SourceKinds.Accused, counter.Source.Kind);
    }

    [Fact]
    public void Extract_NoResponseToAnAccusationItHabituallyDismisses_NoDenial()
    {
        // Given
        const string text = "South Korea's National Intelligence Service said North Korea's Lazarus group had stolen design documents from a shipbuilder. "
            + "North Korea's state news agency KCNA did not respond to the accusation, which it typically dismisses as a fabrication.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Denial);
        Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution);
    }

    [Fact]
    public void Extract_AgencyRepeatsItsFinding_OneClaim()
    {
        // Given
        const string text = "South Korea's National Intelligence Service said North Korea's Lazarus group had stolen design documents from a shipbuilder. "
            + "In a briefing to lawmakers, the agency repeated its finding that the North Korean group was responsible.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("KP", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Fact]
    public void Extract_AccordingToAReportSeenByAnOutlet_TheReportSpeaksThroughTheOutlet()
    {
        // Given
        const string text = "Ransomware encrypted the revenue servers of the Mogale Bay municipality. The attack was carried out by a Russian-speaking criminal gang, "
            + "according to an internal report seen by the Highveld Gazette.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Null(claim.AccusedCountry);
        Assert.Equal("an internal report", claim.Source.Name);
        Assert.Equal("the Highveld Gazette", claim.Source.CitedVia);
    }

    [Fact]
    public void Extract_NoSuggestionAForeignGovernmentWasInvolved_NoAttribution()
    {
        // Given
        const string text = "Ransomware encrypted the revenue servers of the Mogale Bay municipality. Municipal manager Thabo Nkosi said there was "
            + "\"no suggestion at all\" that a foreign government was involved.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Government, claim.Source.Kind);
    }

    [Fact]
    public void Extract_AnonymousOfficialsCallTheGroupAFrontForAStateService_AttributionToTheState()
    {
        // Given
        const string text = "Hackers tried to change chlorine levels at two water plants in Israel. A group calling itself Cyber Avengers claimed the attack on Telegram. "
            + "Three Israeli officials, speaking on condition of anonymity, said the group was a front for Iran's Revolutionary Guard.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var attribution = Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.AnonymousOfficials);
        Assert.Equal("IR", attribution.AccusedCountry);
        Assert.Equal(3, attribution.Source.Count);
    }

    [Fact]
    public void Extract_SuchGroupsOftenActAsAFront_NoAttribution()
    {
        // Given
        const string text = "A pro-Russian hacktivist group knocked Danish ministry websites offline. Analysts at Recorded Future said such groups often act as a "
            + "front for Russian intelligence.";

        // When
        var claims = Extract(text).Claims;

        // Then
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "RU");
    }

    [Fact]
    public void Extract_CaveatThatNoFirmConclusionWasReached_HedgesTheAttribution()
    {
        // Given
        const string text = "A wiper erased computers at a Dubai port operator. Two people familiar with the matter said the wiper was similar to malware used by Iran, "
            + "but cautioned that investigators had not reached a firm conclusion. One of them said the attack had been traced to Iran by a foreign intelligence agency.";

        // When
        var claims = Extract(text).Claims;

        // Then: one hedged claim by the two people; the agency is a source, never the accused
        var claim = Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.AnonymousOfficials);
        Assert.Equal("IR", claim.AccusedCountry);
        Assert.Contains("inconclusive", claim.HedgingCues);
        Assert.True(claim.Confidence < 60);
        Assert.DoesNotContain(claims, c => c.Accused is { } accused && accused.Contains("intelligence agency", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ActorThatServesAStatesInterests_AccusedTakesTheCountry()
    {
        // Given
        const string text = "Hackers spent a year inside Kestrel Freight, a Singapore logistics company. \"We assess with moderate confidence that the intrusion was carried "
            + "out by Brass Kirin, a group that serves Chinese state interests,\" Tidewater Security's head of threat research Priya Raman said.";

        // When
        var claim = Assert.Single(Extract(text).Claims, c => c.Kind == ClaimKinds.Attribution);

        // Then
        Assert.Equal("CN", claim.AccusedCountry);
        Assert.Equal(SourceKinds.Vendor, claim.Source.Kind);
        Assert.Equal(60, claim.Confidence);
    }

    [Fact]
    public void Extract_VictimDidNotCommentOnTheAttribution_NoAttribution()
    {
        // When
        var claims = Extract("Hackers breached Kestrel Freight, a Singapore logistics company. Kestrel Freight confirmed the breach but did not comment on the attribution.").Claims;

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKinds.NoAttribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_StateSponsoredHackersLikelyBehindButNoCountryNamed_AttributionAndNoAttribution()
    {
        // Given
        const string text = "Indonesia's National Cyber and Crypto Agency (BSSN) said on Sunday that state-sponsored hackers were likely behind a breach of the "
            + "Ministry of Marine Affairs, but did not name the country it suspected.";

        // When
        var claims = Extract(text).Claims;

        // Then
        var attribution = Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution);
        Assert.Equal("state-sponsored hackers", attribution.Accused);
        Assert.Null(attribution.AccusedCountry);
        Assert.Equal(SourceKinds.Government, attribution.Source.Kind);
        Assert.Contains("likely", attribution.HedgingCues);
        Assert.Single(claims, c => c.Kind == ClaimKinds.NoAttribution && c.Source.Kind == SourceKinds.Government);
    }

    [Fact]
    public void Extract_UnnamedStateThenTheStateBySameSources_OneClaimOnTheState()
    {
        // Given
        const string text = "A wiper erased hundreds of computers at a Dubai port operator, two people familiar with the matter said, in what investigators suspect "
            + "was a state-backed operation. The two people said the wiper was similar to malware used by Iran.";

        // When
        var claim = Assert.Single(Extract(text).Claims);

        // Then
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal("IR", claim.AccusedCountry);
        Assert.Equal(2, claim.Source.Count);
    }

    [Fact]
    public void Extract_HeadlineRepeatingTheVictimsAttribution_OneClaimByTheVictim()
    {
        // Given: the headline at the head of a page's body
        const string text = "Peruvian carrier says state hackers stole call records\n\nTelecomunicaciones del Sur, Peru's second-largest mobile operator, said on Monday "
            + "that hackers working for a foreign government had accessed call records of senior officials.";
        var info = new DocumentInfo { Id = "t", Published = new DateOnly(2024, 6, 1), Source = "Test Wire", Title = "Peruvian carrier says state hackers stole call records" };

        // When
        var claims = new ArticleExtractor().Extract(new SourceDocument(info, text)).Claims;

        // Then
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKinds.Attribution, claim.Kind);
        Assert.Equal(SourceKinds.Victim, claim.Source.Kind);
    }

    [Fact]
    public void Extract_SelfClaimPromptingSpeculationInLocalMedia_HedgedMediaAttributionToTheState()
    {
        // Given
        const string text = "Personal records of members of Morocco's social security fund were published online. A hacker group calling itself JabaRoot had claimed "
            + "the leak on Telegram, prompting speculation in local media that Algeria was behind it.";

        // When
        var claims = Extract(text).Claims;

        // Then: the group's own claim, and the media's speculation as a claim of its own
        Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Accused);
        var speculation = Assert.Single(claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "DZ");
        Assert.Equal(SourceKinds.Media, speculation.Source.Kind);
        Assert.Contains("speculation", speculation.HedgingCues);
        Assert.True(speculation.Confidence < 70);
    }

    [Theory]
    [InlineData("The company, Skyward Link, said its satellites had never been at risk.", "Skyward Link")]
    [InlineData("One affected operator, Safaricel, told us it had found no evidence that subscriber data had been taken.", "Safaricel")]
    [InlineData("The stations' operator, Orbita Sul, said its satellites had never been at risk.", "Orbita Sul")]
    public void Extract_BusinessNamedInAppositionDisputesTheDamage_TheVictimDisputes(string sentence, string name)
    {
        // Given: a business no recogniser knows, named in apposition to its description
        var text = "Hackers broke into the ground stations of satellite and mobile operators in East Africa last month. " + sentence;

        // When
        var claims = Extract(text).Claims;

        // Then
        var dispute = Assert.Single(claims, c => c.Kind == ClaimKinds.SeverityDispute);
        Assert.Equal(SourceKinds.Victim, dispute.Source.Kind);
        Assert.Contains(name, dispute.Source.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Antofagasta-based company")]
    [InlineData("The Chilean copper miner")]
    [InlineData("The state-run miner")]
    public void Extract_BusinessDescribedBySeatCountryOrOwner_SpeaksAsTheVictim(string description)
    {
        // Given
        var text = "Quebrada Alta, a copper producer, said on Sunday that hackers had breached its corporate network on September 4. "
            + description + " said it had not determined who was responsible.";

        // When
        var result = Extract(text);

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal((ClaimKinds.NoAttribution, SourceKinds.Victim), (claim.Kind, claim.Source.Kind));
    }

    [Fact]
    public void Extract_SecurityFirmDescribedByItsSeat_IsNotTheVictim()
    {
        // Given
        const string text = "Hackers breached the Quebrada Alta network in September. The Santiago-based security firm said the attack bore the hallmarks of MuddyWater.";

        // When
        var result = Extract(text);

        // Then
        Assert.DoesNotContain(result.Claims, c => c.Source.Kind == SourceKinds.Victim);
    }
}
