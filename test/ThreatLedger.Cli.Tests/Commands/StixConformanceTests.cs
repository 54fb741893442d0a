using System.Text;
using System.Text.Json;
using ThreatLedger.Stix.Validation;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Cli.Tests.Commands;

/// <summary>
/// What ThreatLedger publishes must draw neither errors nor warnings: every bundled example article (and the shared
/// held-out samples when present) through <c>extract --format stix</c>, and a knowledge base of all of them through
/// <c>export</c>. The validator mirrors the OASIS stix2-validator's default checks (docs/stix.md), so a warning here is
/// a warning there too. When the official OASIS JSON schemas are present in <c>../shared</c>, every object must also
/// pass the schema of its type: an oracle independent of ThreatLedger's own validator.
/// </summary>
public sealed class StixConformanceTests : IDisposable
{
    private static readonly string[] s_exampleFolders = ["articles", "incidents", "relay", "derivative"];
    private static readonly StixValidator s_validator = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("threatledger-conformance-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    public static TheoryData<string> ExampleArticles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in s_exampleFolders)
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.InRepository("examples", folder), "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
            }
        }

        return data;
    }

    public static TheoryData<string> SharedSamples()
    {
        var data = new TheoryData<string>();
        var folder = RepositoryPaths.InShared("samples");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("(absent)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleArticles))]
    public async Task ExtractStix_ExampleArticle_NoErrorsOrWarnings(string relativePath)
    {
        // Given
        var path = Path.Combine(RepositoryPaths.Root, relativePath);

        // When
        var (exit, output, _) = await CliRun.RunAsync("extract", path, "--format", "stix");

        // Then
        Assert.Equal(0, exit);
        AssertConformant(output);
    }

    [Theory]
    [MemberData(nameof(SharedSamples))]
    public async Task ExtractStix_SharedSample_NoErrorsOrWarnings(string name)
    {
        // Given: a held-out news article (skipped when ../shared is absent)
        var path = RepositoryPaths.SharedOrSkip("samples", name);

        // When
        var (exit, output, _) = await CliRun.RunAsync("extract", path, "--format", "stix");

        // Then
        Assert.Equal(0, exit);
        AssertConformant(output);
    }

    [Fact]
    public async Task Export_KnowledgeBaseOfEveryExample_NoErrorsOrWarnings()
    {
        // Given: every example article, the example bundles (incident, sharing, hunting indicators) and, when present,
        // the shared samples, ingested into one store
        var db = Path.Combine(_folder.FullName, "kb.db");
        var inputs = s_exampleFolders.Select(f => RepositoryPaths.InRepository("examples", f))
            .Append(RepositoryPaths.InRepository("examples", "bundles"))
            .Append(RepositoryPaths.InRepository("examples", "sharing", "sharing-bundle.json"))
            .Append(RepositoryPaths.InRepository("examples", "hunt", "indicators.json"));
        if (Directory.Exists(RepositoryPaths.InShared("samples")))
        {
            inputs = inputs.Append(RepositoryPaths.InShared("samples"));
        }

        var (ingestExit, _, ingestError) = await CliRun.RunAsync([.. new[] { "ingest" }.Concat(inputs), "--db", db]);
        Assert.Equal(0, ingestExit);
        Assert.DoesNotMatch(@"\b[1-9][0-9]* rejected", ingestError);

        // When
        var (exit, output, _) = await CliRun.RunAsync("export", "--db", db);

        // Then
        Assert.Equal(0, exit);
        AssertConformant(output);
    }

    /// <summary>
    /// No findings but one documented deviation, and every reference inside the bundle resolves to an object of the
    /// bundle. The deviation: an incident <c>targets</c> its victim and is <c>attributed-to</c> the accused — STIX 2.1
    /// lists no relationships for incident and allows producer-defined ones (§5.1), ThreatLedger's issue asks for these
    /// two as OpenCTI models them, and the stix2-validator (like ours) notes them as best-practice warnings only.
    /// </summary>
    private static void AssertConformant(string bundleJson)
    {
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(bundleJson));
        var findings = StixDeviations.Unexpected(result);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        Assert.DoesNotContain(result.Findings, f => f.Severity == ValidationSeverity.Error);
        Assert.True(result.ObjectCount > 0);

        using var document = JsonDocument.Parse(bundleJson);
        var objects = document.RootElement.GetProperty("objects").EnumerateArray().ToList();
        var ids = objects.Select(o => o.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        // Each object against its type's OASIS schema. Not the OASIS bundle schema: its list of object schemas leaves
        // out grouping, incident, location, note, opinion and extension-definition, and its branch for other types
        // (oneOf core, cyber-observable-core) matches both for any SDO, so it rejects every valid bundle that holds one
        // of those six types (python-jsonschema agrees).
        var schemas = OasisJsonSchemas.IfPresent;
        foreach (var item in objects)
        {
            var type = item.GetProperty("type").GetString()!;
            if (schemas is not null && schemas.Covers(type))
            {
                var errors = schemas.Errors(item);
                Assert.True(errors.Count == 0, $"{item.GetProperty("id").GetString()} fails the OASIS {type} schema:\n" + string.Join("\n", errors));
            }

            Assert.Equal("2.1", item.GetProperty("spec_version").GetString());
            foreach (var reference in References(item))
            {
                Assert.True(ids.Contains(reference), $"{item.GetProperty("id").GetString()} refers to {reference}, which the bundle does not hold");
            }
        }
    }

    private static IEnumerable<string> References(JsonElement item)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.EndsWith("_ref", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
            {
                yield return property.Value.GetString()!;
            }
            else if (property.Name.EndsWith("_refs", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var reference in property.Value.EnumerateArray())
                {
                    yield return reference.GetString()!;
                }
            }
        }
    }
}
