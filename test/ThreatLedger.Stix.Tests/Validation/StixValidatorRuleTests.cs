using System.Text;
using System.Text.Json.Nodes;
using ThreatLedger.Stix.Validation;
using static ThreatLedger.Stix.Tests.Validation.ValidationFixtures;

namespace ThreatLedger.Stix.Tests.Validation;

/// <summary>One failing fixture per validation rule; each row names the rule and the STIX 2.1 section it comes from.</summary>
public sealed class StixValidatorRuleTests
{
    private static readonly StixValidator s_validator = new();

    public static TheoryData<string, string, string, string> Errors() => new()
    {
        // rule, section, expected path, JSON
        { "required-property", "3.2", "$", Make("malware", o => o.Remove("created")) },
        { "required-property", "4.7", "$", Make("indicator", o => o.Remove("pattern")) },
        { "property-type", "3.2 (number where a string belongs)", "name", Make("malware", o => o["name"] = 42) },
        { "property-type", "3.2 (boolean)", "is_family", Make("malware", o => o["is_family"] = "yes") },
        { "type-name", "3.1", "type", Make("malware", o => o["type"] = "Mal_ware") },
        { "id-format", "2.9", "id", Make("malware", o => o["id"] = "malware--not-a-uuid") },
        { "id-type-mismatch", "2.9", "id", Make("malware", o => o["id"] = "tool--31b940d4-6f7f-459a-80ea-9c1f17b5891b") },
        { "spec-version", "3.2", "spec_version", Make("malware", o => o["spec_version"] = "2.0") },
        { "timestamp-format", "2.15 (offset instead of Z)", "created", Make("malware", o => o["created"] = "2024-01-01T00:00:00+00:00") },
        { "timestamp-format", "2.15 (not RFC 3339)", "valid_from", Make("indicator", o => o["valid_from"] = "yesterday") },
        { "modified-before-created", "3.2", "modified", Make("malware", o => o["modified"] = "2023-12-31T23:59:59.999Z") },
        { "confidence-range", "3.2", "confidence", Make("malware", o => o["confidence"] = 101) },
        { "reference-type", "3.2 (created_by_ref to identity)", "created_by_ref", Make("malware", o => o["created_by_ref"] = "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b") },
        { "reference-type", "7.2.2 (object_marking_refs to marking-definition)", "object_marking_refs[0]", Make("malware", o => o["object_marking_refs"] = new JsonArray("identity--f431f809-377b-45e0-aa1c-6a4751cae5ff")) },
        { "reference-type", "5.1 (relationship target is an SDO or SCO)", "target_ref", Make("relationship", o => o["target_ref"] = "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad") },
        { "reference-type", "5.2 (where_sighted_refs to identity or location)", "where_sighted_refs[0]", Make("sighting", o => o["where_sighted_refs"] = new JsonArray("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b")) },
        { "reference-type", "4.11 (sample_refs to file or artifact)", "sample_refs[0]", Make("malware", o => o["sample_refs"] = new JsonArray("ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63")) },
        { "reference-format", "2.9", "source_ref", Make("relationship", o => o["source_ref"] = "nope") },
        { "reference-format", "3.1 (custom _ref must be an identifier)", "x_example_owner_ref", Make("malware", o => o["x_example_owner_ref"] = "someone") },
        { "empty-list", "2.12", "aliases", Make("malware", o => o["aliases"] = new JsonArray()) },
        { "property-name", "3.1", "ab", Make("malware", o => o["ab"] = 1) },
        { "custom-property-name", "11.1", "x_Example", Make("malware", o => o["x_Example"] = 1) },
        { "sco-common-property", "6", "created", Make("ipv4-addr", o => o["created"] = "2024-01-01T00:00:00Z") },
        { "defanged-not-sco", "3.2", "defanged", Make("malware", o => o["defanged"] = true) },
        { "binary-format", "2.1", "payload_bin", Make("artifact", o => o["payload_bin"] = "not base64!") },
        { "hex-format", "2.8", "magic_number_hex", Make("file", o => o["magic_number_hex"] = "zz1") },
        { "integer-range", "6.2", "number", Make("autonomous-system", o => o["number"] = -1) },
        { "integer-range", "4.14", "number_observed", Make("observed-data", o => o["number_observed"] = 0) },
        { "integer-range", "5.2", "count", Make("sighting", o => o["count"] = 1_000_000_000) },
        { "integer-range", "6.12", "src_port", Make("network-traffic", o => o["src_port"] = 70000) },
        { "enumeration", "4.15 (opinion-enum)", "opinion", Make("opinion", o => o["opinion"] = "maybe") },
        { "enumeration", "6.17.2 (windows-registry-datatype-enum)", "values[0].data_type", Make("windows-registry-key", o => o["values"] = new JsonArray(new JsonObject { ["name"] = "a", ["data_type"] = "REG_TEXT" })) },
        { "external-reference-detail", "2.5", "external_references[0]", Make("malware", o => o["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "x" })) },
        { "required-property", "2.11 (kill-chain phase)", "kill_chain_phases[0]", Make("malware", o => o["kill_chain_phases"] = new JsonArray(new JsonObject { ["kill_chain_name"] = "x" })) },
        { "hash-value", "2.7", "hashes.MD5", Make("file", o => o["hashes"] = new JsonObject { ["MD5"] = "abc" }) },
        { "empty-dictionary", "2.7", "hashes", Make("file", o => o["hashes"] = new JsonObject()) },
        { "dictionary-key", "2.3", "additional_header_fields.bad key!", Make("email-message", o => o["additional_header_fields"] = new JsonObject { ["bad key!"] = "x" }) },
        { "mime-part-body", "6.6.2", "body_multipart[0]", Make("email-message", o => { o["is_multipart"] = true; o.Remove("body"); o["body_multipart"] = new JsonArray(new JsonObject { ["content_type"] = "text/plain" }); }) },
        { "granular-marking", "7.2.3", "granular_markings[0]", Make("malware", o => o["granular_markings"] = new JsonArray(new JsonObject { ["selectors"] = new JsonArray("name") })) },
        { "granular-marking-selector", "7.2.3.1", "granular_markings[0].selectors[0]", Make("malware", o => o["granular_markings"] = new JsonArray(new JsonObject { ["marking_ref"] = Green, ["selectors"] = new JsonArray("aliases.[3]") })) },
        { "extension-name", "7.3", "extensions.my-extension", Make("malware", o => o["extensions"] = new JsonObject { ["my-extension"] = new JsonObject { ["extension_type"] = "property-extension" } }) },
        { "extension-name", "6 (predefined -ext names per SCO type)", "extensions.ntfs-ext", Make("ipv4-addr", o => o["extensions"] = new JsonObject { ["ntfs-ext"] = new JsonObject { ["sid"] = "x" } }) },
        { "enumeration", "7.3 (extension_type)", "extensions.extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e.extension_type", Make("malware", o => o["extensions"] = new JsonObject { ["extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e"] = new JsonObject { ["extension_type"] = "new-thing" } }) },
        { "extension-type-missing", "7.3", "extensions.extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e", """{"type":"x-example-asset","spec_version":"2.1","id":"x-example-asset--a8c7a2a2-3f6e-4d5b-9a8e-1f2b3c4d5e6f","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","extensions":{"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e":{"owner":"x"}}}""" },
        { "enumeration", "7.1 (extension-type-enum)", "extension_types[0]", Make("extension-definition", o => o["extension_types"] = new JsonArray("new-widget")) },
        { "timestamp-order", "4.7 (valid_until after valid_from)", "valid_until", Make("indicator", o => o["valid_until"] = "2024-01-01T00:00:00Z") },
        { "timestamp-order", "4.11 (last_seen not before first_seen)", "last_seen", Make("malware", o => { o["first_seen"] = "2024-02-01T00:00:00Z"; o["last_seen"] = "2024-01-01T00:00:00Z"; }) },
        { "timestamp-order", "5.1 (stop_time after start_time)", "stop_time", Make("relationship", o => { o["start_time"] = "2024-02-01T00:00:00Z"; o["stop_time"] = "2024-02-01T00:00:00Z"; }) },
        { "timestamp-order", "4.14 (last_observed not before first_observed)", "last_observed", Make("observed-data", o => o["last_observed"] = "2023-01-01T00:00:00Z") },
        { "pattern-syntax", "9 (unbalanced bracket)", "pattern", Make("indicator", o => o["pattern"] = "[ipv4-addr:value = '198.51.100.1'") },
        { "pattern-syntax", "9 (missing comparison operator)", "pattern", Make("indicator", o => o["pattern"] = "[file:name 'a.exe']") },
        { "required-property", "4.11 (name when is_family)", "$", Make("malware", o => o.Remove("name")) },
        { "required-property", "4.10 (region, country or coordinates)", "$", Make("location", o => o.Remove("region")) },
        { "location-coordinates", "4.10", "$", Make("location", o => o["latitude"] = 10.0) },
        { "number-range", "4.10", "longitude", Make("location", o => { o["latitude"] = 10.0; o["longitude"] = 200.0; }) },
        { "required-property", "4.12 (result or analysis_sco_refs)", "$", Make("malware-analysis", o => o.Remove("result")) },
        { "observed-data-content", "4.14", "$", Make("observed-data", o => o["objects"] = new JsonObject { ["0"] = new JsonObject { ["type"] = "ipv4-addr", ["value"] = "198.51.100.3" } }) },
        { "relationship-type-format", "5.1", "relationship_type", Make("relationship", o => o["relationship_type"] = "Uses It") },
        { "required-property", "7.2.1 (definition without extensions)", "$", Make("marking-definition", o => o.Remove("definition")) },
        { "statement-marking", "7.2.1.3", "definition", Make("marking-definition", o => o["definition"] = new JsonObject { ["text"] = "x" }) },
        { "tlp-marking", "7.2.1.4 (predefined TLP content must not change)", "name", Make("tlp-green", o => o["name"] = "Green") },
        { "tlp-marking", "7.2.1.4 (TLP must use a predefined id)", "id", Make("marking-definition", o => { o["definition_type"] = "tlp"; o["definition"] = new JsonObject { ["tlp"] = "green" }; }) },
        { "required-property", "7.1 (created_by_ref)", "$", Make("extension-definition", o => o.Remove("created_by_ref")) },
        { "property-type", "7.3 (contents map to objects)", "contents.de", Make("language-content", o => o["contents"] = new JsonObject { ["de"] = "Beispiel" }) },
        { "artifact-content", "6.1 (url excludes payload_bin)", "url", Make("artifact", o => o["url"] = "https://example.org/a") },
        { "required-property", "6.7 (hashes or name)", "$", Make("file", o => { o.Remove("name"); o.Remove("hashes"); }) },
        { "required-property", "6.12 (src_ref or dst_ref)", "$", Make("network-traffic", o => o.Remove("src_ref")) },
        { "network-traffic-active", "6.12", "end", Make("network-traffic", o => { o["is_active"] = true; o["end"] = "2024-01-01T00:00:00Z"; }) },
        { "email-body", "6.6", "body", Make("email-message", o => o["is_multipart"] = true) },
        { "required-property", "6.13 (at least one property)", "$", Make("process", o => o.Remove("pid")) },
        { "nested-bundle", "8", "objects[0].type", """{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[{"type":"bundle","id":"bundle--6d0092c5-5f74-4287-9642-33f4c354e56d"}]}""" },
    };

    public static TheoryData<string, string, string, string> Warnings() => new()
    {
        { "id-uuid-case", "2.9", "id", Make("malware", o => o["id"] = "malware--31B940D4-6f7f-459a-80ea-9c1f17b5891b") },
        { "id-uuid-version", "2.9", "id", Make("malware", o => o["id"] = "malware--31b940d4-6f7f-159a-80ea-9c1f17b5891b") },
        { "sco-deterministic-id", "2.9", "id", Make("ipv4-addr", o => o["value"] = "198.51.100.4") },
        { "open-vocabulary", "10 (malware-type-ov)", "malware_types[0]", Make("malware", o => o["malware_types"] = new JsonArray("fancy")) },
        { "open-vocabulary", "10.6 (hashing-algorithm-ov)", "hashes.MD6", Make("file", o => o["hashes"] = new JsonObject { ["MD6"] = "abc" }) },
        { "custom-property-prefix", "11.1", "example_score", Make("malware", o => o["example_score"] = 3) },
        { "kill-chain-case", "2.11", "kill_chain_phases[0].phase_name", Make("malware", o => o["kill_chain_phases"] = new JsonArray(new JsonObject { ["kill_chain_name"] = "mitre-attack", ["phase_name"] = "Initial Access" })) },
        { "marking-definition-property", "7.2.1", "modified", Make("marking-definition", o => o["modified"] = "2024-01-01T00:00:00.000Z") },
        { "deprecated-property", "4.14", "objects", Make("observed-data", o => { o.Remove("object_refs"); o["objects"] = new JsonObject { ["0"] = new JsonObject { ["type"] = "ipv4-addr", ["value"] = "198.51.100.3" } }; }) },
        { "extension-properties", "7.1", "$", Make("extension-definition", o => o["extension_types"] = new JsonArray("toplevel-property-extension")) },
        { "custom-object", "11.2", "type", """{"type":"example-asset","spec_version":"2.1","id":"example-asset--a8c7a2a2-3f6e-4d5b-9a8e-1f2b3c4d5e6f","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z"}""" },
    };

    /// <summary>These fixtures and the section-by-section ones of <see cref="StixValidatorSpecRuleTests"/>.</summary>
    public static TheoryData<string, string, string, string> AllErrors() => Combined(Errors(), StixValidatorSpecRuleTests.Errors());

    /// <summary>These SHOULD-level fixtures and those of <see cref="StixValidatorSpecRuleTests"/>.</summary>
    public static TheoryData<string, string, string, string> AllWarnings() => Combined(Warnings(), StixValidatorSpecRuleTests.Warnings());

    private static TheoryData<string, string, string, string> Combined(params TheoryData<string, string, string, string>[] sets)
    {
        var all = new TheoryData<string, string, string, string>();
        foreach (var row in sets.SelectMany(set => set))
        {
            var (rule, section, path, json) = row.Data;
            all.Add(rule, section, path, json);
        }

        return all;
    }

    [Theory]
    [MemberData(nameof(AllErrors))]
    public void Validate_BrokenObject_ReportsErrorWithPath(string rule, string section, string path, string json)
    {
        // Given: a valid object broken for one rule (section given in the row)
        _ = section;

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.False(result.IsValid);
        Assert.Contains(result.Findings, f => f.RuleId == rule && f.Path == path && f.Severity == ValidationSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(AllWarnings))]
    public void Validate_ShouldLevelDeviation_ReportsWarningOnly(string rule, string section, string path, string json)
    {
        // Given: a valid object with one SHOULD-level deviation (section given in the row)
        _ = section;

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.True(result.IsValid, string.Join("\n", result.Findings));
        Assert.Contains(result.Findings, f => f.RuleId == rule && f.Path == path && f.Severity == ValidationSeverity.Warning);
    }

    public static TheoryData<string> Bases() => [.. BaseNames];

    [Theory]
    [MemberData(nameof(Bases))]
    public void Validate_BaseFixture_NoFindings(string name)
    {
        // Given
        var json = Base(name);

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Validate_Finding_CarriesValueSectionAndMessage()
    {
        // Given (STIX 2.1 section 2.15)
        var json = Make("malware", o => o["created"] = "2024-01-01T00:00:00+00:00");

        // When
        var finding = s_validator.Validate(Encoding.UTF8.GetBytes(json)).Findings.Single(f => f.RuleId == "timestamp-format");

        // Then
        Assert.Equal("2.15", finding.Section);
        Assert.Equal("\"2024-01-01T00:00:00+00:00\"", finding.Value);
        Assert.Equal("malware: Timestamps must be in UTC and end with 'Z' (RFC 3339, e.g. 2016-05-12T08:17:27.000Z)", finding.Message);
        Assert.Equal("error created [timestamp-format, STIX 2.1 §2.15]: malware: Timestamps must be in UTC and end with 'Z' (RFC 3339, e.g. 2016-05-12T08:17:27.000Z) (value: \"2024-01-01T00:00:00+00:00\")", finding.ToString());
    }

    [Fact]
    public void Validate_BundleWithProblems_ReportsAllFindingsWithObjectPaths()
    {
        // Given (section 8: bundle; several broken objects)
        var json = "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":["
            + Make("malware", o => o["confidence"] = 300) + ","
            + Base("indicator") + ","
            + Make("indicator", o => o["valid_from"] = 5) + ","
            + Base("indicator") + "]}";

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.Equal(4, result.ObjectCount);
        Assert.Contains(result.Findings, f => f.Path == "objects[0].confidence" && f.RuleId == "confidence-range");
        Assert.Contains(result.Findings, f => f.Path == "objects[2].valid_from" && f.RuleId == "property-type");
        Assert.Contains(result.Findings, f => f.Path == "objects[3]" && f.RuleId == "duplicate-object" && f.Severity == ValidationSeverity.Warning);
    }

    [Fact]
    public void Validate_SameVersionWithDifferentContent_ReportsConflictingVersion()
    {
        // Given (section 3.6: a changed object must get a new modified)
        var json = "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":["
            + Base("malware") + "," + Make("malware", o => o["description"] = "changed without a new modified") + "]}";

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.Contains(result.Findings, f => f.Path == "objects[1]" && f.RuleId == "conflicting-version" && f.Severity == ValidationSeverity.Error);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "duplicate-object");
    }

    [Theory]
    [InlineData("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":5}", "objects", "bundle-objects")]
    [InlineData("{\"type\":\"bundle\",\"id\":\"report--5d0092c5-5f74-4287-9642-33f4c354e56d\"}", "id", "bundle-id")]
    [InlineData("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[]}", "objects", "empty-list")]
    [InlineData("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[42]}", "objects[0]", "object-shape")]
    public void Validate_BadBundleEnvelope_ReportsSection8Rule(string json, string path, string rule)
    {
        // Given (section 8) / When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.Contains(result.Findings, f => f.Path == path && f.RuleId == rule && f.Severity == ValidationSeverity.Error);
    }

    [Fact]
    public void Validate_BundleWithUnsourcedCustomProperty_WarnsSection8()
    {
        // Given: §8 bundles hold type, id and objects; a custom property without a source (stix2-validator check 101)
        const string json = """{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","x_note":"n","objects":[{"type":"identity","spec_version":"2.1","id":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Example","identity_class":"organization"}]}""";

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.True(result.IsValid);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("x_note", "custom-property-prefix", ValidationSeverity.Warning), (finding.Path, finding.RuleId, finding.Severity));
    }

    [Fact]
    public void Validate_TruncatedJson_ReportsJsonSyntaxFinding()
    {
        // Given / When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes("{\"type\":\"malware\",\"name\":"));

        // Then
        var finding = Assert.Single(result.Findings);
        Assert.Equal("json-syntax", finding.RuleId);
        Assert.Contains("line 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AllTypesCorpus_NoFindings()
    {
        // Given
        var bytes = Fixtures.FixturePaths.Read("RoundTrip", "all-types.json");

        // When
        var result = s_validator.Validate(bytes);

        // Then
        Assert.Empty(result.Findings);
        Assert.Equal(58, result.ObjectCount);
    }
}
