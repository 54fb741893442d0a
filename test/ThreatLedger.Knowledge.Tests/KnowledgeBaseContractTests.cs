using System.Text;
using System.Text.Json.Nodes;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Stix;
using ThreatLedger.Knowledge.Assessment;
using ThreatLedger.Knowledge.Export;
using ThreatLedger.Knowledge.Ingest;
using ThreatLedger.Knowledge.Queries;
using ThreatLedger.Knowledge.Resolution;
using ThreatLedger.Knowledge.Sources;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Knowledge.Tests.Storage;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Knowledge.Tests;

/// <summary>Knowledge-base behaviour every database provider must show; run once per provider.</summary>
public abstract class KnowledgeBaseContractTests : IAsyncLifetime
{
    private TestDatabase? _test;

    protected abstract DatabaseProvider Provider { get; }

    private KnowledgeBase Kb => new(_test!.Database);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _test = await TestDatabase.CreateAsync(Provider);

    public async ValueTask DisposeAsync()
    {
        if (_test is not null)
        {
            await _test.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private async Task IngestAsync(params ExtractionDocument[] documents)
    {
        foreach (var document in documents)
        {
            await Kb.IngestDocumentAsync(document, ContentHash.Of(document.Document.Id + document.Text), cancellationToken: Ct);
        }
    }

    /// <summary>Ingests each document with the STIX objects the extraction maps it to, the way <c>ingest</c> does; <paramref name="marking"/> marks each article's report.</summary>
    private async Task IngestWithStixAsync(IEnumerable<ExtractionDocument> documents, string? marking = null)
    {
        foreach (var document in documents)
        {
            var json = JsonNode.Parse(StixMapper.ToBundleJson(document))!;
            var objects = new List<StixObjectInput>();
            foreach (var item in json["objects"]!.AsArray())
            {
                if (marking is not null && (string?)item!["type"] == "report")
                {
                    item["object_marking_refs"] = new JsonArray(marking);
                }

                objects.Add(StixObjectInput.Parse(item!.ToJsonString()));
            }

            await Kb.IngestDocumentAsync(document, ContentHash.Of(document.Document.Id + document.Text), objects, Ct);
        }
    }

    [Fact]
    public async Task AssessmentObjectsAsync_FiveRelays_OneMergedIncidentDerivedFromEachArticleWithTheAssessedConfidence()
    {
        // Given: the five examples/relay articles, extracted and ingested the way `ingest` does it.
        var folder = Path.Combine(RepositoryPaths.Root, "examples", "relay");
        await foreach (var result in new IngestPipeline(Kb, new ExtractorArticleSource()).IngestAsync(IngestPipeline.ExpandPaths([folder]), cancellationToken: Ct))
        {
            Assert.Equal(IngestStatus.Ingested, result.Status);
        }

        var summary = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));

        // When
        var objects = await Kb.AssessmentObjectsAsync(Ct);
        var again = await Kb.AssessmentObjectsAsync(Ct);

        // Then: one incident by the knowledge base, derived from the five articles' incidents, targeting the victim and
        // attributed to the Russian state with the board's probability as confidence.
        var kb = AssessmentExtension.KnowledgeBaseId;
        var incident = Assert.Single(objects.OfType<ThreatLedger.Stix.Objects.Incident>(), i => i.CreatedByRef == kb);
        Assert.Equal("Databreach: Northfjord Water Board", incident.Name);
        Assert.Contains("Merged from 5 report(s) resting on 1 independent source", incident.Description, StringComparison.Ordinal);
        var relationships = objects.OfType<Relationship>().Where(r => r.SourceRef == incident.Id).ToList();
        var derived = relationships.Where(r => r.RelationshipType == "derived-from").Select(r => r.TargetRef.ToString()).ToList();
        Assert.Equal(5, derived.Count);
        var stored = await _test!.Database.Objects.CountAsync(new StixObjectQuery { Ids = derived, Versions = [VersionSelector.Last] }, Ct);
        Assert.Equal(5, stored);
        var victim = Assert.Single(relationships, r => r.RelationshipType == "targets");
        Assert.Equal(1, await _test.Database.Objects.CountAsync(new StixObjectQuery { Ids = [victim.TargetRef.ToString()] }, Ct));
        var attributed = Assert.Single(relationships, r => r.RelationshipType == "attributed-to");
        Assert.Equal(StixMapper.DeterministicId("threat-actor", "state:RU"), attributed.TargetRef);
        Assert.Equal(EstimativeProbability.Percent(summary.Probability!.Value), attributed.Confidence);
        var assessment = attributed.Extensions![AssessmentExtension.Id.ToString()]!;
        Assert.Equal(1, (int)assessment["independent_sources_for"]!);
        Assert.Equal(summary.Assessment, (string?)assessment["estimative_probability"]);
        Assert.Equal(objects.Select(o => StixJson.Serialize(o)), again.Select(o => StixJson.Serialize(o)));
    }

    [Fact]
    public async Task AssessmentObjectsAsync_ConclusionsIngestedIntoTheStore_AreNotRepeatedUntilTheyChange()
    {
        // Given: the assessments published into the store (as `export --assessments` then `ingest` does, for TAXII).
        var documents = RelayExample.Documents();
        await IngestWithStixAsync(documents.Take(1));
        var first = await Kb.AssessmentObjectsAsync(Ct);
        await Kb.IngestBundleAsync("assessments-1", "assessments-1.json", [.. first.Select(o => StixObjectInput.Parse(StixJson.Serialize(o)))], [], cancellationToken: Ct);

        // When
        var unchanged = await Kb.AssessmentObjectsAsync(Ct);
        _test!.Time.Advance(TimeSpan.FromMinutes(5));
        await IngestWithStixAsync(documents.Skip(1).Take(1));
        var changed = await Kb.AssessmentObjectsAsync(Ct);

        // Then: nothing new until a report joins the incident; then a new version of the same incident.
        Assert.Empty(unchanged);
        var incident = Assert.Single(first.OfType<ThreatLedger.Stix.Objects.Incident>());
        var version = Assert.Single(changed.OfType<ThreatLedger.Stix.Objects.Incident>());
        Assert.Equal(incident.Id, version.Id);
        Assert.True(version.Modified > incident.Modified);
    }

    [Fact]
    public async Task AssessmentObjectsAsync_ReportMarkedTlpRed_TheAssessmentCarriesTlpRedAndAGreenExportLeavesItOut()
    {
        // Given
        var red = TlpMarkings.RedV2Id.ToString();
        await IngestWithStixAsync(RelayExample.Documents().Take(2), red);
        var objects = await Kb.AssessmentObjectsAsync(Ct);
        var incident = Assert.Single(objects.OfType<ThreatLedger.Stix.Objects.Incident>(), i => i.CreatedByRef == AssessmentExtension.KnowledgeBaseId);

        // When
        using var stream = new MemoryStream();
        var query = new StixObjectQuery { MarkingRefsNoneOf = TlpLevels.Above(TlpLevels.Level("TLP:GREEN")!.Value) };
        await StixBundleExporter.ExportAsync(_test!.Database.Objects, query, stream, Guid.NewGuid(), objects, Ct);

        // Then
        Assert.Equal([red], incident.ObjectMarkingRefs!.Select(m => m.ToString()));
        Assert.All(objects.OfType<Relationship>().Where(r => r.SourceRef == incident.Id), r => Assert.Equal([red], r.ObjectMarkingRefs!.Select(m => m.ToString())));
        var exported = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain(incident.Id.ToString(), exported, StringComparison.Ordinal);
        Assert.Contains(AssessmentExtension.KnowledgeBaseId.ToString(), exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestDocumentAsync_FiveArticlesFourRelayingTheFirst_BoardShowsOneIndependentSource()
    {
        // Given
        var documents = RelayExample.Documents();

        // When
        await IngestAsync([.. documents]);
        var incidents = await Kb.ListIncidentsAsync(cancellationToken: Ct);
        var board = await Kb.GetIncidentAsync(incidents[0].Id, Ct);

        // Then
        var incident = Assert.Single(incidents);
        Assert.Equal("Northfjord Water Board", incident.Victim);
        Assert.Equal(5, incident.Reports);
        Assert.Equal(1, incident.IndependentSources);
        Assert.Equal("country:RU", incident.LeadingHypothesisKey);
        var hypothesis = Assert.Single(board!.Hypotheses);
        Assert.Equal(1, hypothesis.IndependentSourcesFor);
        Assert.Equal(5, hypothesis.Claims.Count);
        Assert.Single(hypothesis.Claims, c => c.Counted);
        Assert.Equal(4, hypothesis.Claims.Count(c => c.Relayed));
        var source = Assert.Single(board.Sources);
        Assert.Equal(["The Harbour Courier (2025-03-14)"], source.ReportedBy);
        Assert.Equal(4, source.RelayedBy.Count);
        Assert.Equal(4, board.Reports.Count(r => r.Relays == "The Harbour Courier"));
        Assert.Contains(board.OtherClaims, c => c.Stance == Stances.Declines);
        Assert.Equal(4, board.Reports.Count(r => r.MergeReason.StartsWith("same victim, compatible type", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IngestDocumentAsync_RelaysAddNothing_AssessmentEqualsTheOriginalAlone()
    {
        // Given
        var documents = RelayExample.Documents();
        await IngestAsync(documents[0]);
        var alone = (await Kb.ListIncidentsAsync(cancellationToken: Ct))[0];

        // When
        await IngestAsync([.. documents.Skip(1)]);
        var all = (await Kb.ListIncidentsAsync(cancellationToken: Ct))[0];

        // Then
        Assert.Equal(alone.Probability, all.Probability);
        Assert.Equal(alone.Assessment, all.Assessment);
    }

    [Fact]
    public async Task Board_DerivativeReportsWithoutExplicitCues_CountOnceWithTheReasonShown()
    {
        // Given: the Tribune's anonymous sources, four articles repeating them without saying so, and a security firm
        var documents = DerivativeExample.Documents();

        // When
        await IngestAsync([.. documents]);
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        var board = (await Kb.GetIncidentAsync(incident.Id, Ct))!;

        // Then: two independent sources (the Tribune's sources and the firm), not six articles
        Assert.Equal(6, incident.Reports);
        Assert.Equal(2, incident.IndependentSources);
        Assert.Equal("country:IR", incident.LeadingHypothesisKey);
        var hypothesis = Assert.Single(board.Hypotheses);
        Assert.Equal(1 + 1, hypothesis.IndependentSourcesFor);
        Assert.Equal(2, hypothesis.Claims.Count(c => c.Counted));
        var tribune = Assert.Single(board.Sources, s => s.OriginalSource == "outlet:lakeshoretribune");
        Assert.Equal(["The Lakeshore Tribune (2025-09-02)"], tribune.ReportedBy);
        Assert.Equal(4, tribune.RelayedBy.Count);
        var methods = board.Relays.ToDictionary(r => r.DocumentId, r => r.Method);
        Assert.Equal(new Dictionary<string, string>
        {
            ["02-gridline-daily"] = DerivationMethods.NearDuplicate,
            ["03-energy-desk"] = DerivationMethods.SameAnonymousSource,
            ["04-utility-watch"] = DerivationMethods.CitesStoredReport,
            ["05-frontier-bulletin"] = DerivationMethods.NearDuplicate,
        }, methods);
        Assert.All(board.Relays, r => Assert.Equal("01-lakeshore-tribune", r.RelaysDocumentId));
        Assert.Contains("bears all the hallmarks", board.Relays.Single(r => r.DocumentId == "05-frontier-bulletin").Reason, StringComparison.Ordinal);
        Assert.Contains("three government and private-sector sources", board.Relays.Single(r => r.DocumentId == "03-energy-desk").Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, board.Reports.Count(r => r.Relays == "The Lakeshore Tribune"));
    }

    [Fact]
    public async Task Board_CopiedSentenceNamingAnotherGroupOfTheSameState_IsARelay()
    {
        // Given: the original puts the intrusion on a Russian service; the copy repeats the sentence, read as a named group
        const string original = "Three people said hackers working for Russia's foreign intelligence service breached the email system of the Orla Grid Company in March 2026.";
        const string copy = "Hackers working for Russia's foreign intelligence service breached the email system of the Orla Grid Company in March 2026, an attack with the marks of Cozy Raven.";
        await IngestAsync(
            new ArticleBuilder("a", "Oslo Courier", new DateOnly(2026, 4, 15), original)
                .Victim("Orla Grid Company", "the Orla Grid Company", EventTypes.Intrusion, new EventTime { Start = "2026-03" })
                .Claim("Russia's foreign intelligence service", "RU", "Three people", SourceKinds.AnonymousOfficials, original, count: 3)
                .Build(),
            new ArticleBuilder("b", "Tech Digest", new DateOnly(2026, 5, 22), copy)
                .Actor("Cozy Raven", "RU")
                .Victim("Orla Grid Company", "the Orla Grid Company", EventTypes.Intrusion, new EventTime { Start = "2026-03" })
                .Claim("Cozy Raven", "RU", "Tech Digest", SourceKinds.Media, copy)
                .Build());

        // When
        var board = (await Kb.ShowAsync("Orla Grid Company", Ct))!.Incidents[0];

        // Then: the copy relays the Courier's sources
        var relay = Assert.Single(board.Relays);
        Assert.Equal(("b", DerivationMethods.NearDuplicate, "a"), (relay.DocumentId, relay.Method, relay.RelaysDocumentId));
        Assert.All(board.Hypotheses.SelectMany(h => h.Claims), c => Assert.Equal("outlet:oslocourier", c.OriginalSource));
    }

    [Fact]
    public async Task Board_DerivativeReportsIngestedBeforeTheOriginal_SameSourcesAndAssessment()
    {
        // Given
        var documents = DerivativeExample.Documents();
        await IngestAsync(documents[0], documents[5]);
        var originals = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        await using var other = await TestDatabase.CreateAsync(Provider);
        var reversed = new KnowledgeBase(other.Database);

        // When: the relays arrive first, the original last
        foreach (var document in documents.Reverse())
        {
            await reversed.IngestDocumentAsync(document, ContentHash.Of(document.Document.Id + document.Text), cancellationToken: Ct);
        }

        var incident = Assert.Single(await reversed.ListIncidentsAsync(cancellationToken: Ct));

        // Then: publication order decides who relays whom, and relays add nothing to the assessment
        Assert.Equal(2, incident.IndependentSources);
        Assert.Equal(originals.Probability, incident.Probability);
        Assert.Equal(originals.Assessment, incident.Assessment);
        var board = (await reversed.GetIncidentAsync(incident.Id, Ct))!;
        Assert.Equal(4, board.Relays.Count);
        Assert.DoesNotContain(board.Relays, r => r.DocumentId is "01-lakeshore-tribune" or "06-grid-security-review");
    }

    [Fact]
    public async Task IngestDocumentAsync_SameDocumentTwice_ChangesNothing()
    {
        // Given
        var document = RelayExample.Documents()[0];
        var hash = ContentHash.Of(document.Text);
        await Kb.IngestDocumentAsync(document, hash, cancellationToken: Ct);

        // When
        var second = await Kb.IngestDocumentAsync(document, hash, cancellationToken: Ct);

        // Then
        Assert.Equal(IngestStatus.AlreadyPresent, second.Status);
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal(1, incident.Reports);
        Assert.Single((await Kb.GetIncidentAsync(incident.Id, Ct))!.Hypotheses[0].Claims);
    }

    [Fact]
    public async Task IngestDocumentAsync_DifferentIncidentsAtSameVictim_StayApart()
    {
        // Given
        const string ddos = "The Ostmark Rail Company was knocked offline by a DDoS attack in June 2021.";
        const string breach = "The Ostmark Rail Company said hackers stole customer records in February 2024.";
        const string breach2 = "Ostmark Rail Company (ORC) confirmed the February 2024 data breach.";
        var a = new ArticleBuilder("a", "Rail Times", new DateOnly(2021, 6, 20), ddos)
            .Victim("Ostmark Rail Company", "The Ostmark Rail Company", EventTypes.DDoS, new EventTime { Start = "2021-06" }, "DE").Build();
        var b = new ArticleBuilder("b", "Rail Times", new DateOnly(2024, 3, 1), breach)
            .Victim("Ostmark Rail Company", "The Ostmark Rail Company", EventTypes.Databreach, new EventTime { Start = "2024-02" }, "DE").Build();
        var c = new ArticleBuilder("c", "Berlin Ledger", new DateOnly(2024, 3, 2), breach2)
            .Victim("Ostmark Rail Company", "Ostmark Rail Company (ORC)", EventTypes.Intrusion, new EventTime { Start = "2024-02" }, "DE", 1, "ORC").Build();

        // When
        await IngestAsync(a, b, c);
        var incidents = await Kb.ListIncidentsAsync(cancellationToken: Ct);

        // Then
        Assert.Equal(2, incidents.Count);
        Assert.All(incidents, i => Assert.Equal("Ostmark Rail Company", i.Victim));
        Assert.Equal(["DDoS", "Databreach"], incidents.Select(i => i.Type));
        Assert.Equal([1, 2], incidents.Select(i => i.Reports));
    }

    [Fact]
    public async Task IngestDocumentAsync_VictimNamedByDescription_ResolvesToTheSameVictim()
    {
        // Given
        const string first = "The Norwegian Maritime Cybersecurity Authority (NMCA) said its mail servers were breached in May 2025.";
        const string second = "Norway's maritime cybersecurity agency was breached in May, officials said.";
        var a = new ArticleBuilder("a", "Coast Post", new DateOnly(2025, 6, 2), first)
            .Victim("Norwegian Maritime Cybersecurity Authority", "The Norwegian Maritime Cybersecurity Authority (NMCA)", EventTypes.Databreach, new EventTime { Start = "2025-05" }, "NO", 1, "NMCA").Build();
        var b = new ArticleBuilder("b", "Harbor Wire", new DateOnly(2025, 6, 3), second)
            .Victim("Norway's maritime cybersecurity agency", "Norway's maritime cybersecurity agency", EventTypes.Intrusion, new EventTime { Start = "2025-05" }).Build();

        // When
        await IngestAsync(a, b);
        var victims = await Kb.ListVictimsAsync(Ct);

        // Then
        var victim = Assert.Single(victims);
        Assert.Equal("Norwegian Maritime Cybersecurity Authority", victim.Name);
        Assert.Contains("Norway's maritime cybersecurity agency", victim.Aliases);
        Assert.Equal(2, Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct)).Reports);
    }

    [Fact]
    public async Task Hypotheses_LaterReportGivesAKnownActorAnotherName_TheNameResolvesToIt()
    {
        // Given: a first report names Tarn Spider; a second names it Grey Heron "also tracked as Tarn Spider"
        const string first = "Hackers broke into the Kirrin Water Board in 2025. Analysts blamed Tarn Spider.";
        const string second = "A vendor said Tarn Spider, which it calls Grey Heron, was behind the Kirrin Water Board breach.";
        await IngestAsync(
            new ArticleBuilder("a", "Pacific Ledger", new DateOnly(2025, 4, 1), first)
                .Victim("Kirrin Water Board", "the Kirrin Water Board", EventTypes.Intrusion, new EventTime { Start = "2025" }, "AU")
                .Actor("Tarn Spider", "KP")
                .Claim("Tarn Spider", "KP", "Analysts", SourceKinds.Researchers, "Analysts blamed Tarn Spider.")
                .Build(),
            new ArticleBuilder("b", "Harbour Wire", new DateOnly(2025, 4, 3), second)
                .Victim("Kirrin Water Board", "the Kirrin Water Board", EventTypes.Intrusion, new EventTime { Start = "2025" }, "AU")
                .Actor("Tarn Spider", "KP", "Grey Heron")
                .Claim("Tarn Spider", "KP", "A vendor", SourceKinds.Vendor, "A vendor said Tarn Spider, which it calls Grey Heron, was behind the Kirrin Water Board breach.")
                .Build());

        // When
        var byNewName = await Kb.ShowAsync("Grey Heron", Ct);
        var board = (await Kb.ShowAsync("Kirrin Water Board", Ct))!.Incidents[0];

        // Then: one actor hypothesis, found by either name, with the new name among its aliases
        Assert.Equal("actor", byNewName!.Kind);
        Assert.Equal("Tarn Spider", byNewName.Actor!.Name);
        Assert.Contains("Grey Heron", byNewName.Actor.Aliases);
        Assert.Single(board.Hypotheses);
    }

    [Fact]
    public async Task Hypotheses_DescriptionBesideAKnownActor_IsNotLearnedAsAnAlias()
    {
        // Given: the article's actor entity carries a description among its names
        const string text = "Hackers broke into the Kirrin Water Board in 2025. Analysts blamed Tarn Spider, a state-sponsored hacking group.";
        await IngestAsync(
            new ArticleBuilder("a", "Pacific Ledger", new DateOnly(2025, 4, 1), text)
                .Victim("Kirrin Water Board", "the Kirrin Water Board", EventTypes.Intrusion, new EventTime { Start = "2025" }, "AU")
                .Actor("Tarn Spider", "KP")
                .Claim("Tarn Spider", "KP", "Analysts", SourceKinds.Researchers, "Analysts blamed Tarn Spider, a state-sponsored hacking group.")
                .Build(),
            new ArticleBuilder("b", "Harbour Wire", new DateOnly(2025, 4, 3), text)
                .Victim("Kirrin Water Board", "the Kirrin Water Board", EventTypes.Intrusion, new EventTime { Start = "2025" }, "AU")
                .Actor("Tarn Spider", "KP", "a state-sponsored hacking group")
                .Claim("Tarn Spider", "KP", "Analysts", SourceKinds.Researchers, "Analysts blamed Tarn Spider, a state-sponsored hacking group.")
                .Build());

        // When
        var actor = await Kb.ShowAsync("Tarn Spider", Ct);

        // Then
        Assert.DoesNotContain("a state-sponsored hacking group", actor!.Actor!.Aliases);
    }

    [Fact]
    public async Task Hypotheses_CountryLevelDescriptions_MergeButNotWithANamedGroup()
    {
        // Given
        await Kb.ImportActorsAsync([new ActorCluster("APT10", ["menuPass", "Stone Panda"], "CN", "test")], Ct);
        const string text = "Chinese state-backed hackers breached the Kirrin Shipping Line in 2025. A China-linked threat actor was blamed by researchers. Stone Panda was named by a vendor.";
        var document = new ArticleBuilder("a", "Pacific Ledger", new DateOnly(2025, 4, 1), text)
            .Victim("Kirrin Shipping Line", "the Kirrin Shipping Line", EventTypes.Intrusion, new EventTime { Start = "2025" }, "AU")
            .Claim("Chinese state-backed hackers", "CN", "Pacific Ledger", SourceKinds.Media, "Chinese state-backed hackers breached the Kirrin Shipping Line in 2025.")
            .Claim("a China-linked threat actor", "CN", "researchers", SourceKinds.Researchers, "A China-linked threat actor was blamed by researchers.")
            .Claim("Stone Panda", null, "Cobalt Labs", SourceKinds.Vendor, "Stone Panda was named by a vendor.")
            .Build();

        // When
        await IngestAsync(document);
        var board = (await Kb.ShowAsync("Kirrin Shipping Line", Ct))!.Incidents[0];
        var actor = await Kb.ShowAsync("MenuPass", Ct);

        // Then
        Assert.Equal(["actor", "state"], board.Hypotheses.Select(h => h.Level).Order(StringComparer.Ordinal));
        // The two descriptions are one state hypothesis, which the named group's claim supports too (APT10 is Chinese);
        // the named group keeps only its own claim.
        var state = board.Hypotheses.Single(h => h.Key == "country:CN");
        Assert.Equal(3, state.Claims.Count);
        Assert.Contains(state.Claims, c => c.Evidence == "Stone Panda was named by a vendor.");
        var group = board.Hypotheses.Single(h => h.Level == "actor");
        // Labelled by the name the report uses, with the canonical name and country after it.
        Assert.Equal("Stone Panda (APT10, CN)", group.Label);
        Assert.Single(group.Claims);
        Assert.Equal("actor", actor!.Kind);
        Assert.Equal("APT10", actor.Actor!.Name);
        Assert.Single(actor.Incidents);
    }

    [Fact]
    public async Task Ingest_LaterReportDescribesTheVictimOnly_JoinsTheKnownVictimsIncident()
    {
        // Given: the second outlet names the victim only as "the country's maritime safety agency".
        const string first = "Hackers broke into the email system of the Estonian Maritime Safety Board in February.";
        const string second = "The ministry said the GRU was behind the breach of the country's maritime safety agency. Moscow denied it.";
        var a = new ArticleBuilder("a", "Baltic Times", new DateOnly(2026, 5, 12), first)
            .Victim("Estonian Maritime Safety Board", "the Estonian Maritime Safety Board", EventTypes.Intrusion, new EventTime { Start = "2026-02" }, "EE")
            .Build();
        var b = new ArticleBuilder("b", "Nordic Wire", new DateOnly(2026, 5, 20), second)
            .Incident("the breach", EventTypes.Intrusion, new EventTime { Disclosed = "2026-05-20" })
            .Claim(null, "RU", "Moscow", SourceKinds.Accused, "Moscow denied it.", Stances.Denies, ClaimKinds.Denial)
            .Build();

        // When
        await IngestAsync(a, b);

        // Then
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal(2, incident.Reports);
        var board = (await Kb.GetIncidentAsync(incident.Id, Ct))!;
        Assert.Contains(board.Hypotheses, h => h.Key == "country:RU" && h.Claims.Any(c => c.Stance == Stances.Denies));
    }

    [Fact]
    public async Task Ingest_DescriptionFittingNoKnownVictim_StaysOutOfItsIncident()
    {
        // Given: "the country's water safety agency" shares only "safety" with the known victim.
        const string first = "Hackers broke into the email system of the Estonian Maritime Safety Board in February.";
        const string second = "The ministry said the GRU was behind the breach of the country's water safety agency.";
        var a = new ArticleBuilder("a", "Baltic Times", new DateOnly(2026, 5, 12), first)
            .Victim("Estonian Maritime Safety Board", "the Estonian Maritime Safety Board", EventTypes.Intrusion, new EventTime { Start = "2026-02" }, "EE")
            .Build();
        var b = new ArticleBuilder("b", "Nordic Wire", new DateOnly(2026, 5, 20), second)
            .Incident("the breach", EventTypes.Intrusion, new EventTime { Disclosed = "2026-05-20" })
            .Build();

        // When
        await IngestAsync(a, b);

        // Then
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal(1, incident.Reports);
    }

    [Fact]
    public async Task Hypotheses_TwoGroupsOfOneState_StateRowCarriesBoth()
    {
        // Given: officials name one Russian group, a vendor another; nobody names the state itself.
        const string text = "Officials blamed Sandworm for the breach of the Tallmark Port Authority. Harjuvald Labs linked the malware to APT28.";
        var document = new ArticleBuilder("a", "Baltic Wire", new DateOnly(2026, 5, 22), text)
            .Victim("Tallmark Port Authority", "the Tallmark Port Authority", EventTypes.Intrusion, new EventTime { Start = "2026-02" }, "EE")
            .Actor("Sandworm", "RU")
            .Actor("APT28", "RU")
            .Claim("Sandworm", "RU", "Officials", SourceKinds.Government, "Officials blamed Sandworm for the breach of the Tallmark Port Authority.")
            .Claim("APT28", "RU", "Harjuvald Labs", SourceKinds.Vendor, "Harjuvald Labs linked the malware to APT28.")
            .Build();

        // When
        await IngestAsync(document);
        var board = (await Kb.ShowAsync("Tallmark Port Authority", Ct))!.Incidents[0];

        // Then: each group keeps its own claim; the state row counts both sources.
        var state = board.Hypotheses.Single(h => h.Key == "country:RU");
        Assert.Equal("state", state.Level);
        Assert.Equal(2, state.Claims.Count);
        Assert.Equal(2, state.IndependentSourcesFor);
        Assert.All(board.Hypotheses.Where(h => h.Level == "actor"), h => Assert.Single(h.Claims));
        Assert.Equal(state.Key, board.Hypotheses[0].Key);
    }

    [Fact]
    public async Task Board_DenialAndCounterAccusation_AreShownAsEvidenceAgainst()
    {
        // Given
        const string text = "Officials said Iranian hackers disrupted the Valdoria Power Grid in 2025. Iran's foreign ministry denied any involvement and blamed Israel.";
        var document = new ArticleBuilder("a", "Desert Times", new DateOnly(2025, 8, 1), text)
            .Victim("Valdoria Power Grid", "the Valdoria Power Grid", EventTypes.Disruption, new EventTime { Start = "2025" }, "GR")
            .Claim("Iranian hackers", "IR", "Officials", SourceKinds.AnonymousOfficials, "Officials said Iranian hackers disrupted the Valdoria Power Grid in 2025.")
            .Claim("Iran", "IR", "Iran's foreign ministry", SourceKinds.Accused, "Iran's foreign ministry denied any involvement and blamed Israel.", Stances.Denies, ClaimKinds.Denial)
            .Claim("Israel", "IL", "Iran's foreign ministry", SourceKinds.Accused, "Iran's foreign ministry denied any involvement and blamed Israel.", Stances.CounterAccuses, ClaimKinds.CounterAccusation)
            .Build();

        // When
        await IngestAsync(document);
        var board = (await Kb.ListIncidentsAsync(cancellationToken: Ct))[0];
        var shown = (await Kb.GetIncidentAsync(board.Id, Ct))!;

        // Then
        var iran = shown.Hypotheses.Single(h => h.Key == "country:IR");
        Assert.Equal(["for", "against", "against"], iran.Claims.Select(c => c.Direction));
        Assert.Contains(iran.Claims, c => c.Stance == Stances.CounterAccuses);
        var israel = shown.Hypotheses.Single(h => h.Key == "country:IL");
        Assert.True(israel.Probability < iran.Probability);
        Assert.Equal("country:IR", board.LeadingHypothesisKey);
        var single = Knowledge.Assessment.AttributionModel.Assess([new Knowledge.Assessment.Evidence("o", SourceKinds.AnonymousOfficials, Stances.Asserts, [], 0, null, null)]);
        Assert.True(iran.Probability < single.Probability);
    }

    [Fact]
    public async Task Board_StateDeniesAfterItsNamedGroupIsBlamed_TheDenialCountsAgainstTheGroupToo()
    {
        // Given: a vendor blames a named Russian group; Moscow denies
        const string text = "A vendor said Tarn Bear hacked the Kirrin Ministry of Trade in 2025. Moscow denied any involvement.";
        var document = new ArticleBuilder("a", "Harbour Wire", new DateOnly(2025, 8, 1), text)
            .Victim("Kirrin Ministry of Trade", "the Kirrin Ministry of Trade", EventTypes.Espionage, new EventTime { Start = "2025" }, "AU")
            .Actor("Tarn Bear", "RU")
            .Claim("Tarn Bear", "RU", "A vendor", SourceKinds.Vendor, "A vendor said Tarn Bear hacked the Kirrin Ministry of Trade in 2025.")
            .Claim("Russia", "RU", "Moscow", SourceKinds.Accused, "Moscow denied any involvement.", Stances.Denies, ClaimKinds.Denial)
            .Build();

        // When
        await IngestAsync(document);
        var board = (await Kb.GetIncidentAsync((await Kb.ListIncidentsAsync(cancellationToken: Ct))[0].Id, Ct))!;

        // Then: the group's hypothesis carries the denial as evidence against, and so does the state's
        var group = board.Hypotheses.Single(h => h.Level == "actor");
        Assert.Equal(["for", "against"], group.Claims.Select(c => c.Direction));
        Assert.Equal(1, group.IndependentSourcesAgainst);
        // The state's hypothesis carries the group's claim as support as well: same evidence, same probability.
        var state = board.Hypotheses.Single(h => h.Key == "country:RU");
        Assert.Equal(["against", "for"], state.Claims.Select(c => c.Direction));
        Assert.Equal(group.Probability, state.Probability);
        var undenied = Knowledge.Assessment.AttributionModel.Assess([new Knowledge.Assessment.Evidence("o", SourceKinds.Vendor, Stances.Asserts, [], 0, null, null)]);
        Assert.True(group.Probability < undenied.Probability);
    }

    [Fact]
    public async Task Board_AlternativeExplanation_SupportsWhatItProposesAndIsShownOnTheOther()
    {
        // Given: the victim's investigators blame a ransomware gang; a security firm proposes a state instead
        const string text = "Investigators at the Marrow Bay Port Authority said the ShadeLock ransomware gang disrupted the port in May 2025. " +
            "Security firm Kestrel Labs said the attack was more likely a Chinese state operation testing the port's defences.";
        var document = new ArticleBuilder("a", "Harbour Times", new DateOnly(2025, 6, 1), text)
            .Victim("Marrow Bay Port Authority", "the Marrow Bay Port Authority", EventTypes.Disruption, new EventTime { Start = "2025-05" })
            .Claim("ShadeLock", null, "Investigators at the Marrow Bay Port Authority", SourceKinds.Victim,
                "Investigators at the Marrow Bay Port Authority said the ShadeLock ransomware gang disrupted the port in May 2025.")
            .Claim("Chinese state", "CN", "Security firm Kestrel Labs", SourceKinds.Vendor,
                "Security firm Kestrel Labs said the attack was more likely a Chinese state operation testing the port's defences.", Stances.OffersAlternative, ClaimKinds.AlternativeHypothesis,
                hedging: ["more likely"])
            .Build();

        // When
        await IngestAsync(document);
        var board = (await Kb.GetIncidentAsync((await Kb.ListIncidentsAsync(cancellationToken: Ct))[0].Id, Ct))!;

        // Then
        var china = board.Hypotheses.Single(h => h.Key == "country:CN");
        var alternative = Assert.Single(china.Claims);
        Assert.Equal((Stances.OffersAlternative, "for"), (alternative.Stance, alternative.Direction));
        Assert.Equal(1, china.IndependentSourcesFor);
        Assert.True(china.Probability > AttributionModel.Prior);
        var gang = board.Hypotheses.Single(h => h.Key.StartsWith("actor:", StringComparison.Ordinal));
        Assert.Equal(["for", "neutral"], gang.Claims.Select(c => c.Direction));
        Assert.Equal(Stances.OffersAlternative, gang.Claims[1].Stance);
        Assert.Equal(0, gang.IndependentSourcesAgainst);
        Assert.Equal(gang.Key, (await Kb.ListIncidentsAsync(cancellationToken: Ct))[0].LeadingHypothesisKey);
    }

    [Fact]
    public async Task IngestBundleAsync_SameBundleTwice_StoresObjectsOnce()
    {
        // Given
        var objects = new[] { StixObjectStoreContractTests.Indicator(1), StixObjectStoreContractTests.Indicator(2) };

        // When
        var first = await Kb.IngestBundleAsync("sha256:x", "bundle.json", objects, ["indicator--bad: missing 'pattern'"], cancellationToken: Ct);
        var second = await Kb.IngestBundleAsync("sha256:x", "bundle.json", objects, [], cancellationToken: Ct);

        // Then
        Assert.Equal(2, first.ObjectsStored);
        Assert.Equal(IngestStatus.AlreadyPresent, second.Status);
        Assert.Equal(2, await _test!.Database.Objects.CountAsync(new StixObjectQuery(), Ct));
    }

    [Fact]
    public async Task ListIncidentsAsync_Filters_SelectByVictimActorAndDate()
    {
        // Given
        await IngestAsync([.. RelayExample.Documents()]);

        // When
        var byAlias = await Kb.ListIncidentsAsync(new IncidentFilter { Victim = "NWB" }, Ct);
        var byActor = await Kb.ListIncidentsAsync(new IncidentFilter { Actor = "Russia" }, Ct);
        var otherActor = await Kb.ListIncidentsAsync(new IncidentFilter { Actor = "China" }, Ct);
        var recent = await Kb.ListIncidentsAsync(new IncidentFilter { Since = new DateOnly(2025, 3, 1) }, Ct);
        var future = await Kb.ListIncidentsAsync(new IncidentFilter { Since = new DateOnly(2026, 1, 1) }, Ct);

        // Then
        Assert.Single(byAlias);
        Assert.Single(byActor);
        Assert.Empty(otherActor);
        Assert.Single(recent);
        Assert.Empty(future);
    }

    [Fact]
    public async Task UnmergeAsync_MergedReport_MovesToItsOwnIncidentAndExplainsWhy()
    {
        // Given
        await IngestAsync([.. RelayExample.Documents()]);
        var board = (await Kb.GetIncidentAsync((await Kb.ListIncidentsAsync(cancellationToken: Ct))[0].Id, Ct))!;
        var last = board.Reports[^1].ReportId;

        // When
        var created = await Kb.UnmergeAsync(last, Ct);
        var incidents = await Kb.ListIncidentsAsync(cancellationToken: Ct);
        var split = (await Kb.GetIncidentAsync(created, Ct))!;

        // Then
        Assert.Equal([4, 1], incidents.Select(i => i.Reports));
        Assert.StartsWith("split from incident", Assert.Single(split.Reports).MergeReason, StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<KnowledgeException>(() => Kb.UnmergeAsync(last, Ct));
        Assert.Equal($"Report {last} is the only report of incident {created}; there is nothing to unmerge.", error.Message);
    }

    [Fact]
    public async Task IngestDocumentAsync_ClaimsWithoutARecognisedIncident_JoinTheNamedKnownVictim()
    {
        // Given
        await IngestAsync(RelayExample.Documents()[0]);
        const string text = "Citing The Harbour Courier, analysts say the Northfjord Water Board breach is the work of Russian state-backed hackers.";
        var relay = new ArticleBuilder("late", "Late Brief", new DateOnly(2025, 3, 20), text)
            .Claim("Russian state-backed hackers", "RU", "analysts", SourceKinds.Researchers, text)
            .Build();

        // When
        await IngestAsync(relay);
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));

        // Then
        Assert.Equal(2, incident.Reports);
        Assert.Equal(1, incident.IndependentSources);
    }

    [Fact]
    public async Task IngestDocumentAsync_IncidentWithoutANamedVictim_TheTargetedSectorIsTheVictim()
    {
        // Given: the article names no victim organisation, only the sector the intruders hit.
        const string text = "The United States and Canada on Tuesday accused APT41 of breaching at least eight telecommunications providers since 2022.";
        var document = new ThreatLedger.Extraction.Pipeline.ArticleExtractor().Extract(
            new SourceDocument(new DocumentInfo { Id = "sector", Source = "Policy Wire", Published = new DateOnly(2024, 10, 3) }, text));

        // When
        await IngestAsync(document);
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));

        // Then
        Assert.Equal("telecommunications sector", incident.Victim);
        Assert.Equal("APT41 (CN)", incident.LeadingHypothesis);
    }

    [Fact]
    public async Task ImportActorsAsync_TwoClustersShareOnlyAnUmbrellaAlias_StayTwoActors()
    {
        // Given: both clusters list the umbrella name "Grey Steppe", neither names the other
        ActorCluster[] clusters =
        [
            new("Tarn Spider", ["Grey Steppe", "Marsh Heron"], "RU", "test"),
            new("Moor Fox", ["Grey Steppe", "Quiet Otter"], "RU", "test"),
            new("Marsh Heron", ["Tarn Spider", "Ridge 12"], null, "other"),
        ];

        // When
        var result = await Kb.ImportActorsAsync(clusters, Ct);
        var actors = await Kb.ListActorsAsync(all: true, Ct);

        // Then: the third cluster names the first and joins it; the second stays apart
        Assert.Equal(2, result.ActorsCreated);
        Assert.Equal(["Moor Fox", "Tarn Spider"], actors.Where(a => a.Level == "actor").Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Contains("Ridge 12", actors.Single(a => a.Name == "Tarn Spider").Aliases);
        Assert.DoesNotContain("Quiet Otter", actors.Single(a => a.Name == "Tarn Spider").Aliases);
    }

    [Fact]
    public async Task ImportActorsAsync_TrackingNumberThenItsName_TheNameBecomesCanonical()
    {
        // Given
        await Kb.ImportActorsAsync([new ActorCluster("Storm-4410", ["Brine Gang", "GOLD MARLIN"], null, "first")], Ct);

        // When
        await Kb.ImportActorsAsync([new ActorCluster("Brine Gang", ["GOLD MARLIN", "Salt Scorpius"], null, "second")], Ct);
        var shown = await Kb.ShowAsync("Storm-4410", Ct);

        // Then
        Assert.Equal("Brine Gang", shown!.Actor!.Name);
        Assert.Contains("Storm-4410", shown.Actor.Aliases);
        Assert.Contains("Salt Scorpius", shown.Actor.Aliases);
    }

    [Fact]
    public async Task IngestDocumentAsync_LaterArticlesDropTheLegalFormOrUseAnAcronym_OneVictimOneIncident()
    {
        // Given
        const string first = "Halden Freight AS said hackers broke into its email system in March 2026.";
        const string second = "Spies were behind the breach at Halden Freight, officials said. HF, which runs 40 ships, disclosed the intrusion in April.";
        const string third = "HFT, the carrier, declined to comment. Halden Freight said its email was restored.";
        var a = new ArticleBuilder("a", "Port Post", new DateOnly(2026, 4, 2), first)
            .Victim("Halden Freight AS", "Halden Freight AS", EventTypes.Intrusion, new EventTime { Start = "2026-03" }).Build();
        var b = new ArticleBuilder("b", "Fjord Wire", new DateOnly(2026, 4, 9), second)
            .Incident("the breach", EventTypes.Databreach, new EventTime { Start = "2026-03" }).Build();
        var c = new ArticleBuilder("c", "Cargo Daily", new DateOnly(2026, 4, 10), third)
            .Victim("HFT", "HFT", EventTypes.Intrusion, new EventTime { Start = "2026-03" }).Build();

        // When
        await IngestAsync(a, b, c);

        // Then: "Halden Freight" is the victim's short name and "HFT" an acronym that fits it
        var victim = Assert.Single(await Kb.ListVictimsAsync(Ct));
        Assert.Contains("Halden Freight", victim.Aliases);
        Assert.Contains("HFT", victim.Aliases);
        Assert.Equal(3, Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct)).Reports);
    }

    [Fact]
    public async Task IngestDocumentAsync_AcronymThatDoesNotFitTheNamedVictim_IsAVictimOfItsOwn()
    {
        // Given: the second article names the known victim in passing but its incident is at "NSA" (not an abbreviation of it)
        const string first = "Halden Freight AS said hackers broke into its email system in March 2026.";
        const string second = "The NSA said its network was breached in March 2026, weeks after the Halden Freight attack.";
        var a = new ArticleBuilder("a", "Port Post", new DateOnly(2026, 4, 2), first)
            .Victim("Halden Freight AS", "Halden Freight AS", EventTypes.Intrusion, new EventTime { Start = "2026-03" }).Build();
        var b = new ArticleBuilder("b", "Fjord Wire", new DateOnly(2026, 4, 9), second)
            .Victim("NSA", "NSA", EventTypes.Intrusion, new EventTime { Start = "2026-03" }).Build();

        // When
        await IngestAsync(a, b);

        // Then
        Assert.Equal(["Halden Freight AS", "NSA"], (await Kb.ListVictimsAsync(Ct)).Select(v => v.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task IngestDocumentAsync_ShorterProperNameOfAKnownVictim_JoinsIt()
    {
        // Given: the later article calls the Puddle Creek Water Authority "the Puddle Creek authority"
        const string first = "The Puddle Creek Water Authority said intruders were in its network from August 2025.";
        const string second = "U.S. officials blamed Chinese hackers for the breach of the Puddle Creek authority's network in August 2025.";
        var a = new ArticleBuilder("a", "Valley Ledger", new DateOnly(2026, 3, 2), first)
            .Victim("Puddle Creek Water Authority", "The Puddle Creek Water Authority", EventTypes.Intrusion, new EventTime { Start = "2025-08" }, "US").Build();
        var b = new ArticleBuilder("b", "Capital Wire", new DateOnly(2026, 4, 3), second)
            .Incident("the breach", EventTypes.Databreach, new EventTime { Start = "2025-08" })
            .Claim("Chinese hackers", "CN", "U.S. officials", SourceKinds.Government, second)
            .Build();

        // When
        await IngestAsync(a, b);

        // Then
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal("Puddle Creek Water Authority", incident.Victim);
        Assert.Equal(2, incident.Reports);
    }

    [Fact]
    public async Task IngestDocumentAsync_IncidentNamesNoVictim_TheOrganisationTheArticleOpensWithIsTheVictim()
    {
        // Given
        const string text = "Brightwater Exchange Pte Ltd, a Singapore crypto exchange, halted withdrawals on Sunday.\n\nThe theft happened on August 2.";
        var document = new ArticleBuilder("a", "Straits Money", new DateOnly(2026, 8, 4), text)
            .Organization("Brightwater Exchange Pte Ltd", "Brightwater Exchange Pte Ltd")
            .Incident("theft", EventTypes.Databreach, new EventTime { Start = "2026-08-02" })
            .Build();

        // When
        await IngestAsync(document);

        // Then
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal("Brightwater Exchange Pte Ltd", incident.Victim);
        Assert.Contains("Brightwater Exchange", Assert.Single(await Kb.ListVictimsAsync(Ct)).Aliases);
    }

    [Fact]
    public async Task IngestDocumentAsync_BackgroundIncidentWithoutAVictimBesideANamedOne_IsNotPutOnTheNamedVictim()
    {
        // Given: the article's incident names its victim; an earlier attack on an unnamed utility is told as background
        const string text = "The Orsova Water Board said it was investigating suspicious activity on its network. In 2024 a hacktivist group defaced the website of a small utility.";
        var document = new ArticleBuilder("a", "Danube Daily", new DateOnly(2026, 3, 2), text)
            .Victim("Orsova Water Board", "The Orsova Water Board", EventTypes.Intrusion, new EventTime { Discovered = "2026-02-27" })
            .Incident("defaced", EventTypes.Defacement, new EventTime { Start = "2024" }, hopper: 2)
            .Build();

        // When
        await IngestAsync(document);

        // Then: the board's incident keeps its own type and dates
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct), i => i.Victim == "Orsova Water Board");
        Assert.Equal((EventTypes.Intrusion, null, 1), (incident.Type, incident.Start, incident.Reports));
    }

    [Fact]
    public async Task IngestDocumentAsync_LaterReportGivesTheVictimsCountry_TheVictimLearnsIt()
    {
        // Given: the first report names the operator without a country, the second places it
        var a = new ArticleBuilder("a", "Threat Digest", new DateOnly(2026, 5, 6), "Hackers broke into Tatra Telekom in April 2026.")
            .Victim("Tatra Telekom", "Tatra Telekom", EventTypes.Intrusion, new EventTime { Start = "2026-04" }).Build();
        var b = new ArticleBuilder("b", "Central Herald", new DateOnly(2026, 5, 8), "Hackers broke into Slovakia's Tatra Telekom in April 2026.")
            .Victim("Tatra Telekom", "Tatra Telekom", EventTypes.Intrusion, new EventTime { Start = "2026-04" }, "SK").Build();

        // When
        await IngestAsync(a, b);

        // Then
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal("SK", incident.VictimCountry);
    }

    [Fact]
    public async Task Board_OfficialStatementAfterTheFirstReport_TimelineSaysReportsCameEarlier()
    {
        // Given: officials leak the breach on May 8; the agency's statement of May 13 is reported a day later
        var a = new ArticleBuilder("a", "Central Herald", new DateOnly(2026, 5, 8), "Hackers broke into Tatra Telekom in April 2026, officials said.")
            .Victim("Tatra Telekom", "Tatra Telekom", EventTypes.Intrusion, new EventTime { Start = "2026-04" }).Build();
        var b = new ArticleBuilder("b", "Danube Daily", new DateOnly(2026, 5, 14), "The agency said on Wednesday that hackers broke into Tatra Telekom in April 2026.")
            .Victim("Tatra Telekom", "Tatra Telekom", EventTypes.Intrusion, new EventTime { Start = "2026-04", Disclosed = "2026-05-13" }).Build();
        await IngestAsync(a, b);

        // When
        var board = (await Kb.ShowAsync("Tatra Telekom", Ct))!.Incidents[0];

        // Then: the statement keeps its date but is not called the first disclosure
        var disclosure = Assert.Single(board.Timeline, t => t.What == "disclosure");
        Assert.Equal(("2026-05-13", "public statement (reports came earlier)"), (disclosure.Date, disclosure.Detail));
    }

    [Fact]
    public async Task IngestDocumentAsync_DiscoveredMonthsAfterTheIncident_StartsANewIncidentAndSaysWhy()
    {
        // Given: a second breach whose start the extractor misread as the first attack's month
        const string first = "The Kirrin Hospital was hit by ransomware on June 6, 2026.";
        const string second = "The Kirrin Hospital discovered on January 12 that its patient portal had been breached, seven months after the ransomware attack.";
        var a = new ArticleBuilder("a", "Health Times", new DateOnly(2026, 6, 8), first)
            .Victim("Kirrin Hospital", "The Kirrin Hospital", EventTypes.Ransom, new EventTime { Start = "2026-06-06" }).Build();
        var b = new ArticleBuilder("b", "City Courier", new DateOnly(2027, 1, 15), second)
            .Victim("Kirrin Hospital", "The Kirrin Hospital", EventTypes.Databreach, new EventTime { Start = "2026-06", Discovered = "2027-01-12" }).Build();

        // When
        await IngestAsync(a, b);
        var incidents = await Kb.ListIncidentsAsync(cancellationToken: Ct);

        // Then
        Assert.Equal(2, incidents.Count);
        var board = await Kb.GetIncidentAsync(incidents.Single(i => i.Type == EventTypes.Databreach).Id, Ct);
        Assert.StartsWith("same victim, but discovered 2027-01-12", Assert.Single(board!.Reports).MergeReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_OneReportKnowsTheDiscoveryAnotherAnEarlierStart_DwellSpansFromTheEarliestStart()
    {
        // Given: the first report dates the intrusion by its discovery (dwell 0); a later one says the intruders were in since November
        const string first = "The Orsova Port Authority found its servers encrypted on February 27, 2026.";
        const string second = "Investigators say the intruders had been inside the Orsova Port Authority since November 2025.";
        var a = new ArticleBuilder("a", "Danube Daily", new DateOnly(2026, 3, 2), first)
            .Victim("Orsova Port Authority", "The Orsova Port Authority", EventTypes.Ransom, new EventTime { Start = "2026-02-27", Discovered = "2026-02-27", DwellDays = 0 }).Build();
        var b = new ArticleBuilder("b", "River Post", new DateOnly(2026, 3, 9), second)
            .Victim("Orsova Port Authority", "the Orsova Port Authority", EventTypes.Ransom, new EventTime { Start = "2025-11" }).Build();

        // When
        await IngestAsync(a, b);
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));

        // Then: from 2025-11-01 to 2026-02-27
        Assert.Equal("2025-11", incident.Start);
        Assert.Equal(118, incident.DwellDays);
    }

    [Fact]
    public async Task IngestDocumentAsync_ArticleSaysItIsANewIncident_JoinsNoIncidentReportedLongBefore()
    {
        // Given: months later, an article says the exchange was "hit again"; its only date is the year
        const string first = "Hackers stole $50 million from the Brightwater Exchange in August 2026.";
        const string second = "The Brightwater Exchange was hit again this week, in a theft unrelated to the 2026 hack.";
        var a = new ArticleBuilder("a", "Straits Money", new DateOnly(2026, 8, 4), first)
            .Victim("Brightwater Exchange", "the Brightwater Exchange", EventTypes.Databreach, new EventTime { Start = "2026-08" }).Build();
        var b = new ArticleBuilder("b", "Straits Money", new DateOnly(2027, 2, 9), second)
            .Victim("Brightwater Exchange", "The Brightwater Exchange", EventTypes.Databreach, new EventTime { End = "2026" }).Build();

        // When
        await IngestAsync(a, b);

        // Then
        Assert.Equal([1, 1], (await Kb.ListIncidentsAsync(cancellationToken: Ct)).Select(i => i.Reports));
    }

    [Fact]
    public async Task IngestDocumentAsync_DenialIngestedBeforeTheIncidentIsKnown_JoinsTheIncidentOnceAnArticleNamesTheVictim()
    {
        // Given: the denial names the victim but no attack the extractor can place, and arrives first
        const string denial = "Russia's embassy said the accusations over the Vestby Grid were groundless.";
        const string report = "Officials said Russian spies breached the Vestby Grid in March 2026.";
        var a = new ArticleBuilder("a", "Capital Wire", new DateOnly(2026, 4, 20), denial)
            .Claim(null, "RU", "Russia's embassy", SourceKinds.Accused, denial, Stances.Denies, ClaimKinds.Denial).Build();
        var b = new ArticleBuilder("b", "Oslo Courier", new DateOnly(2026, 4, 15), report)
            .Victim("Vestby Grid", "the Vestby Grid", EventTypes.Intrusion, new EventTime { Start = "2026-03" }, "NO")
            .Claim(null, "RU", "Officials", SourceKinds.Government, report).Build();
        var first = await Kb.IngestDocumentAsync(a, ContentHash.Of("a" + denial), cancellationToken: Ct);

        // When
        var second = await Kb.IngestDocumentAsync(b, ContentHash.Of("b" + report), cancellationToken: Ct);

        // Then: the waiting denial joins the incident, and the ingest says so
        Assert.Equal((0, 1), (first.Reports, first.Claims));
        Assert.Contains(second.MergeDecisions, d => d.StartsWith("1 waiting claims of a.txt attached: it names Vestby Grid", StringComparison.Ordinal));
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal(2, incident.Reports);
        var board = (await Kb.ShowAsync("Vestby Grid", Ct))!.Incidents[0];
        var russia = Assert.Single(board.Hypotheses);
        Assert.Equal([Stances.Asserts, Stances.Denies], russia.Claims.Select(c => c.Stance).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task IngestDocumentAsync_WaitingArticleNamingNoKnownVictim_KeepsWaiting()
    {
        // Given: a denial about one victim, then a report of another
        const string denial = "Russia's embassy said the accusations over the Vestby Grid were groundless.";
        const string report = "Officials said Russian spies breached the Halden Water Board in March 2026.";
        await IngestAsync(
            new ArticleBuilder("a", "Capital Wire", new DateOnly(2026, 4, 20), denial)
                .Claim(null, "RU", "Russia's embassy", SourceKinds.Accused, denial, Stances.Denies, ClaimKinds.Denial).Build(),
            new ArticleBuilder("b", "Oslo Courier", new DateOnly(2026, 4, 15), report)
                .Victim("Halden Water Board", "the Halden Water Board", EventTypes.Intrusion, new EventTime { Start = "2026-03" }, "NO").Build());

        // When
        var board = (await Kb.ShowAsync("Halden Water Board", Ct))!.Incidents[0];

        // Then: the denial is not put on the wrong victim
        Assert.Empty(board.Hypotheses);
        Assert.Equal(1, Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct)).Reports);
    }

    [Fact]
    public async Task Board_VendorHeadlineAndItsHedgedAssessment_TheHedgedWordsCount()
    {
        // Given: the blog's title names the group; its body assesses it with moderate confidence
        const string title = "Static Kestrel returns: notes on the Orla Grid intrusion";
        const string body = "We assess with moderate confidence that the activity is linked to Static Kestrel.";
        const string text = title + "\n\nThe Orla Grid Company was breached in March 2026. " + body;
        await IngestAsync(new ArticleBuilder("a", "Cordillera Labs", new DateOnly(2026, 4, 15), text)
            .Titled(title + ".")
            .Actor("Static Kestrel", "IR")
            .Victim("Orla Grid Company", "The Orla Grid Company", EventTypes.Intrusion, new EventTime { Start = "2026-03" })
            .Claim("Static Kestrel", "IR", "Cordillera Labs", SourceKinds.Vendor, title)
            .Claim("Static Kestrel", "IR", "Cordillera Labs", SourceKinds.Vendor, body, hedging: ["assess", "moderate confidence"])
            .Build());

        // When
        var board = (await Kb.ShowAsync("Orla Grid Company", Ct))!.Incidents[0];

        // Then: the body's claim is the vendor's counted one
        var group = Assert.Single(board.Hypotheses, h => h.Level == "actor");
        Assert.Equal([body], group.Claims.Where(c => c.Counted).Select(c => c.Evidence));
    }

    [Fact]
    public async Task IngestDocumentAsync_DatedAttackTheArticleSetsApart_NewIncidentWithinTheSlack()
    {
        // Given: six weeks after an intrusion, ransomware the article calls unrelated to it
        const string first = "Quebrada Alta detected unauthorised access to its network on September 4, 2026.";
        const string second = "Quebrada Alta was hit by ransomware on Saturday, October 17. The company said the attack was unrelated to the September intrusion.";
        await IngestAsync(
            new ArticleBuilder("a", "Santiago Post", new DateOnly(2026, 9, 8), first)
                .Victim("Quebrada Alta", "Quebrada Alta", EventTypes.Intrusion, new EventTime { Discovered = "2026-09-04" }).Build(),
            new ArticleBuilder("b", "Santiago Post", new DateOnly(2026, 10, 20), second)
                .Victim("Quebrada Alta", "Quebrada Alta", EventTypes.Ransom, new EventTime { Start = "2026-10-17" }).Build());

        // When
        var incidents = await Kb.ListIncidentsAsync(cancellationToken: Ct);

        // Then
        Assert.Equal([EventTypes.Intrusion, EventTypes.Ransom], incidents.Select(i => i.Type).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task IngestDocumentAsync_NewIncidentCueAboutAnotherAttack_StillJoinsTheIncidentItDates()
    {
        // Given: the follow-up dates the intrusion's start before the first report's discovery, and mentions an unrelated attack
        const string first = "Quebrada Alta detected unauthorised access to its network on September 4, 2026.";
        const string second = "The intruders had been inside Quebrada Alta's network since June 2026, people said. The breach is unrelated to a 2024 ransomware attack.";
        await IngestAsync(
            new ArticleBuilder("a", "Santiago Post", new DateOnly(2026, 9, 8), first)
                .Victim("Quebrada Alta", "Quebrada Alta", EventTypes.Intrusion, new EventTime { Discovered = "2026-09-04" }).Build(),
            new ArticleBuilder("b", "Andes Journal", new DateOnly(2026, 9, 15), second)
                .Victim("Quebrada Alta", "Quebrada Alta", EventTypes.Intrusion, new EventTime { Start = "2026-06" }).Build());

        // When
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));

        // Then
        Assert.Equal(2, incident.Reports);
    }

    [Fact]
    public async Task IngestDocumentAsync_MakerOfTheExploitedProduct_IsNeitherTheLeadVictimNorAKnownOne()
    {
        // Given: the first article names only the software's maker; the second a bank hit through the same flaw
        const string first = "Hackers exploited a vulnerability in FileHarbor to steal data from three firms, FileHarbor Systems said.";
        const string second = "Maplecrest Bank said attackers exploited the FileHarbor vulnerability to take files in March 2027.";
        await IngestAsync(
            new ArticleBuilder("a", "Ledger Wire", new DateOnly(2027, 3, 10), first)
                .Organization("FileHarbor Systems", "FileHarbor")
                .Incident("steal data", EventTypes.Databreach, new EventTime { Start = "2027-03" }).Build(),
            new ArticleBuilder("b", "Finance Daily", new DateOnly(2027, 3, 14), second)
                .Victim("Maplecrest Bank", "Maplecrest Bank", EventTypes.Databreach, new EventTime { Start = "2027-03" }, "CA").Build());

        // When
        var incidents = await Kb.ListIncidentsAsync(cancellationToken: Ct);

        // Then: no incident at the maker; the bank's incident is the bank's
        var incident = Assert.Single(incidents);
        Assert.Equal("Maplecrest Bank", incident.Victim);
    }

    [Fact]
    public async Task IngestDocumentAsync_PhishingWeeksBeforeTheRansomware_OneIncident()
    {
        // Given
        const string first = "Ransomware crippled the Kirrin Hospital on June 6, 2026.";
        const string second = "The attackers got into the Kirrin Hospital through a phishing email on May 28, a review found.";
        var a = new ArticleBuilder("a", "Health Times", new DateOnly(2026, 6, 8), first)
            .Victim("Kirrin Hospital", "the Kirrin Hospital", EventTypes.Ransom, new EventTime { Start = "2026-06-06" }).Build();
        var b = new ArticleBuilder("b", "Health Times", new DateOnly(2026, 7, 20), second)
            .Victim("Kirrin Hospital", "the Kirrin Hospital", EventTypes.Phishing, new EventTime { Start = "2026-05-28" }).Build();

        // When
        await IngestAsync(a, b);

        // Then
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal(EventTypes.Ransom, incident.Type);
        Assert.Equal("2026-05-28", incident.Start);
    }

    [Fact]
    public async Task Board_DenialQuotedWithoutItsSpeaker_CountsAsTheAccusedStatesVoice()
    {
        // Given: the extractor read the quoted denial as the outlet's and as an unnamed official's
        const string text = "Officials said Russian spies breached the Vestby Grid in March 2026. \"Russia has nothing to do with this.\" These are lies, an embassy spokesman said.";
        var document = new ArticleBuilder("a", "Oslo Courier", new DateOnly(2026, 4, 15), text)
            .Victim("Vestby Grid", "the Vestby Grid", EventTypes.Intrusion, new EventTime { Start = "2026-03" }, "NO")
            .Claim("Russian spies", "RU", "Officials", SourceKinds.AnonymousOfficials, "Officials said Russian spies breached the Vestby Grid in March 2026.")
            .Claim("Russia", "RU", "Oslo Courier", SourceKinds.Media, "\"Russia has nothing to do with this.\"", Stances.Denies, ClaimKinds.Denial)
            .Claim("Russia", "RU", "an embassy spokesman", SourceKinds.Government, "These are lies, an embassy spokesman said.", Stances.Denies, ClaimKinds.Denial)
            .Build();

        // When
        await IngestAsync(document);
        var hypothesis = Assert.Single((await Kb.ShowAsync("Vestby Grid", Ct))!.Incidents[0].Hypotheses);

        // Then: one accused voice against, weighed as the accused's
        var against = hypothesis.Claims.Where(c => c.Direction == "against").ToList();
        Assert.Equal(2, against.Count);
        Assert.All(against, c => Assert.Equal(SourceKinds.Accused, c.SourceKind));
        Assert.All(against, c => Assert.Equal("accused:RU", c.OriginalSource));
        Assert.Equal(1, hypothesis.IndependentSourcesAgainst);
    }

    [Fact]
    public async Task Board_ClaimWhoseSourceIsAnOutletsName_IsThatOutletsReportingNotAGovernments()
    {
        // Given: a relay whose source was read as a government although it names the outlet it cites
        var original = new ArticleBuilder("a", "Oslo Courier", new DateOnly(2026, 4, 15), "Three officials told the Oslo Courier that Russian spies breached the Vestby Grid in March 2026.")
            .Victim("Vestby Grid", "the Vestby Grid", EventTypes.Intrusion, new EventTime { Start = "2026-03" }, "NO")
            .Claim("Russian spies", "RU", "Three officials", SourceKinds.AnonymousOfficials, "Three officials told the Oslo Courier that Russian spies breached the Vestby Grid in March 2026.", count: 3)
            .Build();
        const string relayText = "Russian spies were behind the Vestby Grid breach, the Oslo Courier reported, citing three officials.";
        var relay = new ArticleBuilder("b", "Grid Weekly", new DateOnly(2026, 4, 16), relayText)
            .Victim("Vestby Grid", "the Vestby Grid", EventTypes.Intrusion, new EventTime { Start = "2026-03" }, "NO")
            .Claim("Russian spies", "RU", "the Oslo Courier", SourceKinds.Government, relayText)
            .Build();

        // When
        await IngestAsync(original, relay);
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        var hypothesis = Assert.Single((await Kb.GetIncidentAsync(incident.Id, Ct))!.Hypotheses);

        // Then
        Assert.Equal(1, hypothesis.IndependentSourcesFor);
        Assert.DoesNotContain(hypothesis.Claims, c => c.SourceKind == SourceKinds.Government);
    }

    [Fact]
    public async Task IngestDocumentAsync_AccuserTakenForTheVictim_TheKnownVictimTheArticleNamesIsUsed()
    {
        // Given: the extractor made the accusing agency the victim of the theft it describes
        const string first = "Hackers stole $50 million from the Brightwater Exchange on August 2, 2026.";
        const string second = "The Federal Police last week blamed the Jade Otter group for the $50 million theft from Brightwater Exchange.";
        var a = new ArticleBuilder("a", "Straits Money", new DateOnly(2026, 8, 4), first)
            .Victim("Brightwater Exchange", "the Brightwater Exchange", EventTypes.Databreach, new EventTime { Start = "2026-08-02" }).Build();
        var b = new ArticleBuilder("b", "Korea Monitor", new DateOnly(2026, 8, 18), second)
            .Victim("Federal Police", "The Federal Police", EventTypes.Databreach, new EventTime { Start = "2026-08" })
            .Claim("Jade Otter", "KP", "The Federal Police", SourceKinds.Government, second)
            .Build();

        // When
        await IngestAsync(a, b);

        // Then
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal("Brightwater Exchange", incident.Victim);
        Assert.Equal(2, incident.Reports);
    }

    [Fact]
    public async Task IngestDocumentAsync_VictimDeclinesInASentenceTiedToAnotherIncident_TheDeclineStaysWithTheVictimsIncident()
    {
        // Given: the extractor tied the chief executive's refusal to the event of a different organisation
        const string text = "Halden Freight AS said hackers broke into its email in March 2026. It told the Brook Agency, which was hit by ransomware. \"We will not speculate about who is behind it,\" the chief executive said.";
        var document = new ArticleBuilder("a", "Port Post", new DateOnly(2026, 4, 2), text)
            .Victim("Halden Freight AS", "Halden Freight AS", EventTypes.Intrusion, new EventTime { Start = "2026-03" })
            .Victim("Brook Agency", "the Brook Agency", EventTypes.Ransom, new EventTime { Start = "2026-03" }, hopper: 2)
            .Claim(null, null, "the chief executive", SourceKinds.Victim, "\"We will not speculate about who is behind it,\" the chief executive said.", Stances.Declines,
                ClaimKinds.NoAttribution, eventId: "v2", sourceEntity: "Halden Freight AS")
            .Build();

        // When
        await IngestAsync(document);
        var halden = (await Kb.ListIncidentsAsync(cancellationToken: Ct)).Single(i => i.Victim == "Halden Freight AS");

        // Then
        var decline = Assert.Single((await Kb.GetIncidentAsync(halden.Id, Ct))!.OtherClaims);
        Assert.Equal(ClaimKinds.NoAttribution, decline.Kind);
    }

    [Fact]
    public async Task Board_CountedOfficialsReadAsTheGovernment_AreAnonymousAndIndependentOfTheOfficialStatement()
    {
        // Given: two officials told one outlet; weeks later the agency attributes it on the record
        const string leak = "Two U.S. officials said Chinese state hackers breached the Puddle Creek Water Authority in August 2025.";
        const string statement = "CISA said Chinese state hackers breached the Puddle Creek Water Authority in August 2025.";
        await IngestAsync(
            new ArticleBuilder("a", "Capital Dispatch", new DateOnly(2026, 3, 19), leak)
                .Victim("Puddle Creek Water Authority", "the Puddle Creek Water Authority", EventTypes.Intrusion, new EventTime { Start = "2025-08" }, "US")
                .Claim("Chinese state hackers", "CN", "Two U.S. officials", SourceKinds.Government, leak, count: 2)
                .Build(),
            new ArticleBuilder("b", "Water Today", new DateOnly(2026, 4, 3), statement)
                .Victim("Puddle Creek Water Authority", "the Puddle Creek Water Authority", EventTypes.Intrusion, new EventTime { Start = "2025-08" }, "US")
                .Claim("Chinese state hackers", "CN", "CISA", SourceKinds.Government, statement)
                .Build());

        // When
        var hypothesis = Assert.Single((await Kb.ShowAsync("Puddle Creek Water Authority", Ct))!.Incidents[0].Hypotheses);

        // Then
        Assert.Equal(2, hypothesis.IndependentSourcesFor);
        Assert.Contains(hypothesis.Claims, c => c.SourceKind == SourceKinds.AnonymousOfficials && c.OriginalSource == "outlet:capitaldispatch");
    }

    [Fact]
    public async Task Board_SpeakerNamedByAnAcronymAnotherReportDefines_IsThatPartyAndNoSourceOfItsOwn()
    {
        // Given: one outlet quotes the agency with its full name; another restates its attribution by the acronym alone
        const string statement = "Romania's National Cyber Security Directorate (DNSC) said the Qilin group hit the Orsova Port Authority in March 2026.";
        const string restated = "The DNSC has attributed the attack on the Orsova Port Authority to Qilin.";
        await IngestAsync(
            new ArticleBuilder("a", "Bucharest Wire", new DateOnly(2026, 3, 20), statement)
                .Victim("Orsova Port Authority", "the Orsova Port Authority", EventTypes.Ransom, new EventTime { Start = "2026-03" }, "RO")
                .Claim("Qilin", null, "Romania's National Cyber Security Directorate (DNSC)", SourceKinds.Government, statement)
                .Build(),
            new ArticleBuilder("b", "Danube Daily", new DateOnly(2026, 3, 24), restated)
                .Victim("Orsova Port Authority", "the Orsova Port Authority", EventTypes.Ransom, new EventTime { Start = "2026-03" }, "RO")
                .Claim("Qilin", null, "The DNSC", SourceKinds.Unknown, restated)
                .Build());

        // When
        var hypothesis = Assert.Single((await Kb.ShowAsync("Orsova Port Authority", Ct))!.Incidents[0].Hypotheses);

        // Then
        Assert.Equal(1, hypothesis.IndependentSourcesFor);
        Assert.All(hypothesis.Claims, c => Assert.Equal((SourceKinds.Government, "government:RO"), (c.SourceKind, c.OriginalSource)));
    }

    [Fact]
    public async Task Board_VendorsOwnBlogSpeaking_IsTheVendorAndOneSourceWithItsQuotes()
    {
        // Given: the vendor's blog says "we assess"; a trade outlet then quotes the vendor
        const string post = "Dunaj Security found that the Orsova Port Authority was breached in April 2026. We assess that Salt Heron carried out the intrusion.";
        const string quote = "Salt Heron breached the Orsova Port Authority in April 2026, according to Dunaj Security.";
        await IngestAsync(
            new ArticleBuilder("a", "Dunaj Security Research Blog", new DateOnly(2026, 5, 6), post)
                .Organization("Dunaj Security", "Dunaj Security", EntityKinds.Vendor)
                .Victim("Orsova Port Authority", "the Orsova Port Authority", EventTypes.Intrusion, new EventTime { Start = "2026-04" })
                .Claim("Salt Heron", null, "Dunaj Security Research Blog", SourceKinds.Vendor, "We assess that Salt Heron carried out the intrusion.")
                .Build(),
            new ArticleBuilder("b", "Threat Digest", new DateOnly(2026, 5, 9), quote)
                .Victim("Orsova Port Authority", "the Orsova Port Authority", EventTypes.Intrusion, new EventTime { Start = "2026-04" })
                .Claim("Salt Heron", null, "Dunaj Security", SourceKinds.Vendor, quote)
                .Build());

        // When
        var hypothesis = Assert.Single((await Kb.ShowAsync("Orsova Port Authority", Ct))!.Incidents[0].Hypotheses);

        // Then
        Assert.Equal(1, hypothesis.IndependentSourcesFor);
        Assert.All(hypothesis.Claims, c => Assert.Equal((SourceKinds.Vendor, "vendor:dunajsecurity"), (c.SourceKind, c.OriginalSource)));
    }

    [Fact]
    public async Task IngestDocumentAsync_RelayTakesTheAccuserForTheVictim_TheRelayedReportsVictimIsUsed()
    {
        // Given: the relay names the victim only by description, and the extractor made the accusing agency the victim
        const string first = "The Federal Police said the Jade Otter group stole $50 million from the Brightwater Exchange on August 2, 2026.";
        const string second = "The Federal Police has attributed the hack of the Singapore-based exchange to Jade Otter, Capital Wire reported.";
        var a = new ArticleBuilder("a", "Capital Wire", new DateOnly(2026, 8, 14), first)
            .Victim("Brightwater Exchange", "the Brightwater Exchange", EventTypes.Databreach, new EventTime { Start = "2026-08-02" })
            .Claim("Jade Otter", "KP", "The Federal Police", SourceKinds.Government, first)
            .Build();
        var b = new ArticleBuilder("b", "Coin Brief", new DateOnly(2026, 8, 15), second)
            .Victim("Federal Police", "The Federal Police", EventTypes.Intrusion)
            .Claim("Jade Otter", "KP", "The Federal Police", SourceKinds.Victim, second, citedVia: "Capital Wire", sourceEntity: "Federal Police")
            .Build();

        // When
        await IngestAsync(a, b);

        // Then
        var incident = Assert.Single(await Kb.ListIncidentsAsync(cancellationToken: Ct));
        Assert.Equal("Brightwater Exchange", incident.Victim);
        Assert.Equal(2, incident.Reports);
        Assert.Equal(1, incident.IndependentSources);
        Assert.All(Assert.Single((await Kb.GetIncidentAsync(incident.Id, Ct))!.Hypotheses).Claims, c => Assert.Equal(SourceKinds.Government, c.SourceKind));
    }

    [Fact]
    public async Task Board_AgencyReadAsTheVictimSpeaking_IsTheGovernmentAndOneSourceWithItsOtherStatements()
    {
        // Given: in the second article the extractor called the police (not a victim there) the victim speaking
        const string first = "The Federal Police said the Jade Otter group stole $50 million from the Brightwater Exchange on August 2, 2026.";
        const string second = "The Federal Police blamed Jade Otter for the August 2 theft at the Brightwater Exchange.";
        await IngestAsync(
            new ArticleBuilder("a", "Capital Wire", new DateOnly(2026, 8, 14), first)
                .Victim("Brightwater Exchange", "the Brightwater Exchange", EventTypes.Databreach, new EventTime { Start = "2026-08-02" })
                .Claim("Jade Otter", "KP", "The Federal Police", SourceKinds.Government, first)
                .Build(),
            new ArticleBuilder("b", "Coin Brief", new DateOnly(2026, 8, 15), second)
                .Victim("Brightwater Exchange", "the Brightwater Exchange", EventTypes.Databreach, new EventTime { Start = "2026-08-02" })
                .Organization("Federal Police", "The Federal Police", EntityKinds.GovernmentBody)
                .Claim("Jade Otter", "KP", "The Federal Police", SourceKinds.Victim, second, sourceEntity: "Federal Police")
                .Build());

        // When
        var hypothesis = Assert.Single((await Kb.ShowAsync("Brightwater Exchange", Ct))!.Incidents[0].Hypotheses);

        // Then
        Assert.All(hypothesis.Claims, c => Assert.Equal(SourceKinds.Government, c.SourceKind));
        Assert.Equal(1, hypothesis.IndependentSourcesFor);
    }
}
