using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ThreatLedger.Stix.Identifiers;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;
using ThreatLedger.Stix.Validation;

namespace ThreatLedger.Stix.Tests.Validation;

/// <summary>Objects built in code with <see cref="StixObjectFactory"/> validate cleanly (what the extraction mapping produces).</summary>
public sealed class StixValidatorModelTests
{
    private readonly StixObjectFactory _factory = new(new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)), new SeededStixIdGenerator(11));
    private readonly StixValidator _validator = new();

    [Fact]
    public void Validate_FactoryBuiltIncident_NoFindings()
    {
        // Given
        var author = _factory.Create(new Identity { Name = "Example CERT", IdentityClass = "organization" });
        var factory = new StixObjectFactory(new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)), new SeededStixIdGenerator(12), author.Id);
        var extension = factory.Create(new ExtensionDefinition
        {
            Name = "Claim provenance",
            Schema = "https://example.org/schemas/claim.json",
            Version = "1.0.0",
            ExtensionTypes = ["property-extension"],
        });
        var victim = factory.Create(new Identity { Name = "Example Utility", IdentityClass = "organization", Sectors = ["utilities"] });
        var place = factory.Create(new Location { Country = "XX", Name = "Example country" });
        var actor = factory.Create(new IntrusionSet { Name = "Example Group", Aliases = ["EG"] });
        var person = factory.Create(new ThreatActor { Name = "Example Operator", ThreatActorTypes = ["criminal"] });
        var malware = factory.Create(new Malware { Name = "ExampleLocker", IsFamily = true, MalwareTypes = ["ransomware"] });
        var ip = factory.Create(new IPv4Address { Value = "203.0.113.9" });
        var indicator = factory.Create(new Indicator
        {
            Name = "ExampleLocker C2",
            Description = "Address the ransomware beacons to.",
            Pattern = "[ipv4-addr:value = '203.0.113.9']",
            PatternType = "stix",
            ValidFrom = StixTimestamp.Parse("2025-02-01T00:00:00Z"),
            IndicatorTypes = ["malicious-activity"],
            ObjectMarkingRefs = [TlpMarkings.GreenId],
        });
        var incident = factory.Create(new Incident { Name = "Ransomware at Example Utility" });
        var attribution = factory.Create(new Relationship
        {
            RelationshipType = "attributed-to",
            SourceRef = incident.Id,
            TargetRef = actor.Id,
            Confidence = 30,
            Extensions = new JsonObject
            {
                [extension.Id.ToString()] = new JsonObject { ["extension_type"] = "property-extension", ["stance"] = "asserts", ["hedged"] = true },
            },
        });
        var report = factory.Create(new Report
        {
            Name = "Example incident report",
            Published = StixTimestamp.Parse("2025-03-01T08:00:00Z"),
            ObjectRefs = [incident.Id, victim.Id, actor.Id, malware.Id, indicator.Id, attribution.Id],
            ExternalReferences = [new ExternalReference
            {
                SourceName = "example-news", Url = "https://news.example.org/a",
                Hashes = new Dictionary<string, string> { ["SHA-256"] = "7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730" },
            }],
            CustomProperties = new() { ["x_example_source_count"] = JsonSerializer.SerializeToElement(1) },
        });
        var note = factory.Create(new Note { Content = "Single source.", ObjectRefs = [attribution.Id] });
        var opinion = factory.Create(new Opinion { OpinionValue = "neutral", ObjectRefs = [attribution.Id] });
        StixObject[] objects = [author, extension, victim, place, actor, person, malware, ip, indicator, incident, attribution, report, note, opinion, TlpMarkings.Green];

        // When
        var findings = objects.SelectMany(o => _validator.Validate(o).Findings).ToList();

        // Then: STIX 2.1 lists no relationships for incident (§4.6), so attributing one is a SHOULD-level warning (§5.1)
        var finding = Assert.Single(findings);
        Assert.Equal(("relationship-type-targets", ValidationSeverity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal(5, ip.Id.UuidVersion);
        Assert.Equal(author.Id, report.CreatedByRef);
    }

    [Fact]
    public void EnsureValid_MissingRequiredProperty_ThrowsWithFindings()
    {
        // Given: built without the factory, so no id or timestamps
        var tool = new Tool { Name = "x" };

        // When
        var ex = Assert.Throws<StixValidationException>(() => _validator.EnsureValid(tool));

        // Then
        Assert.Contains(ex.Errors, e => e.RuleId == "required-property" && e.Message.Contains("'id'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.RuleId == "required-property" && e.Message.Contains("'created'", StringComparison.Ordinal));
    }

    // STIX 2.1 section 7.2.1.4 and the OASIS TLP 2.0 extension: predefined markings must not be altered.
    [Fact]
    public void Validate_AlteredTlp2Marking_ReportsTlpMarking()
    {
        // Given
        var node = JsonNode.Parse(StixJson.Serialize(TlpMarkings.AmberStrictV2))!;
        node["name"] = "TLP:AMBER-STRICT";

        // When
        var result = _validator.Validate(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));

        // Then
        Assert.Contains(result.Findings, f => f.RuleId == "tlp-marking" && f.Path == "name");
    }

    [Fact]
    public void Validate_AllPredefinedTlpMarkings_NoFindings()
    {
        // Given / When
        var findings = TlpMarkings.All.SelectMany(m => _validator.Validate(m).Findings).ToList();

        // Then
        Assert.Empty(findings);
    }
}
