using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;

namespace ThreatLedger.Extraction.Tests.Pipeline;

/// <summary>Incidents built by <see cref="ArticleExtractor"/> from short texts written for these tests.</summary>
public sealed class IncidentBuilderTests
{
    private static ExtractionDocument Extract(string text, DateOnly published) =>
        new ArticleExtractor().Extract(new SourceDocument(new DocumentInfo { Id = "t", Published = published }, text));

    [Fact]
    public void Build_StartClauseAfterDiscovery_ReadsStartAndDiscoverySeparately()
    {
        // Given: one sentence with the discovery date, then (after ';') when the intruders got in.
        const string text = "Contoso Clinic said a ransomware attack encrypted its servers. "
            + "The clinic discovered the attack on 3 April 2025; the intruders had entered its network in early March.";

        // When
        var result = Extract(text, new DateOnly(2025, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2025-03", incident.Time?.Start);
        Assert.Equal("2025-04-03", incident.Time?.Discovered);
        Assert.Equal(33, incident.Time?.DwellDays);
    }

    [Fact]
    public void Build_CompanySpeakerWithRelativeClause_IsTheVictim()
    {
        // Given: the company reports an attack on itself; the port it runs is only described.
        const string text = "Harbourline Logistics, which operates the container yard at the port of Brennick, said a wiper attack "
            + "destroyed data on hundreds of computers. The company said the wiper had been planted two weeks earlier.";

        // When
        var result = Extract(text, new DateOnly(2025, 2, 1));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventTypes.Wiper, incident.Type);
        Assert.Equal("Harbourline Logistics", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Theory]
    [InlineData("Kestrelia's Ministry of Finance said on Tuesday that hackers had gained access to several officials' mailboxes.")]
    [InlineData("The Maltese interior ministry said intruders had breached its staff email accounts over the summer.")]
    public void Build_GovernmentBodyReportsAnAttackOnItsOwnPeople_IsTheVictim(string sentence)
    {
        // Given: a ministry reports an attack on its own staff or systems and names no other target
        var result = Extract(sentence, new DateOnly(2025, 9, 1));

        // When
        var incident = Assert.Single(result.Incidents);

        // Then
        var victim = result.Entities.Single(e => e.Id == incident.VictimEntityId);
        Assert.Equal(EntityKinds.GovernmentBody, victim.Kind);
    }

    [Fact]
    public void Build_GovernmentBodyReportsAnAttackOnOthers_IsNotTheVictim()
    {
        // Given: an agency warns about attacks on other people's accounts
        const string text = "The Federal Bureau of Investigation said hackers had gained access to email accounts at dozens of small firms.";

        // When
        var result = Extract(text, new DateOnly(2025, 9, 1));

        // Then
        Assert.DoesNotContain(result.Incidents, i => i.VictimEntityId is { } id && result.Entities.Single(e => e.Id == id).Kind == EntityKinds.GovernmentBody);
    }

    [Fact]
    public void Build_BreachOfEmailAccountsAtABody_TheBodyIsTheVictim()
    {
        // Given
        const string text = "A vendor said Tarn Bear was behind the breach of email accounts at Slovenia's foreign ministry disclosed earlier this month.";

        // When
        var result = Extract(text, new DateOnly(2026, 2, 18));

        // Then
        var incident = Assert.Single(result.Incidents);
        var victim = result.Entities.Single(e => e.Id == incident.VictimEntityId);
        Assert.Equal("SI", victim.Attributes["country"]);
        Assert.Equal(EntityKinds.GovernmentBody, victim.Kind);
    }

    [Fact]
    public void Build_AttackerNamedBeforeTrigger_IsNotAVictimArgument()
    {
        // Given: the actor and the demonym stand before the trigger.
        const string text = "Researchers said the LockBit ransomware group encrypted the systems of Dunmore Council. "
            + "Chinese hackers were not involved in the ransomware attack, they added.";

        // When
        var result = Extract(text, new DateOnly(2025, 2, 1));

        // Then
        var victims = result.Events.SelectMany(e => e.Arguments).Where(a => a.Role == "Victim" && a.EntityId is not null)
            .Select(a => result.Entities.Single(e => e.Id == a.EntityId)).ToList();
        Assert.NotEmpty(victims);
        Assert.All(victims, v => Assert.Equal("Dunmore Council", v.Name));
    }

    [Fact]
    public void Build_SpeakerWithUnownedSystem_SpeakerIsTheVictim()
    {
        // Given: the breached system belongs to nobody named; the airline reports it.
        const string text = "Skyward Airlines said hackers stole passport numbers of 120,000 passengers after breaching a booking system in April. "
            + "The stolen data was offered for sale on a hacking forum.";

        // When
        var result = Extract(text, new DateOnly(2024, 6, 4));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Skyward Airlines", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
        Assert.Equal("2024-04", incident.Time?.Start);
    }

    [Fact]
    public void Build_SeparateIncidentAtDescribedCompany_TwoIncidentsWithTheirOwnTimes()
    {
        // Given: the second victim is named only after a descriptive noun ("the grid operator ...").
        const string text = "Norvik Energy said on Monday it was investigating a cyberattack that disrupted its billing systems for two days.\n\n"
            + "In a separate incident, the German grid operator Westnetz Transmission confirmed that attackers had stolen employee data in September. "
            + "Prosecutors said the Akira ransomware group listed the company on its leak site on November 2.";

        // When
        var result = Extract(text, new DateOnly(2024, 11, 20));

        // Then
        Assert.Equal(2, result.Incidents.Count);
        var first = result.Incidents[0];
        var second = result.Incidents[1];
        Assert.Equal("Norvik Energy", result.Entities.Single(e => e.Id == first.VictimEntityId).Name);
        Assert.Equal("2024-11-18", first.Time?.Disclosed); // "said on Monday": when it was disclosed
        Assert.Equal("Westnetz Transmission", result.Entities.Single(e => e.Id == second.VictimEntityId).Name);
        Assert.Equal("2024-09", second.Time?.Start);
        Assert.Contains(result.Claims, c => c.IncidentId == second.Id && c.Accused == "Akira");
    }

    [Fact]
    public void Build_PatchDate_IsNotTheIncidentStart()
    {
        // Given: the fixes came on Wednesday; the intrusions were found in December.
        const string text = "Corvane Systems released emergency fixes on Wednesday for two vulnerabilities after researchers found them exploited. "
            + "Volexity said it discovered the intrusions in December at a customer's network.";

        // When
        var result = Extract(text, new DateOnly(2024, 1, 12));

        // Then
        var times = result.Incidents.Select(i => i.Time).Where(t => t is not null).ToList();
        Assert.NotEmpty(times);
        Assert.DoesNotContain(times, t => t!.Start == "2024-01-10");
        Assert.Contains(times, t => t!.Discovered == "2023-12");
    }

    [Fact]
    public void Build_DurationBeforeDetection_StartsThatLongBeforeDiscovery()
    {
        // Given: only the detection date and the time the intruders had are known.
        const string text = "Optima Telecom said on Thursday that customer records had been stolen. "
            + "The attackers accessed an unprotected interface for three months before the breach was detected on 19 September 2022.";

        // When
        var result = Extract(text, new DateOnly(2022, 9, 28));

        // Then
        var time = Assert.Single(result.Incidents).Time;
        Assert.Equal("2022-09-19", time?.Discovered);
        Assert.Equal("2022-06", time?.Start);
        Assert.Equal("2022-09-22", time?.Disclosed);
        Assert.Equal(91, time?.DwellDays);
    }

    [Fact]
    public void Build_NationalNounNameAndSeparateBreach_TwoIncidentsAtOneVictim()
    {
        // Given: the victim is named as "Dutch brewer X"; a separate, earlier breach hit it too.
        const string text = "Dutch brewer Van Horst Brouwerij fell victim to a ransomware attack last weekend that halted production, the company said. "
            + "The Black Basta gang claimed the attack on its leak site. "
            + "Earlier this year, the brewer suffered a separate data breach when an employee's email account was hijacked.";

        // When
        var result = Extract(text, new DateOnly(2023, 3, 10));

        // Then
        Assert.Equal(2, result.Incidents.Count);
        Assert.All(result.Incidents, i => Assert.Equal("Van Horst Brouwerij", result.Entities.Single(e => e.Id == i.VictimEntityId).Name));
        Assert.Equal("2023-03-04", result.Incidents[0].Time?.Start);
        Assert.Equal(EventTypes.Databreach, result.Incidents[1].Type);
    }

    [Fact]
    public void Build_EarlierAttackOnASubsidiary_IncidentOfItsOwn()
    {
        // Given: a follow-up on an investigation mentions an earlier, unrelated ransomware attack on a subsidiary.
        const string text = "The national cyber office said on Friday that its investigation into the breach at Halvard Chemicals was continuing. "
            + "It is not the first time Halvard has been targeted: in March 2025, the company's Polish subsidiary Halvard Polska was hit by ransomware, "
            + "an attack claimed by the Medusa gang.";

        // When
        var result = Extract(text, new DateOnly(2026, 10, 2));

        // Then
        Assert.Equal(2, result.Incidents.Count);
        var ransom = Assert.Single(result.Incidents, i => i.Type == EventTypes.Ransom);
        Assert.Equal("Halvard Polska", result.Entities.Single(e => e.Id == ransom.VictimEntityId).Name);
        Assert.Equal("2025-03", ransom.Time?.Start);
        var breach = Assert.Single(result.Incidents, i => i.Type != EventTypes.Ransom);
        Assert.Equal("Halvard Chemicals", result.Entities.Single(e => e.Id == breach.VictimEntityId).Name);
        Assert.NotEqual("2025-03", breach.Time?.Start);
    }

    [Fact]
    public void Build_EarlierAttackOnSomeoneElseToldAsBackground_IncidentOfItsOwnWithoutTheDiscovery()
    {
        // Given: an organisation investigating suspicious activity, then a sentence on an earlier attack elsewhere.
        const string text = "The Tarnow Gas Company said on Tuesday it was investigating suspicious activity on its billing network. "
            + "Engineers noticed the activity on April 3 and cut the network off. "
            + "In 2024 a hacktivist group defaced the login page of a small gas distributor in the south of the country.";

        // When
        var result = Extract(text, new DateOnly(2026, 4, 8));

        // Then
        Assert.Equal(2, result.Incidents.Count);
        var intrusion = Assert.Single(result.Incidents, i => i.Type == EventTypes.Intrusion);
        Assert.Equal("Tarnow Gas Company", result.Entities.Single(e => e.Id == intrusion.VictimEntityId).Name);
        Assert.Null(intrusion.Time?.Start);
        var defacement = Assert.Single(result.Incidents, i => i.Type == EventTypes.Defacement);
        Assert.Null(defacement.VictimEntityId);
        Assert.Equal("2024", defacement.Time?.Start);
        Assert.Null(defacement.Time?.Discovered);
    }

    [Fact]
    public void Build_VictimStillRecoveringFromAnEarlierRansomwareAttack_TwoIncidentsEachWithItsOwnDates()
    {
        // Given: a flood on Monday, and the ransomware attack of the month before that the victim is recovering from.
        const string text = "The booking website of Kelso Ferries was knocked offline on Monday by a distributed denial-of-service attack. "
            + "The company is still recovering from the ransomware attack in early May, which disrupted ticket sales for ten days.";

        // When
        var result = Extract(text, new DateOnly(2026, 6, 10));

        // Then
        Assert.Equal(2, result.Incidents.Count);
        var flood = Assert.Single(result.Incidents, i => i.Type == EventTypes.DDoS);
        Assert.Equal("2026-06-08", flood.Time?.Start);
        var ransom = Assert.Single(result.Incidents, i => i.Type == EventTypes.Ransom);
        Assert.Equal("2026-05", ransom.Time?.Start);
        Assert.Equal(flood.VictimEntityId, ransom.VictimEntityId);
    }

    [Fact]
    public void Build_RansomwareSentenceWithAnEarlierStartOfTheIntrusion_SameIncident()
    {
        // Given: the sentence's earlier date belongs to the intruders' presence, not to the ransomware mention.
        const string text = "A cyberattack paralysed Kelso Ferries earlier this month, officials said. "
            + "They said the ransomware was used as cover and that the intruders had been inside the network since at least January.";

        // When
        var result = Extract(text, new DateOnly(2026, 3, 20));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2026-01", incident.Time?.Start);
    }

    [Fact]
    public void Build_IntrusionMonthsBeforeTheRansomware_SameIncident()
    {
        // Given: ransomware on Monday; the intruders had got in months before (a first step, not an incident of its own).
        const string text = "Ransomware encrypted the servers of Kelso Ferries on Monday. "
            + "Investigators found that the hackers had broken into the company's network in February.";

        // When
        var result = Extract(text, new DateOnly(2026, 6, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2026-02", incident.Time?.Start);
    }

    [Fact]
    public void Build_SameYearSentenceOnHowTheIntrudersGotIn_SameIncident()
    {
        // Given: a sentence opening with an earlier month of the same year tells the first step of the incident in hand.
        const string text = "The Tarnow Gas Company said on Tuesday that ransomware had encrypted its billing servers. "
            + "In January, a phishing email gave the attackers a foothold.";

        // When
        var result = Extract(text, new DateOnly(2026, 4, 8));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2026-01", incident.Time?.Start);
    }

    [Fact]
    public void Build_EarlierYearOpensASentenceAboutTheVictimsOwnNetwork_SameIncident()
    {
        // Given: the year opens a sentence that tells when the intruders got into the victim's own network.
        const string text = "The Tarnow Gas Company said on Tuesday that hackers had stolen customer records. "
            + "In 2025 the intruders broke into the network through a contractor's account.";

        // When
        var result = Extract(text, new DateOnly(2026, 4, 8));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2025", incident.Time?.Start);
    }

    [Fact]
    public void Build_IncidentResponseFirmAndUnusualTraffic_OneIntrusionAtTheOperator()
    {
        // Given: "incident" names the responders' trade; the operator's unusual traffic and the entry tell the intrusion.
        const string text = "Kestrel Labs, an incident response firm, was called in by Orla Shipping after the company spotted unusual traffic on its servers. "
            + "The attackers had entered the network in March through a stolen password.";

        // When
        var result = Extract(text, new DateOnly(2026, 5, 6));

        // Then
        Assert.DoesNotContain(result.Events, e => e.Trigger.Text == "incident");
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventTypes.Intrusion, incident.Type);
        Assert.Equal("Orla Shipping", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
        Assert.Equal("2026-03", incident.Time?.Start);
    }

    [Fact]
    public void Build_NameHitByAnAttack_IsItsVictimEvenBesideAnotherOrganisation()
    {
        // Given: two organisations in the sentence; the passive "was hit by" names the victim.
        const string text = "Marlow Freight was hit by a ransomware attack on Tuesday that delayed deliveries for Kestrel Retail and other customers.";

        // When
        var result = Extract(text, new DateOnly(2026, 4, 9));

        // Then
        var incident = result.Incidents.First();
        Assert.Equal("Marlow Freight", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Build_AgentBeforeTheAttack_IsNotItsVictim()
    {
        // Given: the only organisation of the sentence besides the speaker is the one said to be behind the breach.
        const string text = "Estonia's foreign ministry said on Wednesday that the GRU was behind the breach of the country's maritime safety agency.";

        // When
        var result = Extract(text, new DateOnly(2026, 5, 20));

        // Then
        Assert.DoesNotContain(result.Incidents, i => i.VictimEntityId is { } v && result.Entities.Single(e => e.Id == v).Aliases.Contains("GRU"));
        Assert.Contains(result.Claims, c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry == "RU");
    }

    [Fact]
    public void Build_DiscoveryVerbFarBeforeItsDate_StillTheDiscoveryDate()
    {
        // Given: "discovered" sits more than a few words before the weekday it dates.
        const string text = "A ransomware attack encrypted the record systems of Fairholm Health on Sunday. "
            + "The chief executive said the intrusion was discovered by its security team in the early hours of Sunday.";

        // When
        var result = Extract(text, new DateOnly(2025, 6, 18));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2025-06-15", incident.Time?.Discovered);
    }

    [Fact]
    public void Build_HeadlineOpensTheIncident_VictimNamedByTheFirstParagraph()
    {
        // Given: a headline without a name, then the company speaking of its own system.
        const string text = "Shipping firm says hackers stole crew data\n\nNordvik Shipping, a Norwegian tanker operator, said on Friday that hackers had stolen "
            + "passport scans after breaching its crew management system in early June.";

        // When
        var result = Extract(text, new DateOnly(2024, 7, 22));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Nordvik Shipping", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Build_AgencyWithBracketedAcronymSpeaks_IsNotTheVictim()
    {
        // Given
        const string text = "Westmark Power said intruders accessed an engineering workstation in December. "
            + "Germany's Federal Office for Information Security (BSI) said it was supporting the investigation but did not attribute the attack.";

        // When
        var result = Extract(text, new DateOnly(2025, 1, 14));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Westmark Power", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
        var declined = Assert.Single(result.Claims, c => c.Kind == ClaimKinds.NoAttribution);
        Assert.Equal(SourceKinds.Government, declined.Source.Kind);
    }

    [Fact]
    public void Build_GroupCallingItselfByAName_SelfClaimByTheNamedGroup()
    {
        // Given
        const string text = "A pro-Iranian hacktivist group calling itself Cyber Toufan claimed on Telegram that it defaced the website of Israel's Ministry of Energy on Tuesday.";

        // When
        var result = Extract(text, new DateOnly(2025, 1, 15));

        // Then
        var claim = Assert.Single(result.Claims);
        Assert.Equal("Cyber Toufan", claim.Accused);
        Assert.Equal(SourceKinds.Accused, claim.Source.Kind);
        var group = result.Entities.Single(e => e.Name == "Cyber Toufan");
        Assert.Equal("IR", group.Attributes["aligned_with"]);
        Assert.False(group.Attributes.ContainsKey("country"));
        Assert.Equal("hacktivist", group.Attributes["actor_type"]);
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("Tuesday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Acme Bank breach lasted from January 2023 to February 2024.", "2023-01", "2024-02")]
    [InlineData("Hackers breached the Acme Bank network between March and May.", "2024-03", "2024-05")]
    public void Build_DateRange_StartAndEnd(string text, string start, string end)
    {
        // When
        var result = Extract(text, new DateOnly(2024, 6, 12));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(start, incident.Time?.Start);
        Assert.Equal(end, incident.Time?.End);
    }

    [Fact]
    public void Build_UndetectedForADuration_DiscoveredWhenItEnded()
    {
        // When
        var result = Extract("Hackers breached the Acme Bank network on 5 May and remained undetected for six weeks.", new DateOnly(2024, 6, 30));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2024-05-05", incident.Time?.Start);
        Assert.Equal("2024-06", incident.Time?.Discovered);
        Assert.Equal(42, incident.Time?.DwellDays);
    }

    [Fact]
    public void Build_DisclosedTheBreachOnADay_DisclosureDate()
    {
        // When
        var result = Extract("Acme Bank disclosed the breach last Thursday, saying attackers first got in three months earlier.", new DateOnly(2024, 6, 12));

        // Then
        Assert.Equal("2024-06-06", Assert.Single(result.Incidents).Time?.Disclosed);
    }

    [Fact]
    public void Build_OrganisationNamedOnlyAsAnEmployerWithAccessRange_VictimStartEndAndDisclosure()
    {
        // Given
        const string text = "\"We believe a sophisticated actor was responsible for this intrusion,\" said Maria Lind, chief information security officer at Nordbank, "
            + "in a statement on Friday. The bank said the attackers had access to its internal network from June to September.";

        // When
        var result = Extract(text, new DateOnly(2024, 11, 4));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Nordbank", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
        Assert.Equal("2024-06", incident.Time?.Start);
        Assert.Equal("2024-09", incident.Time?.End);
        Assert.Equal("2024-11-01", incident.Time?.Disclosed);
    }

    [Fact]
    public void Build_StillDisruptedWeeksAfterTheAttack_StartCountedBackFromTheStatement()
    {
        // When
        var result = Extract("Services at Whitmoor City Council remain disrupted three weeks after a cyberattack took its systems offline, "
            + "the council said on Wednesday.", new DateOnly(2023, 11, 30));

        // Then: said on 2023-11-29, three weeks earlier is 2023-11-08, ISO week 45; the three weeks are not the attack's duration
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2023-W45", incident.Time?.Start);
        Assert.Equal("2023-11-29", incident.Time?.Disclosed);
        Assert.Null(incident.Time?.Duration);
    }

    [Fact]
    public void Build_VictimIntroducedByADescriptiveNoun_IsTheVictim()
    {
        // Given
        const string text = "The breach of payments processor Calloway Pay exposed card numbers.";

        // When
        var result = Extract(text, new DateOnly(2025, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Calloway Pay", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Build_AgencyThatBlames_IsNotTheVictim()
    {
        // Given: the ministry speaks about the attack; it was not hit.
        const string text = "The Danish Defence Ministry on Tuesday blamed Russian hackers for the attack.";

        // When
        var result = Extract(text, new DateOnly(2025, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Null(incident.VictimEntityId);
    }

    [Fact]
    public void Build_TamperingWithControllers_IntrusionIncident()
    {
        // Given
        const string text = "Regulators said intruders tampered with pump controllers at a Lakemoor water plant in March.";

        // When
        var result = Extract(text, new DateOnly(2025, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventTypes.Intrusion, incident.Type);
        Assert.Equal("2025-03", incident.Time?.Start);
    }

    [Fact]
    public void Build_SpeakerSaysItsSystemsWereHit_IsTheVictim()
    {
        // Given
        const string text = "Ashby County Council said its systems were hit by a cyberattack on Monday.";

        // When
        var result = Extract(text, new DateOnly(2025, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Ashby County Council", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Build_AccessForMonthsBeforeTheBreachWasFound_StartCountedBack()
    {
        // Given
        const string text = "Intruders had access to the Acme Port network for at least four months before the breach was found in June 2024.";

        // When
        var result = Extract(text, new DateOnly(2024, 7, 1));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2024-06", incident.Time?.Discovered);
        Assert.Equal("2024-02", incident.Time?.Start);
    }

    [Fact]
    public void Build_BodyInsideAnActorsAppositive_NotTheVictim()
    {
        // Given: the GRU is named only as Sandworm's parent.
        const string text = "Officials blamed Sandworm, a unit of Russia's GRU military intelligence, for a cyberattack that cut power to Lviv.";

        // When
        var result = Extract(text, new DateOnly(2025, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Null(incident.VictimEntityId);
    }

    [Fact]
    public void Build_AttackThatCrippledTheWebsiteOfAnOrganisation_IsTheVictim()
    {
        // Given
        const string text = "A DDoS attack crippled the website of Lindholm Airport on Monday.";

        // When
        var result = Extract(text, new DateOnly(2025, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Lindholm Airport", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Build_StateBodySuspectedOfTheAttack_NotTheVictim()
    {
        // Given
        const string text = "The agency said it suspects Belarusian intelligence services of orchestrating the attack on Sunday.";

        // When
        var result = Extract(text, new DateOnly(2025, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Null(incident.VictimEntityId);
    }

    [Theory]
    [InlineData("Hackers breached Harbor Bank in April. Analysts said the loader was one the group has used against lenders since 2019.")]
    [InlineData("Ransomware encrypted servers at Harbor Bank in April. The gang encrypted the files with a locker its affiliates have deployed since at least 2022.")]
    [InlineData("Hackers breached Harbor Bank in April. The group previously hit insurers in 2018.")]
    public void Build_ActorsEarlierActivity_NotTheIncidentsStart(string text)
    {
        // When
        var result = Extract(text, new DateOnly(2024, 6, 1));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2024-04", incident.Time?.Start);
    }

    [Fact]
    public void Build_StartAfterDiscovery_Dropped()
    {
        // Given: the later date is the leak, not when the intrusion began.
        const string text = "Harbor Bank detected the intrusion on March 3. The ransomware gang leaked the stolen files on March 20.";

        // When
        var result = Extract(text, new DateOnly(2024, 6, 1));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2024-03-03", incident.Time?.Discovered);
        Assert.Null(incident.Time?.Start);
    }

    [Fact]
    public void Build_SiphoningSinceMonthYear_StartOfThatMonth()
    {
        // Given
        const string text = "Harbor Bank found in May that intruders had been siphoning loan files since October 2022.";

        // When
        var result = Extract(text, new DateOnly(2023, 6, 1));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2022-10", incident.Time?.Start);
    }

    [Fact]
    public void Build_StartWordBesideAFlawOnly_Start()
    {
        // Given: the sentence's only event mention is the flaw's.
        const string text = "Ransomware hit Harbor College in May. The attackers first got in early in 2023 by exploiting an unpatched VPN server.";

        // When
        var result = Extract(text, new DateOnly(2024, 6, 1));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2023", incident.Time?.Start);
    }

    [Fact]
    public void Build_MaintainedAccess_Intrusion()
    {
        // Given
        const string text = "Investigators said the group had maintained access to the networks of Harbor Water for two years.";

        // When
        var result = Extract(text, new DateOnly(2024, 6, 1));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("P2Y", incident.Time?.Duration);
    }

    [Fact]
    public void Build_IntelligenceServiceOnPoliceOfficers_NotTheVictim()
    {
        // Given: the service reports on another body's people.
        const string text = "The Dutch Military Intelligence and Security Service said hackers stole contact details of police officers in May.";

        // When
        var result = Extract(text, new DateOnly(2024, 6, 1));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.NotEqual("Military Intelligence and Security Service", result.Entities.SingleOrDefault(e => e.Id == incident.VictimEntityId)?.Name);
    }

    [Theory]
    [InlineData("A spokesperson said the files appeared to come from a 2021 breach at a former claims vendor.")]
    [InlineData("\"The documents were taken from a supplier's server during an incident last year,\" the company said.")]
    [InlineData("Researchers said several screenshots came from an unrelated incident in 2023.")]
    public void Build_DateOfAnotherIncident_IsNoStart(string sentence)
    {
        // Given: the reported attack has no date of its own
        var text = "Hackers claimed to have stolen data from Pellbrook Mutual Insurance. " + sentence;

        // When
        var result = Extract(text, new DateOnly(2025, 12, 2));

        // Then
        Assert.All(result.Incidents, i => Assert.Null(i.Time?.Start));
    }

    [Fact]
    public void Build_DateOfTheReportedAttackAfterIndefiniteNoun_IsStillTheStart()
    {
        // Given
        const string text = "Customer records were stolen in a cyberattack in March, Pellbrook Mutual Insurance said.";

        // When
        var result = Extract(text, new DateOnly(2025, 6, 2));

        // Then
        Assert.Equal("2025-03", Assert.Single(result.Incidents).Time?.Start);
    }

    [Fact]
    public void Build_BeganThenWasDiscovered_StartAndDiscoveryFromTheNearestVerb()
    {
        // Given
        const string text = "Hackers broke into the network of Kesari Aerospace, officials said. The intrusion began in January and was discovered in May.";

        // When
        var result = Extract(text, new DateOnly(2025, 6, 12));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2025-01", incident.Time?.Start);
        Assert.Equal("2025-05", incident.Time?.Discovered);
    }

    [Fact]
    public void Build_LoggedInOnADay_RefinesTheMonthStart()
    {
        // Given
        const string text = "In January ransomware encrypted the servers of a logistics company. "
            + "The affiliate logged in through a stolen VPN account on January 6 and deployed the encryptor nine days later.";

        // When
        var result = Extract(text, new DateOnly(2026, 2, 10));

        // Then
        Assert.Equal("2026-01-06", Assert.Single(result.Incidents).Time?.Start);
    }

    [Theory]
    [InlineData("A hacker group calling itself Nightjar said on Telegram on Sunday that it had breached Galil Freight and published its emails.")]
    [InlineData("The Nightjar ransomware gang on Sunday added Galil Freight to its leak site, claiming to have stolen its records.")]
    public void Build_DateOfAClaimOrListing_IsNoStart(string text)
    {
        // When
        var result = Extract(text, new DateOnly(2025, 7, 8));

        // Then
        Assert.All(result.Incidents, i => Assert.Null(i.Time?.Start));
    }

    [Fact]
    public void Build_EntryVerbWithoutOtherTrigger_GivesTheStart()
    {
        // Given: the second sentence names no attack, only when the intruders got in
        const string text = "The Lakeside Transit Authority (LTA) confirmed a breach of its ticketing platform.\n\n"
            + "The LTA said the intruders first got in during October 2025.";

        // When
        var result = Extract(text, new DateOnly(2026, 1, 20));

        // Then
        Assert.Equal("2025-10", Assert.Single(result.Incidents).Time?.Start);
    }

    [Fact]
    public void Build_UndetectedForWeeksInItsOwnSentence_IsTheDuration()
    {
        // Given
        const string text = "Hackers broke into the payroll system of Orchard Valley College. "
            + "The college found the intrusion on 2 February. Investigators think the hackers went undetected for about nine weeks.";

        // When
        var result = Extract(text, new DateOnly(2026, 2, 20));

        // Then
        var time = Assert.Single(result.Incidents).Time;
        Assert.Equal("P9W", time?.Duration);
        Assert.Equal("2026-02-02", time?.Discovered);
    }

    [Fact]
    public void Build_SaidStartAndAGangsDebut_TheSaidStartWins()
    {
        // Given: the gang's founding year is earlier than the intrusion but is no date of it
        const string text = "Marlow Plastics Ltd said ransomware encrypted its factory servers on Sunday. "
            + "The attackers first got in during August through a supplier's account. "
            + "The note named Quasar, a ransomware gang that has hit dozens of firms since it emerged in 2022.";

        // When
        var result = Extract(text, new DateOnly(2025, 10, 15));

        // Then
        Assert.Equal("2025-08", Assert.Single(result.Incidents).Time?.Start);
    }

    [Fact]
    public void Build_AttackBeganAndAnOlderIncidentRecalled_StartIsTheReportedOne()
    {
        // Given: a later paragraph recalls an incident from years before
        const string text = "The town of Ellesby said a cyberattack took its permit and tax systems offline. "
            + "The attack began on May 3 and services were restored on May 9.\n\n"
            + "In June 2019, the town lost $90,000 to a fraudulent invoice sent by email.";

        // When
        var result = Extract(text, new DateOnly(2025, 5, 14));

        // Then
        var time = Assert.Single(result.Incidents).Time;
        Assert.Equal("2025-05-03", time?.Start);
    }

    [Fact]
    public void Build_LaterResponseThatBegan_IsNoStart()
    {
        // Given: "began" says when the victim started writing to customers, not when the attack began
        const string text = "Hackers accessed a customer database at Tarn Mutual between March 4 and March 12. "
            + "The insurer found the breach in April. It began writing to affected customers this week.";

        // When
        var result = Extract(text, new DateOnly(2025, 5, 20));

        // Then
        Assert.Equal("2025-03-04", Assert.Single(result.Incidents).Time?.Start);
    }

    [Fact]
    public void Build_RegulatorTheBreachWasReportedTo_IsNotTheVictim()
    {
        // Given
        const string text = "A travel agency, Solmar Tours, said an intruder copied passenger files from its booking system. "
            + "It has reported the breach to the Irish Data Protection Commission.";

        // When
        var result = Extract(text, new DateOnly(2025, 9, 1));

        // Then
        var commission = Assert.Single(result.Entities, e => e.Name.Contains("Data Protection Commission", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Events, e => e.Arguments.Any(a => a.Role == "Victim" && a.EntityId == commission.Id));
        Assert.DoesNotContain(result.Incidents, i => i.VictimEntityId == commission.Id);
    }

    [Fact]
    public void Build_CampaignActiveSinceADate_StartsThen()
    {
        // Given: the campaign, not a group, has been active since the date
        const string text = "We have tracked a credential-phishing campaign against accountants that has been active since early last year. "
            + "The phishing emails impersonate tax authorities.";

        // When
        var result = Extract(text, new DateOnly(2026, 3, 2));

        // Then
        Assert.Equal("2025", Assert.Single(result.Incidents).Time?.Start);
    }

    [Fact]
    public void Build_ServicesRestoredByADate_IsTheEnd()
    {
        // Given
        const string text = "A cyberattack knocked out the online services of Brackley Borough Council. "
            + "The attack started on 2 March and the services were back online by 11 March, the council said.";

        // When
        var result = Extract(text, new DateOnly(2025, 3, 20));

        // Then
        var time = Assert.Single(result.Incidents).Time;
        Assert.Equal("2025-03-02", time?.Start);
        Assert.Equal("2025-03-11", time?.End);
    }

    [Fact]
    public void Build_AgencyThroughItsSpokespersonAndSparedSystems_IsNotTheVictim()
    {
        // Given: the agency reports a flood on other bodies' websites and says what was spared
        const string text = "A denial-of-service attack took the websites of several Danish towns offline on Monday. "
            + "The Danish Agency for Digital Security (DADS) said the attack did not affect internal systems. "
            + "\"Such attacks are short-lived,\" said DADS spokesperson Mette Lund.";

        // When
        var result = Extract(text, new DateOnly(2025, 11, 5));

        // Then
        var agency = Assert.Single(result.Entities, e => e.Aliases.Contains("DADS"));
        Assert.DoesNotContain(result.Incidents, i => i.VictimEntityId == agency.Id);
    }

    [Fact]
    public void Build_SpeakerWhoseServicesAreBackAfterAnAttack_IsTheVictim()
    {
        // Given
        const string text = "The Town of Hallam said on Monday that its permit portal was back online after a cyberattack that encrypted its servers.";

        // When
        var result = Extract(text, new DateOnly(2025, 11, 5));

        // Then
        var town = Assert.Single(result.Entities, e => e.Name == "Town of Hallam");
        Assert.Contains(result.Incidents, i => i.VictimEntityId == town.Id);
    }

    [Fact]
    public void Build_DurationBeforeALaterDatedStep_CountsTheStartBack()
    {
        // Given: the encryption date is a later step; the intrusion began about three months before it
        const string text = "Fenwick Opticians Ltd said ransomware hit its clinics last month. "
            + "The intruders used a stolen password about three months before the encryptor was launched on September 20.";

        // When
        var result = Extract(text, new DateOnly(2025, 10, 14));

        // Then
        var time = Assert.Single(result.Incidents).Time;
        Assert.Equal("2025-06", time?.Start);
        Assert.Equal("P3M", time?.Duration);
    }

    [Theory]
    [InlineData("Investigators are tracing the hackers who breached the booking system of ferry operator Solvik Linjer in March.")]
    [InlineData("Investigators are tracing the hackers who breached the booking system of the Norwegian ferry operator Solvik Linjer in March.")]
    [InlineData("Investigators are tracing the hackers who breached the booking system of Solvik Linjer in March.")]
    public void Build_SystemOfADescribedOrganisation_TheOrganisationIsTheVictim(string text)
    {
        // Given / When
        var result = Extract(text, new DateOnly(2025, 5, 2));

        // Then: the owner named after "of", with or without a short description of it
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Solvik Linjer", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Build_DiscoveryWordingWithoutAttackMention_DatesTheDiscovery()
    {
        // Given: the attack is named once; the discovery sentence only speaks of "unusual activity".
        const string text = "The Oakhurst ferry operator Tidewell Lines said a ransomware attack had disrupted ticket sales. "
            + "Tidewell Lines said it noticed unusual activity on its servers on March 3 and called in investigators.";

        // When
        var result = Extract(text, new DateOnly(2025, 3, 14));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2025-03-03", incident.Time?.Discovered);
    }

    [Fact]
    public void Build_PresenceSinceAndFoundInSentenceWithoutAttack_DatesStartAndDiscovery()
    {
        // Given: a breach, then a sentence saying when the intruders were found and since when they had been inside.
        const string text = "The water utility Brenfield Water said hackers had stolen billing records. "
            + "Its security team found the intruders on June 12 and said they had been in the network since the previous November.";

        // When
        var result = Extract(text, new DateOnly(2025, 7, 2));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2024-11", incident.Time?.Start);
        Assert.Equal("2025-06-12", incident.Time?.Discovered);
    }

    [Fact]
    public void Build_ExposureRangeAndClosure_GiveStartEndAndDiscovery()
    {
        // Given: a database left open, the range of the exposure and when a researcher found it and it was closed.
        const string text = "A database of the tutoring service Brightpath Tutors was left exposed on the internet without a password. "
            + "A researcher said he found the database on October 9 and alerted the firm, which secured it the next day. "
            + "Logs showed the database had been publicly reachable since early August.";

        // When
        var result = Extract(text, new DateOnly(2025, 10, 20));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventTypes.Databreach, incident.Type);
        Assert.Equal("2025-08", incident.Time?.Start);
        Assert.Equal("2025-10-10", incident.Time?.End);
        Assert.Equal("2025-10-09", incident.Time?.Discovered);
    }

    [Theory]
    [InlineData("The school board said in a letter to parents on Monday that pupil files had been accessed without authorisation.")]
    [InlineData("The school board disclosed the breach to parents on Monday; pupil files had been accessed without authorisation.")]
    public void Build_DisclosureToRecipients_DatesTheDisclosureNotTheStart(string sentence)
    {
        // Given: a disclosure date with its recipients between the verb and the date
        var result = Extract("Pupil files of the Ashgrove School Board were accessed without authorisation. " + sentence, new DateOnly(2025, 5, 14));

        // When
        var incident = Assert.Single(result.Incidents);

        // Then
        Assert.Equal("2025-05-12", incident.Time?.Disclosed);
        Assert.Null(incident.Time?.Start);
    }

    [Fact]
    public void Build_StartBeforeALaterDiscoveryVerb_KeepsBothDates()
    {
        // Given: one sentence with the entry date first and the discovery verb and date after it.
        const string text = "The museum group Harlan Museums said an intruder downloaded donor records from its ticketing system. "
            + "The group said the intruder first logged in on August 2 and was discovered nine days later, on August 11.";

        // When
        var result = Extract(text, new DateOnly(2025, 8, 20));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2025-08-02", incident.Time?.Start);
        Assert.Equal("2025-08-11", incident.Time?.Discovered);
    }

    [Fact]
    public void Build_TimeSinceDiscovery_IsNoStart()
    {
        // Given: the disclosure comes weeks after the detection; the start is said elsewhere.
        const string text = "The broadband provider Fennick Fibre disclosed on Monday that hackers had accessed a customer database, "
            + "more than six weeks after the intrusion was detected.";

        // When
        var result = Extract(text, new DateOnly(2025, 9, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Null(incident.Time?.Start);
        Assert.Equal("2025-09-08", incident.Time?.Disclosed);
    }

    [Theory]
    [InlineData("Three in ten hospitals said they had suffered a ransomware attack last year, according to a survey published on Monday. "
        + "Phishing remained the most common way in, and fewer hospitals paid ransoms than before.")]
    [InlineData("The government published a strategy that would require operators to report ransomware attacks within a day. "
        + "Officials said ransomware and data theft remained the main risks to public services.")]
    [InlineData("The agency said in its annual review that state-backed groups were behind many of the most serious intrusions. "
        + "It warned that the number of attacks on charities had grown.")]
    public void Build_PolicyOrSurveyWithoutConcreteIncident_ReportsNoIncident(string text)
    {
        // Given: reporting about attacks in general, with no victim and no named actor

        // When
        var result = Extract(text, new DateOnly(2025, 6, 4));

        // Then
        Assert.Empty(result.Incidents);
        Assert.All(result.Events.Where(e => e.Type != EventTypes.Discover), e => Assert.Equal("Generic", e.Realis));
    }

    [Fact]
    public void Build_ConcreteAttackBesideStatistics_StillReportsTheIncident()
    {
        // Given: a survey sentence and a concrete attack on a named victim
        const string text = "The brewer Hollybank Ales said a ransomware attack on Sunday halted its bottling lines. "
            + "A survey published last month found that one in five brewers had suffered an attack.";

        // When
        var result = Extract(text, new DateOnly(2025, 6, 4));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Hollybank Ales", result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Theory]
    [InlineData("An unauthorised party downloaded the records of 9,000 members of the Corley Rowing Club.")]
    [InlineData("Member records of the Corley Rowing Club were accessed without authorisation.")]
    [InlineData("The Corley Rowing Club left 9,000 member records exposed on the internet.")]
    public void Build_BreachPhrasingWithoutAttackVerb_IsADataBreach(string sentence)
    {
        // Given: a breach told without "breach", "hack" or "stole"

        // When
        var result = Extract(sentence, new DateOnly(2025, 6, 4));

        // Then
        Assert.Contains(result.Events, e => e.Type is EventTypes.Databreach or EventTypes.Intrusion);
        Assert.Single(result.Incidents);
    }

    [Fact]
    public void Build_AgencyListingWalletsOfTheGroup_IsNoVictim()
    {
        // Given: an exchange is robbed; the FBI names the group and lists its wallets.
        const string text = "Hackers stole $40 million from the crypto exchange Pellucid Markets on Friday. "
            + "The FBI attributed the theft to a North Korean group and listed wallet addresses used by the group.";

        // When
        var result = Extract(text, new DateOnly(2025, 6, 4));

        // Then
        var fbi = result.Entities.Single(e => e.Aliases.Contains("FBI") || e.Name == "FBI");
        Assert.DoesNotContain(result.Incidents, i => i.VictimEntityId == fbi.Id);
        Assert.DoesNotContain(result.Events.SelectMany(e => e.Arguments), a => a.Role == "Victim" && a.EntityId == fbi.Id);
    }

    [Fact]
    public void Build_RansomwareAttackDetectedOnADay_StartsThatDay()
    {
        // Given: only the day the attack was detected is known
        const string text = "Fenwick Haulage said a ransomware attack had encrypted its dispatch servers. "
            + "The company said its security team detected the intrusion on Tuesday evening and disconnected the servers.";

        // When
        var result = Extract(text, new DateOnly(2026, 3, 13));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2026-03-10", incident.Time?.Discovered);
        Assert.Equal("2026-03-10", incident.Time?.Start);
        Assert.Equal(0, incident.Time?.DwellDays);
    }

    [Fact]
    public void Build_BreachDetectedOnADay_NoStartAssumed()
    {
        // Given: a data theft may have begun long before it was detected
        const string text = "Fenwick Haulage said hackers had stolen customer records. The company detected the breach on Tuesday.";

        // When
        var result = Extract(text, new DateOnly(2026, 3, 13));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2026-03-10", incident.Time?.Discovered);
        Assert.Null(incident.Time?.Start);
    }

    [Fact]
    public void Build_DateThenDurationBeforeItWasSpotted_StartAndImpliedDiscovery()
    {
        // Given: the date opens a span that ran until the discovery; the actor's own history carries an older year
        const string text = "Attackers tampered with an update of the Brenner Soft invoicing tool. "
            + "The rigged version went up on the update server on May 4 and stayed online for about six weeks before it was spotted by a customer. "
            + "The backdoor contacts servers of a group the researchers have tracked since at least 2022.";

        // When
        var result = Extract(text, new DateOnly(2026, 7, 22));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2026-05-04", incident.Time?.Start);
        Assert.Equal("P6W", incident.Time?.Duration);
        Assert.Equal("2026-06", incident.Time?.Discovered);
    }

    [Theory]
    [InlineData("Lithuania's Ministry of Education said on Monday that a server holding the exam results of 80,000 pupils was exposed online for a month.", "Ministry of Education")]
    [InlineData("The Ardley Water Department confirmed that a file share with customer billing records was accessed without authorisation.", "Ardley Water Department")]
    public void Build_MinistryReportsAPassiveExposure_IsTheVictim(string sentence, string victim)
    {
        // Given a department reporting that something of its own was exposed
        var result = Extract(sentence, new DateOnly(2026, 6, 5));

        // When
        var incident = Assert.Single(result.Incidents);

        // Then
        Assert.Equal(victim, result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Build_DataProtectionAuthorityReportsAnExposure_IsNoVictim()
    {
        // Given: an oversight body speaks of someone else's exposure
        const string text = "The Data Protection Commission confirmed on Thursday that a database holding customer records was exposed on the internet.";

        // When
        var result = Extract(text, new DateOnly(2026, 6, 5));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Null(incident.VictimEntityId);
    }

    [Theory]
    [InlineData("The Pinecrest School District in Idaho cancelled classes on Monday after a ransomware attack on Sunday disabled its phones.", "Pinecrest School District")]
    [InlineData("Customers of Harbour Mutual Bank were unable to log in for most of Tuesday after a wave of denial-of-service attacks, the bank said.", "Harbour Mutual Bank")]
    public void Build_SubjectSufferingAfterAnAttack_IsTheVictim(string sentence, string victim)
    {
        // Given the consequence for the subject, then "after" and the attack
        var result = Extract(sentence, new DateOnly(2026, 11, 3));

        // When
        var incident = Assert.Single(result.Incidents);

        // Then
        Assert.Equal(victim, result.Entities.Single(e => e.Id == incident.VictimEntityId).Name);
    }

    [Fact]
    public void Build_RoundUpSeparatelyWithoutAnAttackNoun_SecondIncidentOfItsOwn()
    {
        // Given: a round-up's second story opens with "Separately," and tells a download by "an unauthorised party"
        const string text = "Brisa Energia, a utility in northern Portugal, said a ransomware attack encrypted its billing servers on Monday.\n\n"
            + "Separately, the ferry operator Solway Crossings said on Wednesday that an unauthorised party had downloaded the booking records of 12,000 passengers. "
            + "It has reported the breach to the regulator.";

        // When
        var result = Extract(text, new DateOnly(2026, 1, 29));

        // Then
        Assert.Equal(2, result.Incidents.Count);
        var second = result.Incidents.Single(i => i.Type == EventTypes.Databreach);
        Assert.Equal("Solway Crossings", result.Entities.Single(e => e.Id == second.VictimEntityId).Name);
    }

    [Theory]
    [InlineData("Pellworth Telecom, Ireland's third-largest mobile network, said hackers had copied the details of 90,000 subscribers.", EventTypes.Databreach)]
    [InlineData("The Dublin-based exchange Coinharbour Markets said attackers drained about $12 million from one of its hot wallets.", EventTypes.Databreach)]
    [InlineData("The Maltese Ministry of Finance said state-backed hackers spent five months inside its mail servers.", EventTypes.Intrusion)]
    public void Build_CopiedDrainedOrSpentInside_IncidentAtTheSpeaker(string sentence, string type)
    {
        // Given a victim reporting a theft or a stay inside its systems in plain verbs
        var result = Extract(sentence, new DateOnly(2026, 3, 26));

        // When
        var incident = Assert.Single(result.Incidents);

        // Then
        Assert.Equal(type, incident.Type);
        Assert.NotNull(incident.VictimEntityId);
    }

    [Theory]
    [InlineData("Hospitals in the region will take part in an exercise next week in which staff respond to a simulated ransomware attack on the patient records system. "
        + "If such an attack happened, surgery would stop within hours, the health board said.")]
    [InlineData("National computer security incident response teams will receive the reports. "
        + "The rules target flaws that attackers routinely use to build botnets for denial-of-service attacks.")]
    public void Build_ExerciseOrHabitualAttacks_NoIncident(string text)
    {
        // Given a text about a rehearsal, a rule or what attackers usually do

        // When
        var result = Extract(text, new DateOnly(2026, 10, 6));

        // Then
        Assert.Empty(result.Incidents);
    }

    [Fact]
    public void Build_OversightBodyActingAfterAnAttack_IsNoVictim()
    {
        // Given
        const string text = "The FBI opened an investigation after a ransomware attack on Sunday.";

        // When
        var result = Extract(text, new DateOnly(2026, 11, 3));

        // Then
        Assert.All(result.Incidents, i => Assert.Null(i.VictimEntityId));
    }
    [Fact]
    public void Build_FindingThatSaysWhenTheyEntered_IsTheStart()
    {
        // Given: "found that" introduces what the investigation learned, not when the breach was found.
        const string text = "Sorenko Tools, a maker of machine parts, said attackers stole design files. "
            + "The company discovered the breach on March 3. An investigation found that the attackers had entered through a VPN device in mid-February.";

        // When
        var result = Extract(text, new DateOnly(2026, 4, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2026-02", incident.Time?.Start);
        Assert.Equal("2026-03-03", incident.Time?.Discovered);
    }

    [Fact]
    public void Build_HolidayAttackAndDiscovery_OneIncidentWithBothDates()
    {
        // Given
        const string text = "Moorfield Homes, a housing association in Lancashire, said hackers stole tenants' details in an attack on Good Friday. "
            + "Its IT team discovered the breach on Easter Monday.";

        // When
        var result = Extract(text, new DateOnly(2026, 4, 9));

        // Then Easter 2026 fell on 5 April
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("2026-04-03", incident.Time?.Start);
        Assert.Equal("2026-04-06", incident.Time?.Discovered);
        Assert.Equal("GB", result.Entities.Single(e => e.Id == incident.VictimEntityId).Attributes.GetValueOrDefault("country"));
    }

    [Fact]
    public void Build_RoundUpParagraphOpeningWithAPlace_AnotherIncident()
    {
        // Given: a round-up whose last paragraph opens with "And in <country>," about a municipality's own services.
        const string text = "In Ghana, Accra-based lender Sika Credit said an attacker used a compromised staff account to download loan files between April 20 and May 2.\n\n"
            + "And in Peru, the municipality of San Martin del Rio said citizen services had been offline since a ransomware attack last Wednesday.";

        // When
        var result = Extract(text, new DateOnly(2026, 6, 15));

        // Then the lender's incident keeps its own dates, the town's attack is an incident of its own
        Assert.Equal(2, result.Incidents.Count);
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKinds.Organization && e.Name == "Peru");
        var lender = result.Incidents[0];
        Assert.Equal("2026-04-20", lender.Time?.Start);
        Assert.Equal("2026-05-02", lender.Time?.End);
        var town = result.Entities.Single(e => e.Name.Contains("San Martin del Rio", StringComparison.Ordinal));
        Assert.Contains(result.Incidents, i => i.VictimEntityId == town.Id && i.Time?.Start == "2026-06-10");
    }

    [Fact]
    public void Build_TrendOfAttacksInAPolicyStory_NoIncident()
    {
        // Given
        const string text = "The Central Bank of Ghana told lenders to report cyber incidents within 24 hours. "
            + "A director at the central bank said the change followed a rise in ransomware attacks against financial firms since the start of the year.";

        // When
        var result = Extract(text, new DateOnly(2026, 8, 11));

        // Then
        Assert.Empty(result.Incidents);
    }

    [Fact]
    public void Build_ImpersonatedBodyWithAcronym_IsNoVictim()
    {
        // Given
        const string text = "A phishing campaign impersonating Chile's Internal Revenue Service (SII) has been spreading a banking trojan since the start of the year.";

        // When
        var result = Extract(text, new DateOnly(2026, 4, 22));

        // Then
        var service = result.Entities.Single(e => e.Aliases.Contains("SII"));
        Assert.DoesNotContain(result.Incidents, i => i.VictimEntityId == service.Id);
        Assert.DoesNotContain(result.Events, e => e.Arguments.Any(a => a.Role == "Victim" && a.EntityId == service.Id));
        Assert.Equal("2026-01", Assert.Single(result.Incidents).Time?.Start);
    }

    [Theory]
    [InlineData("Tallow Insurance said it was still assessing how much data was taken from Tallow Insurance.", EventTypes.Databreach)]
    [InlineData("Norrvik Shipping said intruders spent three months inside the company's network before they were found in May.", EventTypes.Intrusion)]
    public void Build_DataTakenOrMonthsInside_AnIncident(string text, string type)
    {
        // When
        var result = Extract(text, new DateOnly(2026, 6, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(type, incident.Type);
        Assert.NotNull(incident.VictimEntityId);
    }

    [Fact]
    public void Build_MonthsInsideBeforeDiscovery_DurationAndStart()
    {
        // When
        var result = Extract("The Ministry of Transport said intruders spent three months inside its mail servers before they were found in May.", new DateOnly(2026, 6, 10));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("P3M", incident.Time?.Duration);
        Assert.Equal("2026-05", incident.Time?.Discovered);
        Assert.Equal("2026-02", incident.Time?.Start);
    }

    [Fact]
    public void Build_ExposureClosedOnADate_RangeEnds()
    {
        // Given
        const string text = "Manila-based marketplace Tindahan Express said an unprotected database left the addresses of 2 million customers "
            + "open to the internet from early September until it was secured on November 10.";

        // When
        var result = Extract(text, new DateOnly(2026, 11, 17));

        // Then
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(EventTypes.Databreach, incident.Type);
        Assert.Equal("2026-09", incident.Time?.Start);
        Assert.Equal("2026-11-10", incident.Time?.End);
    }

    [Fact]
    public void Build_NoteDemandingPaymentAfterEncryption_TheCompanysRansomIncident()
    {
        // Given: no "ransomware" or "ransom" word, only the note's demand.
        const string text = "Antwerp-based distributor Kempen Chemie said attackers encrypted virtual servers in the early hours of Friday "
            + "and left a note demanding payment.";

        // When
        var result = Extract(text, new DateOnly(2026, 5, 20));

        // Then
        var company = result.Entities.Single(e => e.Name == "Kempen Chemie");
        Assert.Contains(result.Events, e => e.Arguments.Any(a => a.Role == "Victim" && a.EntityId == company.Id));
        Assert.Equal(company.Id, Assert.Single(result.Incidents).VictimEntityId);
    }
    [Fact]
    public void Build_CustomersOfXAfterAnAttackOnItsProvider_BothAreVictimsOfOneIncident()
    {
        // Given
        const string text = "Customers of Vidarbha Urban Bank and two other lenders in Maharashtra were unable to use mobile banking for two days "
            + "after a ransomware attack on Sahyog Softech, a Nagpur-based company that runs core banking software for small banks.";

        // When
        var result = Extract(text, new DateOnly(2026, 3, 6));

        // Then the provider is the incident's victim, the bank a victim of the attack too
        var bank = result.Entities.Single(e => e.Name == "Vidarbha Urban Bank");
        var provider = result.Entities.Single(e => e.Name == "Sahyog Softech");
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(provider.Id, incident.VictimEntityId);
        Assert.Contains(result.Events, e => e.Arguments.Any(a => a.Role == "Victim" && a.EntityId == bank.Id));
        Assert.Equal("IN", bank.Attributes.GetValueOrDefault("country"));
    }

    [Fact]
    public void Build_RoundUpParagraphOfAnotherCountrysBody_AnotherIncident()
    {
        // Given: the second paragraph's speaker, a body of another country, is the only possible victim.
        const string text = "In Kenya, Nairobi-based lender Jabali Credit said an attacker used a compromised staff account to copy loan files in April.\n\n"
            + "Uruguay's National Customs Directorate (DNA) said on June 9 that it was investigating claims that importers' records had been stolen.";

        // When
        var result = Extract(text, new DateOnly(2026, 6, 15));

        // Then
        var customs = result.Entities.Single(e => e.Aliases.Contains("DNA"));
        Assert.Equal(2, result.Incidents.Count);
        Assert.Equal(customs.Id, result.Incidents[1].VictimEntityId);
    }

    [Fact]
    public void Build_ParagraphNamingAnotherStatesGovernmentLate_SameIncident()
    {
        // Given: the Russian government is named at the end of a paragraph about the same attacks.
        const string text = "Pro-Russian hacktivists knocked the websites of several Czech cities offline on Monday in a wave of denial-of-service attacks.\n\n"
            + "The agency said the attacks were consistent with the activity of pro-Russian hacktivist groups but did not link them to the Russian government.";

        // When
        var result = Extract(text, new DateOnly(2026, 1, 12));

        // Then
        Assert.Single(result.Incidents);
    }
    [Fact]
    public void Build_BareInCountryOpeningAboutTheSameAttack_SameIncident()
    {
        // Given: "In Sweden," goes on with the same story when it names no other victim.
        const string text = "Norvik Paper said a ransomware attack halted its mills on Monday.\n\n"
            + "In Sweden, the company's largest market, deliveries were delayed after the attack.";

        // When
        var result = Extract(text, new DateOnly(2026, 3, 4));

        // Then
        Assert.Single(result.Incidents);
    }
}
