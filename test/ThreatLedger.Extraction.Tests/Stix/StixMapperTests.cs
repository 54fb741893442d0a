using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.Extraction.Stix;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Extraction.Tests.Stix;

public sealed class StixMapperTests
{
    private static readonly StixMappingOptions s_options = new() { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero)) };

    private static (ExtractionDocument Document, JsonElement Bundle) Map(string example)
    {
        var path = RepositoryPaths.InRepository("examples", "articles", example);
        var document = new ArticleExtractor().Extract(new DocumentReader().ReadFile(path).Single());
        var json = StixMapper.ToBundleJson(document, s_options);
        return (document, JsonDocument.Parse(json).RootElement.Clone());
    }

    private static IEnumerable<JsonElement> Objects(JsonElement bundle, string type) =>
        bundle.GetProperty("objects").EnumerateArray().Where(o => o.GetProperty("type").GetString() == type);

    [Fact]
    public void ToBundleJson_Example_ReportReferencesEveryObjectOnce()
    {
        // Given / When
        var (_, bundle) = Map("ministry-espionage.txt");

        // Then
        Assert.Equal("bundle", bundle.GetProperty("type").GetString());
        var ids = bundle.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var report = Assert.Single(Objects(bundle, "report"));
        var refs = report.GetProperty("object_refs").EnumerateArray().Select(r => r.GetString()).ToHashSet();
        Assert.All(ids.Where(id => !id!.StartsWith("report--", StringComparison.Ordinal) && !id.StartsWith("extension-definition--", StringComparison.Ordinal)
            && id != ClaimExtension.CreatorId.ToString()), id => Assert.Contains(id, refs));
        Assert.Equal("2023-11-02T00:00:00.000Z", report.GetProperty("published").GetString());
    }

    [Fact]
    public void ToBundleJson_TlpMarking_EveryObjectOfTheDocumentCarriesItAndTheDefinitionIsInTheBundle()
    {
        // Given
        var path = RepositoryPaths.InRepository("examples", "articles", "ministry-espionage.txt");
        var document = new ArticleExtractor().Extract(new DocumentReader().ReadFile(path).Single());
        var amber = ThreatLedger.Stix.Objects.TlpMarkings.AmberV2Id;

        // When
        var json = StixMapper.ToBundleJson(document, s_options with { Markings = [amber] });
        var bundle = JsonDocument.Parse(json).RootElement;

        // Then: all but ThreatLedger's own identity and extension definition and the marking itself are marked.
        var objects = bundle.GetProperty("objects").EnumerateArray().ToList();
        var unmarked = objects.Where(o => !o.TryGetProperty("object_marking_refs", out _)).Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal([ClaimExtension.CreatorId.ToString(), ClaimExtension.Id.ToString(), amber.ToString()], unmarked);
        Assert.All(objects.Where(o => o.TryGetProperty("object_marking_refs", out _)),
            o => Assert.Equal([amber.ToString()], o.GetProperty("object_marking_refs").EnumerateArray().Select(r => r.GetString())));
        var definition = Assert.Single(Objects(bundle, "marking-definition"));
        Assert.Equal("TLP:AMBER", definition.GetProperty("name").GetString());
        var report = Assert.Single(Objects(bundle, "report"));
        Assert.DoesNotContain(amber.ToString(), report.GetProperty("object_refs").EnumerateArray().Select(r => r.GetString()));
        var validation = new ThreatLedger.Stix.Validation.StixValidator().Validate(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.True(validation.IsValid, string.Join("\n", validation.Findings));
        Assert.Equal(objects.Count - 1, JsonDocument.Parse(StixMapper.ToBundleJson(document, s_options)).RootElement.GetProperty("objects").GetArrayLength());
    }

    [Fact]
    public void ToBundleJson_Claims_AccusationBySourceWithConfidenceAndExtension()
    {
        // Given / When
        var (document, bundle) = Map("ministry-espionage.txt");

        // Then
        // The incident is attributed-to the accused (a producer-defined link: STIX 2.1 lists none for incident); the
        // extension also says the target is accused.
        var attributions = Objects(bundle, "relationship").Where(r => r.GetProperty("relationship_type").GetString() == "attributed-to"
            && r.TryGetProperty("extensions", out var e) && e.GetProperty(ClaimExtension.Id.ToString()).TryGetProperty("incident_role", out var role)
            && role.GetString() == IncidentRoles.Accused).ToList();
        var claim = document.Claims.Single(c => c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Government);
        var relationship = Assert.Single(attributions, r => r.GetProperty("confidence").GetInt32() == claim.Confidence
            && r.GetProperty("extensions").GetProperty(ClaimExtension.Id.ToString()).GetProperty("claim_kind").GetString() == ClaimKinds.Attribution
            && r.GetProperty("target_ref").GetString()!.StartsWith("intrusion-set--", StringComparison.Ordinal));
        var creator = relationship.GetProperty("created_by_ref").GetString();
        var source = Objects(bundle, "identity").Single(i => i.GetProperty("id").GetString() == creator);
        Assert.Contains("government", source.GetProperty("name").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("incident--", relationship.GetProperty("source_ref").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("intrusion-set--", relationship.GetProperty("target_ref").GetString(), StringComparison.Ordinal);
        var definition = Assert.Single(Objects(bundle, "extension-definition"));
        Assert.Equal(ClaimExtension.Id.ToString(), definition.GetProperty("id").GetString());
        Assert.Contains("property-extension", definition.GetProperty("extension_types").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void ToBundleJson_DenialAndDeclinedAttribution_OpinionAndNote()
    {
        // Given / When
        var (_, bundle) = Map("ministry-espionage.txt");
        var (_, hospital) = Map("hospital-ransomware.txt");

        // Then
        Assert.Contains(Objects(bundle, "opinion"), o => o.GetProperty("opinion").GetString() == "strongly-disagree"
            && o.GetProperty("object_refs").EnumerateArray().Any(r => r.GetString()!.StartsWith("relationship--", StringComparison.Ordinal)));
        var note = Assert.Single(Objects(hospital, "note"));
        Assert.StartsWith("incident--", note.GetProperty("object_refs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToBundleJson_Actors_StateAndCriminalProperties()
    {
        // Given / When
        var (_, bundle) = Map("port-wiper-ddos.txt");

        // Then
        var described = Objects(bundle, "threat-actor").Single(t => t.GetProperty("name").GetString() == "Iranian-linked group");
        Assert.Contains(Objects(bundle, "relationship"), r => r.GetProperty("relationship_type").GetString() == "located-at"
            && r.GetProperty("source_ref").GetString() == described.GetProperty("id").GetString());
        var sandworm = Objects(bundle, "intrusion-set").Single(t => t.GetProperty("name").GetString() == "Sandworm");
        Assert.Equal("government", sandworm.GetProperty("resource_level").GetString());
        Assert.Equal("organizational-gain", sandworm.GetProperty("primary_motivation").GetString());
    }

    [Fact]
    public void ToBundleJson_MaliciousIndicators_ScosWithDeterministicIdsAndPatterns()
    {
        // Given / When
        var (_, first) = Map("port-wiper-ddos.txt");
        var (_, second) = Map("port-wiper-ddos.txt");

        // Then
        var ip = Assert.Single(Objects(first, "ipv4-addr"));
        Assert.Equal("203.0.113.77", ip.GetProperty("value").GetString());
        Assert.Equal(ip.GetProperty("id").GetString(), Assert.Single(Objects(second, "ipv4-addr")).GetProperty("id").GetString());
        Assert.Contains(Objects(first, "indicator"), i => i.GetProperty("pattern").GetString() == "[ipv4-addr:value = '203.0.113.77']"
            && i.GetProperty("pattern_type").GetString() == "stix");
        Assert.Contains(Objects(first, "indicator"), i => i.GetProperty("pattern").GetString()!.StartsWith("[file:hashes.'SHA-256' = '", StringComparison.Ordinal));
        Assert.Equal(
            first.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()),
            second.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public void ToBundleJson_NoEmptyListsOrNulls_AnywhereInBundle()
    {
        // Given
        var bundles = new[] { "hospital-ransomware.txt", "ministry-espionage.txt", "port-wiper-ddos.txt" }.Select(e => Map(e).Bundle);

        // When / Then
        foreach (var bundle in bundles)
        {
            AssertNoEmpty(bundle);
        }
    }

    private static void AssertNoEmpty(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                Assert.NotEqual(0, element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoEmpty(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Assert.NotEqual(JsonValueKind.Null, property.Value.ValueKind);
                    AssertNoEmpty(property.Value);
                }

                break;
            default:
                break;
        }
    }

    [Fact]
    public void ToBundleJson_OutletWithoutTitleOrUrl_ReferenceStillDescribesTheArticle()
    {
        // Given: an article known only by its outlet (--source), no title and no URL
        var document = new ArticleExtractor().Extract(new SourceDocument(
            new DocumentInfo { Id = "no-title", Source = "Example Daily", Published = new DateOnly(2025, 5, 6) },
            "Hackers breached the Example Water Board in April, the utility said on Tuesday."));

        // When
        var json = StixMapper.ToBundleJson(document, s_options);

        // Then: §2.5 wants a description, url or external_id besides source_name; the result is clean
        var report = Assert.Single(Objects(JsonDocument.Parse(json).RootElement, "report"));
        var reference = Assert.Single(report.GetProperty("external_references").EnumerateArray().ToList());
        Assert.Equal("Example Daily", reference.GetProperty("source_name").GetString());
        Assert.Equal(report.GetProperty("name").GetString(), reference.GetProperty("description").GetString());
        var result = new ThreatLedger.Stix.Validation.StixValidator().Validate(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.True(StixDeviations.Unexpected(result).Count == 0, string.Join("\n", result.Findings));
    }

    [Fact]
    public void ToBundleJson_BuiltInGazetteerTypes_AreStixVocabularyValues()
    {
        // Given: the malware and tool types the built-in gazetteers and malware nouns ("a loader dubbed X") give, which the
        // mapping writes as malware_types/tool_types
        var lexicon = ThreatLedger.Extraction.Entities.Lexicon.Default;
        var malwareTypes = ThreatLedger.Stix.Validation.Vocabularies.Named("malware-type-ov")!;
        var toolTypes = ThreatLedger.Stix.Validation.Vocabularies.Named("tool-type-ov")!;

        // When
        var offVocabulary = lexicon.Entries.SelectMany(e => new[] { ("malware_type", e.Attribute("malware_type"), malwareTypes), ("tool_type", e.Attribute("tool_type"), toolTypes) })
            .Where(t => t.Item2 is not null && !t.Item3.Contains(t.Item2))
            .Select(t => t.Item1 + "=" + t.Item2)
            .Concat(ThreatLedger.Extraction.Entities.EntityVocabulary.MalwareNounTypes.Values.Where(v => !malwareTypes.Contains(v)).Select(v => "malware noun type=" + v))
            .ToList();

        // Then: values outside the suggested vocabularies would draw open-vocabulary warnings (STIX 2.1 §10)
        Assert.Empty(offVocabulary);
    }

    [Fact]
    public void ToBundleJson_ExtractedAgainLater_NewVersionsKeepCreated()
    {
        // Given: one article mapped at two times (§3.6: a new version keeps its id and created, with a later modified)
        var path = RepositoryPaths.InRepository("examples", "articles", "port-wiper-ddos.txt");
        var document = new ArticleExtractor().Extract(new DocumentReader().ReadFile(path).Single());
        var later = new StixMappingOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2025, 9, 9, 9, 9, 9, TimeSpan.Zero)) };

        // When
        var first = JsonDocument.Parse(StixMapper.ToBundleJson(document, s_options)).RootElement.GetProperty("objects").EnumerateArray().Where(o => o.TryGetProperty("created", out _)).ToList();
        var second = JsonDocument.Parse(StixMapper.ToBundleJson(document, later)).RootElement.GetProperty("objects").EnumerateArray().Where(o => o.TryGetProperty("created", out _)).ToList();

        // Then: same ids, same created, later modified (the fixed extension definition and its creator aside)
        Assert.Equal(first.Select(o => o.GetProperty("id").GetString()), second.Select(o => o.GetProperty("id").GetString()));
        foreach (var (a, b) in first.Zip(second))
        {
            Assert.Equal(a.GetProperty("created").GetString(), b.GetProperty("created").GetString());
            var id = a.GetProperty("id").GetString();
            if (id != ClaimExtension.CreatorId.ToString() && id != ClaimExtension.Id.ToString())
            {
                Assert.True(string.CompareOrdinal(b.GetProperty("modified").GetString(), a.GetProperty("modified").GetString()) > 0);
            }
        }

        var report = first.Single(o => o.GetProperty("type").GetString() == "report");
        Assert.Equal(report.GetProperty("published").GetString(), report.GetProperty("created").GetString());
    }

    [Fact]
    public void ToBundleJson_AlternativeWithoutANamedCulprit_NoteOnTheIncident()
    {
        // Given
        const string text = "Hackers defaced the website of the Chilean senate with messages in Chinese. "
            + "Researchers at Andesec said the defacement could be a false flag meant to make it look as if China was involved.";
        var document = new ArticleExtractor().Extract(new SourceDocument(new DocumentInfo { Id = "t", Published = new DateOnly(2025, 1, 1), Source = "Test Wire" }, text));

        // When
        var bundle = JsonDocument.Parse(StixMapper.ToBundleJson(document, s_options)).RootElement;

        // Then
        var note = Assert.Single(Objects(bundle, "note"));
        Assert.StartsWith("Alternative hypothesis", note.GetProperty("abstract").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("incident--", note.GetProperty("object_refs")[0].GetString(), StringComparison.Ordinal);
    }
}
