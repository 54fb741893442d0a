using System.Text.Json;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Validation;

/// <summary>
/// Validates STIX 2.1 JSON against every MUST that can be checked on one object or one bundle, and reports SHOULD-level
/// advice as warnings. It works on the raw JSON, so wrong value types are reported with their JSON path
/// (<c>objects[12].valid_from</c>) instead of failing the parse. Thread-safe; reuse one instance.
/// </summary>
public sealed partial class StixValidator
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 64, AllowDuplicateProperties = false };

    /// <summary>Creates a validator.</summary>
    public StixValidator(StixValidatorOptions? options = null)
    {
        Options = options ?? new StixValidatorOptions();
    }

    /// <summary>The options in use.</summary>
    public StixValidatorOptions Options { get; }

    /// <summary>Validates a UTF-8 JSON document holding a bundle or a single object. Malformed JSON is a finding, not an exception.</summary>
    public ValidationResult Validate(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, s_documentOptions);
        }
        catch (JsonException ex)
        {
            var wrapped = StixJson.Wrap(ex);
            return new ValidationResult([new(ValidationSeverity.Error, ex.Path ?? "$", "json-syntax", "8", wrapped.Message, null)], 0);
        }

        using (document)
        {
            return Validate(document.RootElement);
        }
    }

    /// <summary>Validates a parsed bundle or single object.</summary>
    public ValidationResult Validate(JsonElement root)
    {
        var findings = new List<ValidationFinding>();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type"u8, out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("bundle"u8))
        {
            var count = ValidateBundle(root, findings);
            return new ValidationResult(findings, count);
        }

        ValidateObject(root, string.Empty, findings);
        return new ValidationResult(findings, 1);
    }

    /// <summary>Validates one object (not a bundle); paths are relative to the object.</summary>
    public ValidationResult ValidateObject(JsonElement stixObject)
    {
        var findings = new List<ValidationFinding>();
        ValidateObject(stixObject, string.Empty, findings);
        return new ValidationResult(findings, 1);
    }

    /// <summary>Validates a model object (serialized first, then checked like JSON input).</summary>
    public ValidationResult Validate(StixObject stixObject)
    {
        using var document = JsonDocument.Parse(StixJson.SerializeToUtf8Bytes(stixObject));
        return ValidateObject(document.RootElement);
    }

    /// <summary>Throws when a model object has errors.</summary>
    /// <exception cref="StixValidationException">The object has at least one error.</exception>
    public void EnsureValid(StixObject stixObject)
    {
        var result = Validate(stixObject);
        if (!result.IsValid)
        {
            throw new StixValidationException([.. result.Findings.Where(f => f.Severity == ValidationSeverity.Error)]);
        }
    }

    /// <summary>
    /// Validates one object at <paramref name="path"/> (e.g. <c>objects[12]</c>, or empty for a root object) and adds
    /// the findings to <paramref name="findings"/>. Used by streaming callers.
    /// </summary>
    public void ValidateObject(JsonElement stixObject, string path, ICollection<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(findings);
        var check = new ObjectCheck(this, stixObject, path, findings);
        check.Run();
    }

    /// <summary>
    /// Checks the bundle envelope (everything but the objects): <c>type</c>, <c>id</c>, <c>objects</c> shape, and
    /// other top-level properties. <paramref name="properties"/> are the envelope's properties other than objects.
    /// </summary>
    public void ValidateBundleEnvelope(JsonElement envelope, bool hasObjectsArray, ICollection<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (envelope.ValueKind != JsonValueKind.Object)
        {
            findings.Add(new(ValidationSeverity.Error, "$", "bundle-type", "8", "A bundle must be a JSON object.", null));
            return;
        }

        if (!envelope.TryGetProperty("type"u8, out var type) || type.ValueKind != JsonValueKind.String || !type.ValueEquals("bundle"u8))
        {
            findings.Add(new(ValidationSeverity.Error, "type", "bundle-type", "8", "A bundle's 'type' must be \"bundle\".", type.ValueKind == JsonValueKind.Undefined ? null : Show(type)));
        }

        if (!envelope.TryGetProperty("id"u8, out var id))
        {
            findings.Add(new(ValidationSeverity.Error, "$", "required-property", "8", "Missing required property 'id' of the bundle.", null));
        }
        else if (id.ValueKind != JsonValueKind.String || !StixId.TryParse(id.GetString(), out var bundleId) || bundleId.Type != "bundle")
        {
            findings.Add(new(ValidationSeverity.Error, "id", "bundle-id", "8", "A bundle's 'id' must be 'bundle--' followed by a UUID.", Show(id)));
        }
        else if (bundleId.UuidVersion != 4)
        {
            findings.Add(new(ValidationSeverity.Warning, "id", "id-uuid-version", "2.9", "Identifiers of bundles SHOULD use UUIDv4.", Show(id)));
        }

        foreach (var property in envelope.EnumerateObject())
        {
            switch (property.Name)
            {
                case "type" or "id":
                    break;
                case "objects":
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        findings.Add(new(ValidationSeverity.Error, "objects", "bundle-objects", "8", $"A bundle's 'objects' must be a list of STIX objects, not {Kind(property.Value)}.", Show(property.Value)));
                    }
                    else if (!hasObjectsArray || property.Value.GetArrayLength() == 0)
                    {
                        findings.Add(new(ValidationSeverity.Error, "objects", "empty-list", "2.12", "Lists MUST NOT be empty; omit 'objects' instead.", "[]"));
                    }

                    break;
                case "spec_version":
                    findings.Add(new(ValidationSeverity.Warning, "spec_version", "bundle-spec-version", "8", "STIX 2.1 bundles have no 'spec_version' (it was removed after STIX 2.0).", Show(property.Value)));
                    break;
                default:
                    if (!StixNames.IsValidPropertyName(property.Name))
                    {
                        findings.Add(new(ValidationSeverity.Error, property.Name, "property-name", "3.1", "Property names must be 3-250 characters of a-z, A-Z, 0-9 and '_'.", StixNames.Truncate(property.Name)));
                    }
                    else if (!SourcedCustomPropertyName().IsMatch(property.Name))
                    {
                        // §8 defines type, id and objects only; stix2-validator check 101 wants custom ones as x_<source>_<name>.
                        findings.Add(new(ValidationSeverity.Warning, property.Name, "custom-property-prefix", "8", "A bundle has only type, id and objects; custom properties SHOULD be named x_<source>_<name>.", StixNames.Truncate(property.Name)));
                    }

                    break;
            }
        }
    }

    private int ValidateBundle(JsonElement bundle, List<ValidationFinding> findings)
    {
        var hasObjects = bundle.TryGetProperty("objects"u8, out var objects) && objects.ValueKind == JsonValueKind.Array;
        ValidateBundleEnvelope(bundle, hasObjects && objects.GetArrayLength() > 0, findings);
        if (!hasObjects)
        {
            return 0;
        }

        var index = 0;
        var versions = new BundleVersionTracker();
        foreach (var item in objects.EnumerateArray())
        {
            var path = "objects[" + index + "]";
            ValidateObject(item, path, findings);
            versions.Add(item, path, findings);
            index++;
            if (findings.Count >= Options.MaxFindings)
            {
                findings.Add(new(ValidationSeverity.Warning, path, "too-many-findings", "8", $"Stopped checking after {Options.MaxFindings} findings; later objects were not validated.", null));
                findings.Add(new(ValidationSeverity.Error, path, "too-many-findings", "8", "Validation incomplete: too many findings.", null));
                break;
            }
        }

        return index;
    }

    internal static string Show(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => "\"" + StixNames.Truncate(value.GetString()) + "\"",
            JsonValueKind.Object or JsonValueKind.Array => StixNames.Truncate(value.GetRawText()),
            JsonValueKind.Undefined => "undefined",
            _ => value.GetRawText(),
        };
        return text;
    }

    internal static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };
}
