using System.Text.Json;
using ThreatLedger.Stix.Objects;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Stix.Validation;

public sealed partial class StixValidator
{
    private sealed partial class ObjectCheck
    {
        private void CheckTypeRules()
        {
            switch (_type)
            {
                case "indicator":
                    Order("valid_from", "valid_until", strictlyLater: true, "4.7");
                    CheckPattern();
                    break;
                case "malware":
                    if (_obj.TryGetProperty("is_family"u8, out var isFamily) && isFamily.ValueKind == JsonValueKind.True && !Has("name"u8))
                    {
                        Error(_path, "required-property", "4.11", "'name' is required when 'is_family' is true.", null);
                    }

                    Order("first_seen", "last_seen", strictlyLater: false, "4.11");
                    break;
                case "campaign" or "intrusion-set" or "threat-actor" or "infrastructure":
                    Order("first_seen", "last_seen", strictlyLater: false, Section);
                    break;
                case "location":
                    CheckLocation();
                    CheckCountryCode();
                    break;
                case "malware-analysis":
                    if (!Has("result"u8) && !Has("analysis_sco_refs"u8))
                    {
                        Error(_path, "required-property", "4.12", "A malware-analysis needs 'result' or 'analysis_sco_refs'.", null);
                    }

                    Order("analysis_started", "analysis_ended", strictlyLater: false, "4.12");
                    break;
                case "observed-data":
                    CheckObservedData();
                    break;
                case "relationship":
                    CheckRelationshipType();
                    Order("start_time", "stop_time", strictlyLater: true, "5.1");
                    break;
                case "sighting":
                    Order("first_seen", "last_seen", strictlyLater: false, "5.2");
                    if (Timestamp("first_seen") is { } firstSeen && Timestamp("last_seen") is { } lastSeen && firstSeen == lastSeen)
                    {
                        // §5.2 allows equal; the OASIS stix2-validator rejects it (it wants last_seen strictly later).
                        Warning(Join(_path, "last_seen"), "sighting-time-window", "5.2", "'last_seen' equals 'first_seen'; the OASIS stix2-validator rejects that, so leave 'last_seen' out for a single instant.", "\"" + lastSeen + "\"");
                    }

                    Range("count", 0, 999_999_999, "5.2");
                    break;
                case "marking-definition":
                    CheckMarkingDefinition();
                    CheckCircularMarkings();
                    CheckTlp2Extension();
                    break;
                case "extension-definition":
                    if (!Has("created_by_ref"u8))
                    {
                        Error(_path, "required-property", "7.1", "Missing required property 'created_by_ref' of extension-definition.", null);
                    }

                    if (_obj.TryGetProperty("extension_types"u8, out var types) && types.ValueKind == JsonValueKind.Array
                        && types.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.ValueEquals("toplevel-property-extension"u8)) && !Has("extension_properties"u8))
                    {
                        Warning(_path, "extension-properties", "7.1", "A toplevel-property-extension SHOULD list its properties in 'extension_properties'.", null);
                    }

                    CheckExtensionDefinitionTypes();

                    break;
                case "language-content":
                    CheckLanguageContents();
                    break;
                case "artifact":
                    CheckArtifact();
                    break;
                case "file":
                    if (!Has("hashes"u8) && !Has("name"u8))
                    {
                        Error(_path, "required-property", "6.7", "A file needs at least one of 'hashes' or 'name'.", null);
                    }

                    break;
                case "network-traffic":
                    CheckNetworkTraffic();
                    break;
                case "email-message":
                    CheckEmailMessage();
                    break;
                case "process" or "user-account" or "windows-registry-key" or "x509-certificate":
                    CheckAtLeastOneProperty();
                    break;
            }

            if (_kind == StixObjectKind.Sco)
            {
                CheckScoValueFormats();
            }

            CheckInteropRules();
            if (_kind == StixObjectKind.Unknown)
            {
                CheckCustomObject();
            }
        }

        private bool Has(string name) => _obj.TryGetProperty(name, out _);

        private bool Has(ReadOnlySpan<byte> utf8Name) => _obj.TryGetProperty(utf8Name, out _);

        private StixTimestamp? Timestamp(string name) =>
            _obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && StixTimestamp.TryParse(v.GetString(), out var ts) ? ts : null;

        private void Order(string earlier, string later, bool strictlyLater, string section)
        {
            if (Timestamp(earlier) is { } a && Timestamp(later) is { } b && (strictlyLater ? b <= a : b < a))
            {
                Error(Join(_path, later), "timestamp-order", section, $"'{later}' must be {(strictlyLater ? "later than" : "later than or equal to")} '{earlier}'.", "\"" + b + "\"");
            }
        }

        private void Range(string name, long min, long max, string section)
        {
            if (_obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && (n < min || n > max))
            {
                Error(Join(_path, name), "integer-range", section, $"'{name}' must be from {min} to {max}.", v.GetRawText());
            }
        }

        private void CheckPattern()
        {
            if (!_validator.Options.CheckPatterns || !_obj.TryGetProperty("pattern_type"u8, out var patternType) || patternType.ValueKind != JsonValueKind.String || !patternType.ValueEquals("stix"u8))
            {
                return;
            }

            if (!_obj.TryGetProperty("pattern"u8, out var pattern) || pattern.ValueKind != JsonValueKind.String)
            {
                return;
            }

            if (!StixPattern.TryParse(pattern.GetString()!, out var parsed, out var problem))
            {
                if (problem is not null)
                {
                    Error(Join(_path, "pattern"), "pattern-syntax", "9", $"Invalid STIX pattern at character {problem.Index + 1}: {problem.Reason}.", Show(pattern));
                }

                return;
            }

            CheckPatternPaths(parsed!, pattern);
        }

        /// <summary>
        /// §9.5 object paths name an SCO type and its properties; types and properties outside STIX 2.1 are custom ones,
        /// which SHOULD be recognisable as such (x- / x_ prefixes or an extension), as the OASIS validator also warns.
        /// </summary>
        private void CheckPatternPaths(StixPattern pattern, JsonElement patternElement)
        {
            foreach (var comparison in pattern.Comparisons())
            {
                foreach (var path in comparison.Paths)
                {
                    // §3.1: object types and property names in a path must be valid names, whatever the object.
                    if (!StixNames.IsValidTypeName(path.ObjectType))
                    {
                        Error(Join(_path, "pattern"), "pattern-path-name", "9.5", $"'{path.ObjectType}' is not a valid object type name (3-250 characters of a-z, 0-9 and '-').", Show(patternElement));
                        continue;
                    }

                    var first = path.Steps.Count > 0 ? path.Steps[0].Property : null;
                    if (first is not null && !IsPatternPropertyName(first))
                    {
                        Error(Join(_path, "pattern"), "pattern-path-name", "9.5", $"'{first}' is not a valid property name (3-250 characters of a-z, 0-9 and '_').", Show(patternElement));
                        continue;
                    }

                    var schema = StixSchema.Find(path.ObjectType);
                    if (schema is null || schema.Kind != StixObjectKind.Sco)
                    {
                        if (!SourcedCustomTypeName().IsMatch(path.ObjectType))
                        {
                            Warning(Join(_path, "pattern"), "pattern-object-type", "9.5", $"'{path.ObjectType}' is not a STIX 2.1 cyber-observable type; custom types SHOULD be named x-<source>-<name> (stix2-validator check 101) or be defined by an extension.", Show(patternElement));
                        }

                        continue;
                    }

                    if (first is not null && !schema.Properties.ContainsKey(first) && !s_scoCommonProperties.Contains(first) && !SourcedCustomPropertyName().IsMatch(first))
                    {
                        Warning(Join(_path, "pattern"), "pattern-property", "9.5", $"'{first}' is not a property of {path.ObjectType}; custom properties SHOULD be named x_<source>_<name>.", Show(patternElement));
                    }
                }
            }
        }

        private static bool IsPatternPropertyName(string name) =>
            name.Length is >= 3 and <= 250 && name.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '_');

        private void CheckLocation()
        {
            var hasLat = _obj.TryGetProperty("latitude"u8, out var lat);
            var hasLon = _obj.TryGetProperty("longitude"u8, out var lon);
            if (!Has("region"u8) && !Has("country"u8) && !(hasLat && hasLon))
            {
                Error(_path, "required-property", "4.10", "A location needs 'region', 'country', or both 'latitude' and 'longitude'.", null);
            }

            if (hasLat != hasLon)
            {
                Error(_path, "location-coordinates", "4.10", "'latitude' and 'longitude' must be given together.", null);
            }

            if (Has("precision"u8) && !(hasLat && hasLon))
            {
                Error(Join(_path, "precision"), "location-coordinates", "4.10", "'precision' requires 'latitude' and 'longitude'.", null);
            }

            if (hasLat && lat.ValueKind == JsonValueKind.Number && lat.GetDouble() is < -90 or > 90)
            {
                Error(Join(_path, "latitude"), "number-range", "4.10", "'latitude' must be from -90.0 to 90.0.", lat.GetRawText());
            }

            if (hasLon && lon.ValueKind == JsonValueKind.Number && lon.GetDouble() is < -180 or > 180)
            {
                Error(Join(_path, "longitude"), "number-range", "4.10", "'longitude' must be from -180.0 to 180.0.", lon.GetRawText());
            }
        }

        private void CheckObservedData()
        {
            Order("first_observed", "last_observed", strictlyLater: false, "4.14");
            Range("number_observed", 1, 999_999_999, "4.14");
            var hasObjects = Has("objects"u8);
            var hasRefs = Has("object_refs"u8);
            if (hasObjects == hasRefs)
            {
                Error(_path, "observed-data-content", "4.14", "observed-data must have exactly one of 'object_refs' or the deprecated 'objects'.", null);
            }
            else if (hasObjects)
            {
                Warning(Join(_path, "objects"), "deprecated-property", "4.14", "'objects' is deprecated in STIX 2.1; use 'object_refs'.", null);
            }

            if (_obj.TryGetProperty("object_refs"u8, out var refs) && refs.ValueKind == JsonValueKind.Array && refs.GetArrayLength() > 0 && !ContainsScoReference(refs))
            {
                Error(Join(_path, "object_refs"), "observed-data-content", "4.14", "'object_refs' must contain at least one SCO reference.", null);
            }

            if (_obj.TryGetProperty("objects"u8, out var objects) && objects.ValueKind == JsonValueKind.Object)
            {
                CheckEmbeddedObservableReferences(objects);
                foreach (var key in objects.EnumerateObject().Where(k => k.Name.Length == 0 || !k.Name.All(char.IsAsciiDigit)))
                {
                    Warning(Join(Join(_path, "objects"), key.Name), "observed-data-object-key", "4.14", "Keys of the deprecated 'objects' dictionary SHOULD be non-negative integers (\"0\", \"1\", ...).", StixNames.Truncate(key.Name));
                }
            }
        }

        private static bool ContainsScoReference(JsonElement refs)
        {
            foreach (var r in refs.EnumerateArray())
            {
                if (r.ValueKind == JsonValueKind.String && StixId.TryParse(r.GetString(), out var id) && StixSchema.KindOf(id.Type) is StixObjectKind.Sco or StixObjectKind.Unknown)
                {
                    return true;
                }
            }

            return false;
        }

        private void CheckRelationshipType()
        {
            if (!_obj.TryGetProperty("relationship_type"u8, out var rt) || rt.ValueKind != JsonValueKind.String)
            {
                return;
            }

            var relationshipType = rt.GetString()!;
            if (!StixNames.IsValidTypeName(relationshipType))
            {
                Error(Join(_path, "relationship_type"), "relationship-type-format", "5.1", "Relationship types must be 3-250 characters of a-z, 0-9 and '-'.", Show(rt));
                return;
            }

            // §5.1: relationship types defined in the specification SHOULD be used, each between the source and target types
            // its "Relationships" tables list; other pairs MAY use the common related-to or a custom type, which the OASIS
            // stix2-validator (check 202) and this rule both report as a warning. Relationships to or from relationships,
            // sightings and meta objects are not covered by the tables and are not checked.
            if (!RelationshipTypes.IsCommon(relationshipType)
                && _obj.TryGetProperty("source_ref"u8, out var source) && StixId.TryParse(source.ValueKind == JsonValueKind.String ? source.GetString() : null, out var sourceId)
                && _obj.TryGetProperty("target_ref"u8, out var target) && StixId.TryParse(target.ValueKind == JsonValueKind.String ? target.GetString() : null, out var targetId)
                && StixSchema.KindOf(sourceId.Type) is not (StixObjectKind.Sro or StixObjectKind.Smo)
                && StixSchema.KindOf(targetId.Type) is not (StixObjectKind.Sro or StixObjectKind.Smo)
                && !RelationshipTypes.IsAllowed(sourceId.Type, relationshipType, targetId.Type))
            {
                var listed = RelationshipTypes.Targets(sourceId.Type, relationshipType);
                var hint = !RelationshipTypes.IsDefined(relationshipType) ? $"'{relationshipType}' is not a relationship type the specification defines"
                    : listed.Count == 0 ? $"the spec defines no '{relationshipType}' relationship from {sourceId.Type}"
                    : $"the spec lists {sourceId.Type} {relationshipType} {string.Join(", ", listed.Order(StringComparer.Ordinal))}";
                Warning(Join(_path, "relationship_type"), "relationship-type-targets", "5.1", $"'{relationshipType}' from {sourceId.Type} to {targetId.Type} is not a relationship the specification defines ({hint}); relationship_type SHOULD match the source and target types, or use the common related-to.", Show(rt));
            }
        }

        private void CheckMarkingDefinition()
        {
            var hasExtensions = Has("extensions"u8);
            var hasType = _obj.TryGetProperty("definition_type"u8, out var definitionType);
            var hasDefinition = _obj.TryGetProperty("definition"u8, out var definition);
            if (!hasExtensions && (!hasType || !hasDefinition))
            {
                Error(_path, "required-property", "7.2.1", "A marking-definition without 'extensions' needs 'definition_type' and 'definition'.", null);
            }

            if (hasType != hasDefinition)
            {
                Error(_path, "marking-definition-content", "7.2.1", "'definition_type' and 'definition' must be given together.", null);
            }

            if (hasType && hasDefinition && definitionType.ValueKind == JsonValueKind.String && definition.ValueKind == JsonValueKind.Object)
            {
                if (definitionType.ValueEquals("tlp"u8))
                {
                    if (!definition.TryGetProperty("tlp"u8, out var level) || level.ValueKind != JsonValueKind.String)
                    {
                        Error(Join(_path, "definition"), "tlp-marking", "7.2.1.4", "A TLP definition must have a string 'tlp'.", Show(definition));
                    }
                }
                else if (definitionType.ValueEquals("statement"u8) && (!definition.TryGetProperty("statement"u8, out var statement) || statement.ValueKind != JsonValueKind.String))
                {
                    Error(Join(_path, "definition"), "statement-marking", "7.2.1.3", "A statement definition must have a string 'statement'.", Show(definition));
                }
            }

            CheckPredefinedTlp(hasType && definitionType.ValueKind == JsonValueKind.String && definitionType.ValueEquals("tlp"u8));
        }

        private void CheckPredefinedTlp(bool declaresTlp)
        {
            if (!_obj.TryGetProperty("id"u8, out var idElement) || !StixId.TryParse(idElement.GetString(), out var id))
            {
                if (declaresTlp)
                {
                    Error(_path, "tlp-marking", "7.2.1.4", "TLP marking definitions must be one of the four predefined objects.", null);
                }

                return;
            }

            var predefined = TlpMarkings.Find(id);
            if (predefined is null)
            {
                if (declaresTlp)
                {
                    Error(Join(_path, "id"), "tlp-marking", "7.2.1.4", "A TLP marking-definition must use the predefined id of its level (TLP:WHITE, GREEN, AMBER or RED).", Show(idElement));
                }

                return;
            }

            using var expected = JsonDocument.Parse(Json.StixJson.SerializeToUtf8Bytes(predefined));
            foreach (var property in expected.RootElement.EnumerateObject())
            {
                if (!_obj.TryGetProperty(property.Name, out var actual) || !JsonElement.DeepEquals(actual, property.Value))
                {
                    Error(Join(_path, property.Name), "tlp-marking", "7.2.1.4", $"The predefined {predefined.Name} marking-definition must not be changed; '{property.Name}' must be {StixNames.Truncate(property.Value.GetRawText())}.", actual.ValueKind == JsonValueKind.Undefined ? null : Show(actual));
                }
            }
        }

        private void CheckLanguageContents()
        {
            if (!_obj.TryGetProperty("contents"u8, out var contents) || contents.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var language in contents.EnumerateObject())
            {
                if (language.Value.ValueKind != JsonValueKind.Object)
                {
                    Error(Join(Join(_path, "contents"), language.Name), "property-type", "7.3", "Each language in 'contents' must map to an object of translated properties.", Show(language.Value));
                }
            }

            CheckLanguageContentEntries(contents);
        }

        private void CheckArtifact()
        {
            var hasPayload = Has("payload_bin"u8);
            var hasUrl = Has("url"u8);
            if (hasPayload && hasUrl)
            {
                Error(Join(_path, "url"), "artifact-content", "6.1", "'url' must not be present when 'payload_bin' is.", null);
            }
            else if (!hasPayload && !hasUrl)
            {
                Error(_path, "required-property", "6.1", "An artifact needs 'payload_bin' or 'url'.", null);
            }

            if (hasUrl && !Has("hashes"u8))
            {
                Error(_path, "required-property", "6.1", "'hashes' must be present when 'url' is.", null);
            }

            if (Has("decryption_key"u8) && !Has("encryption_algorithm"u8))
            {
                Error(Join(_path, "decryption_key"), "artifact-content", "6.1", "'decryption_key' must not be present without 'encryption_algorithm'.", null);
            }
        }

        private void CheckNetworkTraffic()
        {
            if (!Has("src_ref"u8) && !Has("dst_ref"u8))
            {
                Error(_path, "required-property", "6.12", "network-traffic needs 'src_ref' or 'dst_ref'.", null);
            }

            Order("start", "end", strictlyLater: true, "6.12");
            if (_obj.TryGetProperty("is_active"u8, out var active) && active.ValueKind == JsonValueKind.True && Has("end"u8))
            {
                Error(Join(_path, "end"), "network-traffic-active", "6.12", "'end' must not be present while 'is_active' is true.", null);
            }

            Range("src_port", 0, 65535, "6.12");
            Range("dst_port", 0, 65535, "6.12");
        }

        private void CheckEmailMessage()
        {
            if (!_obj.TryGetProperty("is_multipart"u8, out var multipart))
            {
                return;
            }

            if (multipart.ValueKind == JsonValueKind.True && Has("body"u8))
            {
                Error(Join(_path, "body"), "email-body", "6.6", "'body' must not be used when 'is_multipart' is true (use 'body_multipart').", null);
            }

            if (multipart.ValueKind == JsonValueKind.False && Has("body_multipart"u8))
            {
                Error(Join(_path, "body_multipart"), "email-body", "6.6", "'body_multipart' must not be used when 'is_multipart' is false.", null);
            }
        }

        private void CheckAtLeastOneProperty()
        {
            foreach (var property in _obj.EnumerateObject())
            {
                if (property.Name is not ("type" or "id" or "spec_version" or "object_marking_refs" or "granular_markings" or "defanged"))
                {
                    return;
                }
            }

            Error(_path, "required-property", Section, $"A {_type} must contain at least one property of its own or an extension.", null);
        }

        private void CheckCustomObject()
        {
            var definedByExtension = false;
            if (_obj.TryGetProperty("extensions"u8, out var extensions) && extensions.ValueKind == JsonValueKind.Object)
            {
                foreach (var extension in extensions.EnumerateObject())
                {
                    if (extension.Value.ValueKind == JsonValueKind.Object && extension.Value.TryGetProperty("extension_type"u8, out var et) && et.ValueKind == JsonValueKind.String
                        && (et.ValueEquals("new-sdo"u8) || et.ValueEquals("new-sco"u8) || et.ValueEquals("new-sro"u8)))
                    {
                        definedByExtension = true;
                    }
                }
            }

            if (!definedByExtension && !_type.StartsWith("x-", StringComparison.Ordinal))
            {
                Warning(Join(_path, "type"), "custom-object", "11.2", $"'{_type}' is not a STIX 2.1 type; custom objects SHOULD be defined by an extension-definition (new-sdo/new-sco/new-sro) or use the 'x-' prefix.", null);
            }
        }
    }
}
