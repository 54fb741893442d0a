using System.Text.Json;
using Json.Schema;
namespace ThreatLedger.TestUtilities;

/// <summary>
/// The official OASIS STIX 2.1 JSON schemas (from <c>../shared/stix2-json-schemas/schemas</c>) loaded into one registry,
/// used as an independent oracle for the validator. Tests skip when the folder is absent.
/// </summary>
public sealed class OasisJsonSchemas
{
    private static readonly Lazy<OasisJsonSchemas?> s_instance = new(Load);

    private readonly Dictionary<string, JsonSchema> _byType;

    private OasisJsonSchemas(Dictionary<string, JsonSchema> byType)
    {
        _byType = byType;
    }

    /// <summary>The loaded schemas, or null when the shared folder is absent (for checks that add to a test rather than make it).</summary>
    public static OasisJsonSchemas? IfPresent =>
        Directory.Exists(RepositoryPaths.InShared("stix2-json-schemas", "schemas")) ? s_instance.Value : null;

    /// <summary>The loaded schemas, or a skipped test when the shared folder is absent.</summary>
    public static OasisJsonSchemas Instance
    {
        get
        {
            _ = RepositoryPaths.SharedOrSkip("stix2-json-schemas", "schemas");
            return s_instance.Value ?? throw new InvalidOperationException("The OASIS schemas could not be loaded.");
        }
    }

    /// <summary>True when a schema exists for the object's type (custom types have none).</summary>
    public bool Covers(string type) => _byType.ContainsKey(type);

    /// <summary>Evaluates one STIX object (or bundle) against the schema of its type; returns the schema errors, empty when valid.</summary>
    public IReadOnlyList<string> Errors(JsonElement stixObject)
    {
        var type = stixObject.GetProperty("type").GetString()!;
        var result = _byType[type].Evaluate(stixObject, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        foreach (var detail in result.Details ?? [])
        {
            foreach (var error in detail.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key}: {error.Value}");
            }
        }

        return errors.Count == 0 ? ["invalid"] : errors;
    }

    private static OasisJsonSchemas? Load()
    {
        var folder = RepositoryPaths.SharedOrSkip("stix2-json-schemas", "schemas");
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        // Schemas reference each other; build until every file resolves (each round builds at least one more).
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var pending = new List<string>(files);
        while (pending.Count > 0)
        {
            var progress = false;
            foreach (var file in pending.ToList())
            {
                try
                {
                    built[file] = JsonSchema.FromFile(file, options);
                    pending.Remove(file);
                    progress = true;
                }
                catch (RefResolutionException)
                {
                    // a referenced schema is not registered yet
                }
            }

            if (!progress)
            {
                throw new InvalidOperationException("Unresolvable references in: " + string.Join(", ", pending));
            }
        }

        var byType = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var (file, schema) in built)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var group = Path.GetFileName(Path.GetDirectoryName(file)!);
            if (group is "sdos" or "sros" or "observables" || name is "bundle" or "marking-definition" or "language-content" or "extension-definition")
            {
                byType[name] = schema;
            }
        }

        return new OasisJsonSchemas(byType);
    }
}
