using System.Text;
using System.Text.Json;
using ThreatLedger.Stix.Tests.Fixtures;
using ThreatLedger.Stix.Validation;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Stix.Tests.Validation;

/// <summary>
/// Cross-checks the validator against the official OASIS STIX 2.1 JSON schemas (skipped when
/// <c>../shared/stix2-json-schemas</c> is absent): the OASIS examples have no errors, objects we accept pass the schemas,
/// and objects we reject for a rule the schemas can express fail them too.
/// </summary>
public sealed class OasisSchemaOracleTests
{
    private static readonly StixValidator s_validator = new();

    // Error fixtures whose rule the JSON schemas cannot express (they check shapes, not the relations between values or
    // the types an identifier points at), keyed by the section label of the fixture row.
    private static readonly HashSet<string> s_beyondSchemas =
    [
        "3.2", // spec_version: the schemas also accept "2.0" (fixture) and modified >= created (same label)
        "3.2 (created_by_ref to identity)", "7.2.2 (object_marking_refs to marking-definition)", "4.11 (sample_refs to file or artifact)",
        "6.7.2 (archive-ext contains_refs to file or directory)", "6.12.2 (message_body_data_ref to artifact)", "6.13.3 (service_dll_refs to file)",
        "3.1 (custom _ref must be an identifier)", "6", "6.2", "7.2.3.1", "6 (predefined -ext names per SCO type)",
        "4.7 (valid_until after valid_from)", "4.11 (last_seen not before first_seen)", "5.1 (stop_time after start_time)", "4.14 (last_observed not before first_observed)",
        "9 (unbalanced bracket)", "9 (missing comparison operator)", "7.1 (created_by_ref)", "7.3 (contents map to objects)", "8",
        "6.13 (environment_variables string values)", "3.2 (lang is an RFC 5646 tag)", "3.2 (a language name is not a tag)", "7.2.3 (marking_ref and lang are exclusive)",
        "7.2.1 (object_marking_refs to itself)", "7.2.1 (granular marking to itself)", "7.2.1 (TLP 2.0 extension needs a predefined id)",
        "7.2.1 (TLP 2.0 predefined content must not change)", "7.3 (contents keys are RFC 5646 tags)", "7.3 (translations are strings, lists or objects)",
        "7.3 (a language holds translations)", "6.5 (no display name in value)", "6.15 (RFC 3986 URL with a scheme)", "6.1 (artifact url is a URL)",
        "2.15 (a date that does not exist)", "4.14 (object_refs holds at least one SCO)", "3.5 (reserved property usernames)", "6.12 (end later than start)", "6.4 (domain name, not a URL)",
        "2.9 (no ID contributing properties present: UUIDv4)", "2.9 (process has no ID contributing properties: UUIDv4)", "6.7 (name_enc is an IANA character set)",
        "6.3 (path_enc is an IANA character set)", "9.5 (object path property names are valid property names)",
    ];

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        var folder = RepositoryPaths.InShared("stix2-json-schemas", "examples");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(folder, file));
            }
        }
        else
        {
            data.Add("(absent)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Validate_OasisExample_NoErrorsAndSchemasAgree(string relativePath)
    {
        // Given: an OASIS example (bundle or object) and the official schemas
        var schemas = OasisJsonSchemas.Instance;
        var bytes = File.ReadAllBytes(RepositoryPaths.SharedOrSkip("stix2-json-schemas", "examples", relativePath));

        // When
        var result = s_validator.Validate(bytes);

        // Then
        Assert.True(result.IsValid, string.Join("\n", result.Findings));
        using var document = JsonDocument.Parse(bytes);
        foreach (var item in Objects(document.RootElement))
        {
            Assert.Empty(schemas.Errors(item));
        }
    }

    public static TheoryData<string> AcceptedFixtureNames() => [.. ValidationFixtures.BaseNames];

    [Theory]
    [MemberData(nameof(AcceptedFixtureNames))]
    public void Validate_FixtureWeAccept_PassesTheSchemas(string name)
    {
        // Given: a base fixture our validator accepts without findings
        var schemas = OasisJsonSchemas.Instance;
        using var document = JsonDocument.Parse(ValidationFixtures.Base(name));
        Assert.Empty(s_validator.ValidateObject(document.RootElement).Findings);

        // When
        var errors = schemas.Errors(document.RootElement);

        // Then
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_AllTypesCorpus_EveryStandardObjectPassesTheSchemas()
    {
        // Given: the round-trip corpus (every STIX 2.1 type, custom properties and extensions), which we accept
        var schemas = OasisJsonSchemas.Instance;
        using var document = JsonDocument.Parse(FixturePaths.Read("RoundTrip", "all-types.json"));

        // When
        var failures = new StringBuilder();
        var checkedObjects = 0;
        foreach (var item in Objects(document.RootElement))
        {
            var type = item.GetProperty("type").GetString()!;
            if (!schemas.Covers(type))
            {
                continue;
            }

            checkedObjects++;
            foreach (var error in schemas.Errors(item))
            {
                failures.AppendLine(item.GetProperty("id").GetString() + ": " + error);
            }
        }

        // Then
        Assert.True(checkedObjects > 40, $"only {checkedObjects} objects were checked");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    public static TheoryData<string, string, string> RejectedFixtures()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in StixValidatorRuleTests.Errors().Concat(StixValidatorSpecRuleTests.Errors()))
        {
            // Rules about type names themselves ("Mal_ware", the reserved "action") and custom objects ("x-example-asset")
            // leave no schema to test against.
            var (rule, section, _, json) = row.Data;
            if (!s_beyondSchemas.Contains(section) && rule is not ("type-name" or "reserved-type") && !json.StartsWith("{\"type\":\"x-", StringComparison.Ordinal))
            {
                data.Add(rule, section, json);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RejectedFixtures))]
    public void Validate_FixtureWeReject_FailsTheSchemasToo(string rule, string section, string json)
    {
        // Given: an object broken for one rule that the schemas can express (rule and section in the row)
        var schemas = OasisJsonSchemas.Instance;
        using var document = JsonDocument.Parse(json);
        var type = document.RootElement.TryGetProperty("type", out var t) ? t.GetString()! : "";
        if (!schemas.Covers(type))
        {
            Assert.Skip($"No OASIS schema covers type '{type}' ({rule}, {section}).");
        }

        // When
        var errors = schemas.Errors(document.RootElement);

        // Then
        Assert.False(s_validator.Validate(Encoding.UTF8.GetBytes(json)).IsValid);
        Assert.NotEmpty(errors);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement root) =>
        root.GetProperty("type").GetString() == "bundle" ? root.GetProperty("objects").EnumerateArray() : [root];
}
