using System.Collections.Frozen;
using System.Text.Json;
using ThreatLedger.Stix.Identifiers;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Validation;

public sealed partial class StixValidator
{
    private static readonly FrozenSet<string> s_sdoOnlyCommon = new[] { "created_by_ref", "created", "modified", "revoked", "labels", "confidence", "lang", "external_references" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_markingDefinitionNotDefined = new[] { "modified", "revoked", "labels", "confidence", "lang" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> s_predefinedExtensions = new Dictionary<string, string[]>
    {
        ["file"] = ["archive-ext", "ntfs-ext", "pdf-ext", "raster-image-ext", "windows-pebinary-ext"],
        ["network-traffic"] = ["http-request-ext", "icmp-ext", "socket-ext", "tcp-ext"],
        ["process"] = ["windows-process-ext", "windows-service-ext"],
        ["user-account"] = ["unix-account-ext"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_extensionTypes = new[] { "new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension" }.ToFrozenSet(StringComparer.Ordinal);

    private sealed partial class ObjectCheck
    {
        private readonly StixValidator _validator;
        private readonly JsonElement _obj;
        private readonly string _path;
        private readonly ICollection<ValidationFinding> _findings;
        private string _type = "object";
        private TypeSchema? _schema;
        private StixObjectKind _kind;
        private bool _hasToplevelExtension;
        private bool _buildPaths;
        private bool _hadFinding;

        public ObjectCheck(StixValidator validator, JsonElement obj, string path, ICollection<ValidationFinding> findings)
        {
            _validator = validator;
            _obj = obj;
            _path = path;
            _findings = findings;
        }

        private string Section => _schema?.Section ?? "3.2";

        public void Run()
        {
            RunPass();
            if (_hadFinding)
            {
                _buildPaths = true;
                _hasToplevelExtension = false;
                RunPass();
            }
        }

        private void RunPass()
        {
            if (_obj.ValueKind != JsonValueKind.Object)
            {
                Error(_path, "object-shape", "3.2", $"A STIX object must be a JSON object, not {Kind(_obj)}.", Show(_obj));
                return;
            }

            if (!_obj.TryGetProperty("type"u8, out var typeElement))
            {
                Error(_path, "required-property", "3.2", "Missing required property 'type'.", null);
                return;
            }

            if (typeElement.ValueKind != JsonValueKind.String)
            {
                Error(Join(_path, "type"), "property-type", "3.2", $"'type' must be a string, not {Kind(typeElement)}.", Show(typeElement));
                return;
            }

            _type = typeElement.GetString()!;
            if (_type == Bundle.TypeName)
            {
                Error(Join(_path, "type"), "nested-bundle", "8", "A bundle cannot appear inside a bundle's objects.", Show(typeElement));
                return;
            }

            if (!StixNames.IsValidTypeName(_type))
            {
                Error(Join(_path, "type"), "type-name", "3.1", "Type names must be 3-250 characters of a-z, 0-9 and '-' (no '--').", Show(typeElement));
            }
            else if (_type == "action")
            {
                Error(Join(_path, "type"), "reserved-type", "3.5", "'action' is a reserved object type and must not be used.", Show(typeElement));
            }

            _schema = StixSchema.Find(_type);
            _kind = _schema?.Kind ?? StixObjectKind.Unknown;
            if (_obj.TryGetProperty("extensions"u8, out var ext) && ext.ValueKind == JsonValueKind.Object)
            {
                foreach (var e in ext.EnumerateObject())
                {
                    if (e.Value.ValueKind == JsonValueKind.Object && e.Value.TryGetProperty("extension_type"u8, out var et) && et.ValueKind == JsonValueKind.String && et.ValueEquals("toplevel-property-extension"u8))
                    {
                        _hasToplevelExtension = true;
                    }
                }
            }

            CheckCommon();
            CheckProperties();
            CheckRequired();
            CheckTypeRules();
        }

        private void CheckCommon()
        {
            var sdoLike = _kind is StixObjectKind.Sdo or StixObjectKind.Sro || _type is "extension-definition" or "language-content"
                || (_kind == StixObjectKind.Unknown && _obj.TryGetProperty("created"u8, out _));

            // id (3.2, 2.9)
            if (!_obj.TryGetProperty("id"u8, out var id))
            {
                Error(_path, "required-property", "3.2", "Missing required property 'id'.", null);
            }
            else if (id.ValueKind != JsonValueKind.String)
            {
                Error(Join(_path, "id"), "property-type", "2.9", $"'id' must be a string, not {Kind(id)}.", Show(id));
            }
            else if (!StixId.TryParse(id.GetString(), out var stixId))
            {
                Error(Join(_path, "id"), "id-format", "2.9", "'id' must be 'object-type--' followed by an RFC 4122 UUID.", Show(id));
            }
            else
            {
                if (stixId.Type != _type)
                {
                    Error(Join(_path, "id"), "id-type-mismatch", "2.9", $"The id prefix '{stixId.Type}' must equal the object type '{_type}'.", Show(id));
                }

                var uuidText = stixId.ToString().AsSpan(stixId.Type.Length + 2);
                if (uuidText.ContainsAny("ABCDEF"))
                {
                    Warning(Join(_path, "id"), "id-uuid-case", "2.9", "UUIDs SHOULD be written in lower case (RFC 4122).", Show(id));
                }

                if (_kind == StixObjectKind.Sco)
                {
                    CheckScoId(stixId, id);
                }
                else if (stixId.UuidVersion != 4)
                {
                    Warning(Join(_path, "id"), "id-uuid-version", "2.9", $"Identifiers of {KindName()}s SHOULD use UUIDv4, not version {stixId.UuidVersion}.", Show(id));
                }
            }

            // spec_version (3.2)
            if (_obj.TryGetProperty("spec_version"u8, out var specVersion))
            {
                if (specVersion.ValueKind != JsonValueKind.String || !specVersion.ValueEquals("2.1"u8))
                {
                    Error(Join(_path, "spec_version"), "spec-version", "3.2", "'spec_version' must be \"2.1\" for STIX 2.1 content.", Show(specVersion));
                }
            }
            else if (_kind is not StixObjectKind.Sco)
            {
                Error(_path, "required-property", "3.2", "Missing required property 'spec_version'.", null);
            }

            // created / modified (3.2)
            StixTimestamp? created = null;
            StixTimestamp? modified = null;
            if (_obj.TryGetProperty("created"u8, out var c))
            {
                created = CheckTimestamp(Join(_path, "created"), c);
                CheckMillisecondPrecision("created", c, created);
            }
            else if (sdoLike || _type == "marking-definition")
            {
                Error(_path, "required-property", "3.2", "Missing required property 'created'.", null);
            }

            if (_obj.TryGetProperty("modified"u8, out var m))
            {
                modified = CheckTimestamp(Join(_path, "modified"), m);
                CheckMillisecondPrecision("modified", m, modified);
            }
            else if (sdoLike)
            {
                Error(_path, "required-property", "3.2", "Missing required property 'modified'.", null);
            }

            if (created is { } cv && modified is { } mv && mv < cv)
            {
                Error(Join(_path, "modified"), "modified-before-created", "3.2", "'modified' must be later than or equal to 'created'.", "\"" + mv + "\"");
            }

            if (_kind == StixObjectKind.Sco)
            {
                foreach (var name in s_sdoOnlyCommon)
                {
                    if (_obj.TryGetProperty(name, out var v))
                    {
                        Error(Join(_path, name), "sco-common-property", "6", $"'{name}' is not a property of cyber-observable objects (they are not versioned and carry no SDO common properties).", Show(v));
                    }
                }
            }
            else if (_obj.TryGetProperty("defanged"u8, out var defanged))
            {
                Error(Join(_path, "defanged"), "defanged-not-sco", "3.2", "'defanged' is only defined for cyber-observable objects.", Show(defanged));
            }

            if (_type == "marking-definition")
            {
                foreach (var name in s_markingDefinitionNotDefined)
                {
                    if (_obj.TryGetProperty(name, out var v))
                    {
                        Warning(Join(_path, name), "marking-definition-property", "7.2.1", $"'{name}' is not a property of marking-definition (marking definitions are not versioned).", Show(v));
                    }
                }
            }
        }

        private void CheckScoId(StixId stixId, JsonElement idElement)
        {
            // §2.9: an SCO without any of its ID contributing properties (and a process, which has none) MUST use a UUIDv4.
            if (_schema?.IdContributing is { } contributing && !contributing.Any(p => _obj.TryGetProperty(p, out _)))
            {
                if (stixId.UuidVersion != 4)
                {
                    Error(Join(_path, "id"), "sco-id-uuidv4", "2.9", contributing.Length == 0
                        ? $"A {_type} has no ID contributing properties, so its id must use a UUIDv4, not version {stixId.UuidVersion}."
                        : $"None of the ID contributing properties ({string.Join(", ", contributing)}) is present, so the id must use a UUIDv4, not version {stixId.UuidVersion}.", Show(idElement));
                }

                return;
            }

            if (!_validator.Options.CheckScoIds || _schema?.IdContributing is not { Length: > 0 })
            {
                return;
            }

            StixId? expected;
            try
            {
                expected = ScoIdGenerator.TryCompute(_type, _obj);
            }
            catch (InvalidOperationException)
            {
                return;
            }

            if (expected is null)
            {
                if (stixId.UuidVersion != 4)
                {
                    Warning(Join(_path, "id"), "id-uuid-version", "2.9", "An SCO without ID contributing properties SHOULD use a UUIDv4.", Show(idElement));
                }
            }
            else if (expected.Value != stixId)
            {
                Warning(Join(_path, "id"), "sco-deterministic-id", "2.9", $"SCO ids SHOULD be the UUIDv5 of the ID contributing properties ({string.Join(", ", _schema.IdContributing)}); expected {expected}.", Show(idElement));
            }
        }

        private void CheckProperties()
        {
            foreach (var property in _obj.EnumerateObject())
            {
                var name = property.Name;
                var value = property.Value;
                var path = Join(_path, name);
                switch (name)
                {
                    case "type" or "id" or "spec_version" or "created" or "modified":
                        continue;
                    case "created_by_ref":
                        CheckReference(path, value, ["identity"], "3.2");
                        continue;
                    case "revoked":
                        CheckKind(path, value, PropertyKind.Boolean, "3.2");
                        continue;
                    case "labels":
                        CheckKind(path, value, PropertyKind.StringList, "3.2");
                        continue;
                    case "confidence":
                        if (CheckKind(path, value, PropertyKind.Integer, "3.2") && value.GetInt64() is < 0 or > 100)
                        {
                            Error(path, "confidence-range", "3.2", "'confidence' must be an integer from 0 to 100.", Show(value));
                        }

                        continue;
                    case "lang":
                        if (CheckKind(path, value, PropertyKind.String, "3.2"))
                        {
                            CheckLanguageTag(path, value, "3.2");
                        }

                        continue;
                    case "external_references":
                        CheckExternalReferences(path, value);
                        continue;
                    case "object_marking_refs":
                        CheckReferenceList(path, value, ["marking-definition"], "7.2.2");
                        continue;
                    case "granular_markings":
                        CheckGranularMarkings(path, value);
                        continue;
                    case "extensions":
                        CheckExtensions(path, value);
                        continue;
                    case "defanged":
                        CheckKind(path, value, PropertyKind.Boolean, "6");
                        continue;
                }

                if (_schema is not null && _schema.Properties.TryGetValue(name, out var spec))
                {
                    if (CheckKind(path, value, spec.Kind, _schema.Section, spec.Targets, spec.Embedded))
                    {
                        CheckVocabulary(path, _type, name, value);
                    }

                    continue;
                }

                if (!IsReservedProperty(path, name, value))
                {
                    CheckCustomProperty(path, name, value);
                }
            }
        }

        private void CheckCustomProperty(string path, string name, JsonElement value)
        {
            if (!StixNames.IsValidPropertyName(name))
            {
                Error(path, "property-name", "3.1", "Property names must be 3-250 ASCII characters of a-z, A-Z, 0-9 and '_'.", StixNames.Truncate(name));
                return;
            }

            foreach (var c in name)
            {
                if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_')
                {
                    Error(path, "custom-property-name", "11.1", "Custom property names must only contain a-z, 0-9 and '_'.", StixNames.Truncate(name));
                    break;
                }
            }

            if (!name.StartsWith("x_", StringComparison.Ordinal) && !_hasToplevelExtension && _kind != StixObjectKind.Unknown)
            {
                Warning(path, "custom-property-prefix", "11.1", $"'{name}' is not defined for {_type}; custom properties SHOULD start with 'x_' (or be declared by a toplevel-property-extension).", null);
            }
            else if (!_hasToplevelExtension && _kind != StixObjectKind.Unknown && !SourcedCustomPropertyName().IsMatch(name))
            {
                Warning(path, "custom-property-prefix", "11.1", $"'{name}': custom property names SHOULD name their source after 'x_', as x_<source>_<name> (e.g. x_acme_score), so that producers do not collide (stix2-validator check 101).", null);
            }

            CheckReferenceNaming(path, name, value);
        }

        private void CheckReferenceNaming(string path, string name, JsonElement value)
        {
            if (name.EndsWith("_ref", StringComparison.Ordinal))
            {
                CheckReference(path, value, null, "3.1");
            }
            else if (name.EndsWith("_refs", StringComparison.Ordinal))
            {
                CheckReferenceList(path, value, null, "3.1");
            }
        }

        private void CheckRequired()
        {
            if (_schema is null)
            {
                return;
            }

            foreach (var name in _schema.Required)
            {
                if (!_obj.TryGetProperty(name, out _))
                {
                    Error(_path, "required-property", _schema.Section, $"Missing required property '{name}' of {_type}.", null);
                }
            }
        }

        private bool CheckKind(string path, JsonElement value, PropertyKind kind, string section, string[]? targets = null, string? embedded = null)
        {
            switch (kind)
            {
                case PropertyKind.TimestampSeconds:
                    if (CheckTimestamp(path, value) is not { } seconds)
                    {
                        return false;
                    }

                    if (seconds.FractionalDigits > 0)
                    {
                        Error(path, "timestamp-precision", section, "This timestamp must be precise to the second (no fractional seconds).", Show(value));
                        return false;
                    }

                    return true;
                case PropertyKind.StringDictionary or PropertyKind.IntegerDictionary or PropertyKind.StringOrIntegerDictionary or PropertyKind.StringListDictionary or PropertyKind.StringOrStringListDictionary:
                    CheckTypedDictionary(path, value, kind, section);
                    return true;
                case PropertyKind.Embedded:
                    CheckEmbedded(path, value, StixSchema.FindEmbedded(embedded!)!);
                    return true;
                case PropertyKind.EmbeddedList:
                    if (CheckList(path, value, section))
                    {
                        var schema = StixSchema.FindEmbedded(embedded!)!;
                        var n = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            CheckEmbedded(Index(path, n++), item, schema);
                        }
                    }

                    return true;
                case PropertyKind.String:
                    return Expect(path, value, JsonValueKind.String, "a string", section);
                case PropertyKind.Binary:
                    if (Expect(path, value, JsonValueKind.String, "a base64 string", section) && !IsBase64(value.GetString()!))
                    {
                        Error(path, "binary-format", "2.1", "Binary values must be base64 (RFC 4648).", Show(value));
                        return false;
                    }

                    return true;
                case PropertyKind.Hex:
                    if (Expect(path, value, JsonValueKind.String, "a hex string", section))
                    {
                        var s = value.GetString()!;
                        if (s.Length % 2 != 0 || !s.All(char.IsAsciiHexDigit))
                        {
                            Error(path, "hex-format", "2.8", "Hex values must be an even number of hex digits.", Show(value));
                            return false;
                        }
                    }

                    return true;
                case PropertyKind.Timestamp:
                    return CheckTimestamp(path, value) is not null;
                case PropertyKind.Boolean:
                    if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        Error(path, "property-type", section, $"Must be a boolean, not {Kind(value)}.", Show(value));
                        return false;
                    }

                    return true;
                case PropertyKind.Integer:
                case PropertyKind.NonNegativeInteger:
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var integer))
                    {
                        Error(path, "property-type", section, $"Must be an integer, not {Kind(value)}.", Show(value));
                        return false;
                    }

                    if (kind == PropertyKind.NonNegativeInteger && integer < 0)
                    {
                        Error(path, "integer-range", section, "Must not be negative.", Show(value));
                        return false;
                    }

                    return true;
                case PropertyKind.Float:
                    return Expect(path, value, JsonValueKind.Number, "a number", section);
                case PropertyKind.Reference:
                    return CheckReference(path, value, targets, section);
                case PropertyKind.ReferenceList:
                    return CheckReferenceList(path, value, targets, section);
                case PropertyKind.StringList:
                    if (!CheckList(path, value, section))
                    {
                        return false;
                    }

                    var ok = true;
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        ok &= Expect(Index(path, i++), item, JsonValueKind.String, "a string", section);
                    }

                    return ok;
                case PropertyKind.KillChainPhases:
                    CheckKillChainPhases(path, value);
                    return true;
                case PropertyKind.Hashes:
                    CheckHashes(path, value);
                    return true;
                case PropertyKind.Dictionary:
                    CheckDictionary(path, value, section);
                    return true;
                case PropertyKind.MimeParts:
                    CheckMimeParts(path, value);
                    return true;
                default:
                    return true;
            }
        }

        private bool Expect(string path, JsonElement value, JsonValueKind kind, string what, string section)
        {
            if (value.ValueKind == kind)
            {
                return true;
            }

            Error(path, "property-type", section, $"Must be {what}, not {Kind(value)}.", Show(value));
            return false;
        }

        private bool CheckList(string path, JsonElement value, string section)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Error(path, "property-type", section, $"Must be a list, not {Kind(value)}.", Show(value));
                return false;
            }

            if (value.GetArrayLength() == 0)
            {
                Error(path, "empty-list", "2.12", "Lists MUST NOT be empty; omit the property instead.", "[]");
                return false;
            }

            return true;
        }

        private StixTimestamp? CheckTimestamp(string path, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                Error(path, "property-type", "2.15", $"A timestamp must be a string, not {Kind(value)}.", Show(value));
                return null;
            }

            var text = value.GetString()!;
            if (!StixTimestamp.TryParse(text, out var ts))
            {
                Error(path, "timestamp-format", "2.15", "Timestamps " + StixTimestamp.Check(text), Show(value));
                return null;
            }

            return ts;
        }

        private bool CheckReference(string path, JsonElement value, string[]? targets, string section)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                Error(path, "property-type", section, $"A reference must be an identifier string, not {Kind(value)}.", Show(value));
                return false;
            }

            if (!StixId.TryParse(value.GetString(), out var id))
            {
                Error(path, "reference-format", "2.9", "A reference must be an identifier 'object-type--UUID'.", Show(value));
                return false;
            }

            if (targets is not null && !TargetAllowed(id.Type, targets))
            {
                Error(path, "reference-type", section, $"Must reference {string.Join(" or ", targets.Select(DescribeTarget))}, not {id.Type}.", Show(value));
                return false;
            }

            return true;
        }

        private bool CheckReferenceList(string path, JsonElement value, string[]? targets, string section)
        {
            if (!CheckList(path, value, section))
            {
                return false;
            }

            var ok = true;
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                ok &= CheckReference(Index(path, i++), item, targets, section);
            }

            return ok;
        }

        private static bool TargetAllowed(string type, string[] targets)
        {
            foreach (var target in targets)
            {
                switch (target)
                {
                    case "*":
                        return true;
                    case "sdo" or "sco":
                        var kind = StixSchema.KindOf(type);
                        if (kind == StixObjectKind.Unknown || (target == "sdo" ? kind == StixObjectKind.Sdo : kind == StixObjectKind.Sco))
                        {
                            return true;
                        }

                        break;
                    default:
                        if (target == type)
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        private static string DescribeTarget(string target) => target switch
        {
            "sdo" => "an SDO",
            "sco" => "an SCO",
            _ => target,
        };

        private void CheckVocabulary(string path, string vocabularyType, string name, JsonElement value)
        {
            if (Vocabularies.For(vocabularyType, name) is not { } vocab)
            {
                return;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                CheckTerm(path, value, vocab);
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        CheckTerm(Index(path, i), item, vocab);
                    }

                    i++;
                }
            }
        }

        private void CheckTerm(string path, JsonElement item, (FrozenSet<string> Values, bool IsEnum, string Name) vocab)
        {
            var term = item.GetString()!;
            if (vocab.Values.Contains(term))
            {
                return;
            }

            if (vocab.IsEnum)
            {
                Error(path, "enumeration", "10", $"Must be one of the {vocab.Name} values: {string.Join(", ", vocab.Values.Order(StringComparer.Ordinal))}.", Show(item));
            }
            else
            {
                Warning(path, "open-vocabulary", "10", $"Not in the suggested {vocab.Name} vocabulary.", Show(item));
            }
        }

        private void CheckExternalReferences(string path, JsonElement value)
        {
            if (!CheckList(path, value, "3.2"))
            {
                return;
            }

            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                var p = Index(path, i++);
                if (!Expect(p, item, JsonValueKind.Object, "an external reference object", "2.5"))
                {
                    continue;
                }

                if (!item.TryGetProperty("source_name"u8, out var source))
                {
                    Error(p, "required-property", "2.5", "Missing required property 'source_name' of the external reference.", null);
                }
                else if (Expect(Join(p, "source_name"), source, JsonValueKind.String, "a string", "2.5"))
                {
                    CheckWellKnownExternalId(p, item, source);
                }

                var hasDetail = false;
                foreach (var detail in (string[])["description", "url", "external_id"])
                {
                    if (item.TryGetProperty(detail, out var d))
                    {
                        hasDetail = true;
                        Expect(Join(p, detail), d, JsonValueKind.String, "a string", "2.5");
                    }
                }

                if (!hasDetail)
                {
                    Error(p, "external-reference-detail", "2.5", "An external reference needs at least one of description, url or external_id besides source_name.", null);
                }

                if (item.TryGetProperty("hashes"u8, out var hashes))
                {
                    CheckHashes(Join(p, "hashes"), hashes);
                }
                else if (item.TryGetProperty("url"u8, out var url) && !_buildPaths)
                {
                    // Recorded on the first pass with its path spelled out, so that references without hashes (nearly every
                    // object of feeds such as ATT&CK) do not force the second, path-building pass over the object.
                    var urlPath = (_path.Length == 0 ? string.Empty : _path + ".") + "external_references[" + (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "].url";
                    _findings.Add(new(ValidationSeverity.Warning, urlPath, "external-reference-hashes", "2.5", Subject() + "An external reference with a 'url' SHOULD give 'hashes' of the url's content.", Show(url)));
                }
            }
        }

        private void CheckKillChainPhases(string path, JsonElement value)
        {
            if (!CheckList(path, value, "2.11"))
            {
                return;
            }

            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                var p = Index(path, i++);
                if (!Expect(p, item, JsonValueKind.Object, "a kill-chain-phase object", "2.11"))
                {
                    continue;
                }

                foreach (var name in (string[])["kill_chain_name", "phase_name"])
                {
                    if (!item.TryGetProperty(name, out var v))
                    {
                        Error(p, "required-property", "2.11", $"Missing required property '{name}' of the kill-chain phase.", null);
                    }
                    else if (Expect(Join(p, name), v, JsonValueKind.String, "a string", "2.11"))
                    {
                        var s = v.GetString()!;
                        if (s.Any(ch => char.IsUpper(ch) || ch is ' ' or '_'))
                        {
                            Warning(Join(p, name), "kill-chain-case", "2.11", "Kill-chain and phase names SHOULD be all lower case with words separated by '-'.", Show(v));
                        }
                    }
                }
            }
        }

        private void CheckHashes(string path, JsonElement value)
        {
            if (!Expect(path, value, JsonValueKind.Object, "a hashes dictionary", "2.7"))
            {
                return;
            }

            var any = false;
            foreach (var hash in value.EnumerateObject())
            {
                any = true;
                var p = Join(path, hash.Name);
                if (hash.Name.Length is < 3 or > 250 || !hash.Name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-'))
                {
                    Error(p, "hash-name", "2.7", "Hash algorithm names must be 3-250 ASCII characters of a-z, A-Z, 0-9, '-' and '_'.", StixNames.Truncate(hash.Name));
                }
                else if (hash.Name.Length > 30)
                {
                    Warning(p, "hash-name", "2.7", "Hash algorithm names SHOULD be no longer than 30 characters (stix2-validator check 150).", StixNames.Truncate(hash.Name));
                }

                if (!Expect(p, hash.Value, JsonValueKind.String, "a string", "2.7"))
                {
                    continue;
                }

                if (!Vocabularies.HashingAlgorithms.Contains(hash.Name))
                {
                    if (!hash.Name.StartsWith("x_", StringComparison.Ordinal))
                    {
                        Warning(p, "open-vocabulary", "10.6", "Hash algorithm names SHOULD come from hashing-algorithm-ov (custom names start with 'x_').", StixNames.Truncate(hash.Name));
                    }

                    continue;
                }

                var expectedLength = hash.Name switch
                {
                    "MD5" => 32,
                    "SHA-1" => 40,
                    "SHA-256" or "SHA3-256" => 64,
                    "SHA-512" or "SHA3-512" => 128,
                    _ => 0,
                };
                var text = hash.Value.GetString()!;
                if (expectedLength > 0 && (text.Length != expectedLength || !text.All(char.IsAsciiHexDigit)))
                {
                    Error(p, "hash-value", "2.7", $"A {hash.Name} value must be {expectedLength} hex digits.", Show(hash.Value));
                }
                else if (hash.Name == "SSDEEP" && !SpecPatterns.Ssdeep().IsMatch(text))
                {
                    Warning(p, "hash-value", "10.6", "An SSDEEP value SHOULD have the form blocksize:hash:hash.", Show(hash.Value));
                }
                else if (hash.Name == "TLSH" && !SpecPatterns.Tlsh().IsMatch(text))
                {
                    Warning(p, "hash-value", "10.6", "A TLSH value SHOULD be 70 hex digits (optionally prefixed by the version 'T1').", Show(hash.Value));
                }
            }

            if (!any)
            {
                Error(path, "empty-dictionary", "2.7", "A hashes dictionary must hold at least one hash.", "{}");
            }
        }

        private void CheckDictionary(string path, JsonElement value, string section)
        {
            if (!Expect(path, value, JsonValueKind.Object, "a dictionary (JSON object)", section))
            {
                return;
            }

            foreach (var entry in value.EnumerateObject())
            {
                var key = entry.Name;
                if (key.Length is < 1 or > 250 || !key.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-'))
                {
                    Error(Join(path, key), "dictionary-key", "2.3", "Dictionary keys must be 1-250 ASCII characters of a-z, A-Z, 0-9, '-' and '_'.", StixNames.Truncate(key));
                }
            }
        }

        private void CheckMimeParts(string path, JsonElement value)
        {
            if (!CheckList(path, value, "6.6"))
            {
                return;
            }

            var i = 0;
            foreach (var part in value.EnumerateArray())
            {
                var p = Index(path, i++);
                if (!Expect(p, part, JsonValueKind.Object, "an email MIME component object", "6.6.2"))
                {
                    continue;
                }

                var hasBody = part.TryGetProperty("body"u8, out var body);
                var hasRaw = part.TryGetProperty("body_raw_ref"u8, out var raw);
                if (hasBody == hasRaw)
                {
                    Error(p, "mime-part-body", "6.6.2", "A MIME component must have exactly one of 'body' or 'body_raw_ref'.", null);
                }

                if (hasBody)
                {
                    Expect(Join(p, "body"), body, JsonValueKind.String, "a string", "6.6.2");
                }

                foreach (var header in (string[])["content_type", "content_disposition"])
                {
                    if (part.TryGetProperty(header, out var headerValue))
                    {
                        Expect(Join(p, header), headerValue, JsonValueKind.String, "a string", "6.6.2");
                    }
                }

                if (hasRaw)
                {
                    CheckReference(Join(p, "body_raw_ref"), raw, ["artifact", "file"], "6.6.2");
                }
            }
        }

        private void CheckGranularMarkings(string path, JsonElement value)
        {
            if (!CheckList(path, value, "7.2.3"))
            {
                return;
            }

            var i = 0;
            foreach (var marking in value.EnumerateArray())
            {
                var p = Index(path, i++);
                if (!Expect(p, marking, JsonValueKind.Object, "a granular-marking object", "7.2.3"))
                {
                    continue;
                }

                var hasRef = marking.TryGetProperty("marking_ref"u8, out var markingRef);
                var hasLang = marking.TryGetProperty("lang"u8, out var lang);
                if (hasRef == hasLang)
                {
                    Error(p, "granular-marking", "7.2.3", "A granular marking must have exactly one of 'marking_ref' or 'lang'.", null);
                }

                if (hasRef)
                {
                    CheckReference(Join(p, "marking_ref"), markingRef, ["marking-definition"], "7.2.3");
                }

                if (hasLang && Expect(Join(p, "lang"), lang, JsonValueKind.String, "a string", "7.2.3"))
                {
                    CheckLanguageTag(Join(p, "lang"), lang, "7.2.3");
                }

                if (!marking.TryGetProperty("selectors"u8, out var selectors))
                {
                    Error(p, "required-property", "7.2.3", "Missing required property 'selectors' of the granular marking.", null);
                    continue;
                }

                if (!CheckList(Join(p, "selectors"), selectors, "7.2.3"))
                {
                    continue;
                }

                var j = 0;
                foreach (var selector in selectors.EnumerateArray())
                {
                    var sp = Index(Join(p, "selectors"), j++);
                    if (Expect(sp, selector, JsonValueKind.String, "a string", "7.2.3") && !SelectorResolves(_obj, selector.GetString()!))
                    {
                        Error(sp, "granular-marking-selector", "7.2.3.1", "The selector does not select a property of this object.", Show(selector));
                    }
                }
            }
        }

        private static bool SelectorResolves(JsonElement root, string selector)
        {
            if (selector.Length == 0)
            {
                return false;
            }

            var current = root;
            foreach (var segment in selector.Split('.'))
            {
                if (segment.Length >= 3 && segment[0] == '[' && segment[^1] == ']')
                {
                    if (current.ValueKind != JsonValueKind.Array || !int.TryParse(segment.AsSpan(1, segment.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) || index >= current.GetArrayLength())
                    {
                        return false;
                    }

                    current = current[index];
                }
                else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
                {
                    return false;
                }
            }

            return true;
        }

        private void CheckExtensions(string path, JsonElement value)
        {
            if (!Expect(path, value, JsonValueKind.Object, "a dictionary of extensions", "3.2"))
            {
                return;
            }

            var any = false;
            foreach (var extension in value.EnumerateObject())
            {
                any = true;
                var name = extension.Name;
                var p = Join(path, name);
                var isDefinition = name.StartsWith("extension-definition--", StringComparison.Ordinal);
                if (isDefinition)
                {
                    if (!StixId.TryParse(name, out _))
                    {
                        Error(p, "extension-name", "7.3", "An extension key starting with 'extension-definition--' must be a valid extension-definition id.", StixNames.Truncate(name));
                    }
                }
                else if (name.EndsWith("-ext", StringComparison.Ordinal))
                {
                    if (!(s_predefinedExtensions.TryGetValue(_type, out var allowed) && allowed.Contains(name)) && !name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        Error(p, "extension-name", "6", $"'{name}' is not a predefined extension of {_type}; other extensions are keyed by their extension-definition id.", StixNames.Truncate(name));
                    }
                }
                else
                {
                    Error(p, "extension-name", "7.3", "Extension keys must be an extension-definition id or a predefined '-ext' name.", StixNames.Truncate(name));
                }

                if (!isDefinition && s_predefinedExtensions.TryGetValue(_type, out var predefined) && predefined.Contains(name))
                {
                    CheckEmbedded(p, extension.Value, StixSchema.FindEmbedded(name)!);
                    continue;
                }

                if (!Expect(p, extension.Value, JsonValueKind.Object, "an object", "7.3"))
                {
                    continue;
                }

                foreach (var property in extension.Value.EnumerateObject())
                {
                    var pp = Join(p, property.Name);
                    if (property.Name == "extension_type")
                    {
                        if (Expect(pp, property.Value, JsonValueKind.String, "a string", "7.3") && !s_extensionTypes.Contains(property.Value.GetString()!))
                        {
                            Error(pp, "enumeration", "7.3", "Must be one of new-sdo, new-sco, new-sro, property-extension, toplevel-property-extension.", Show(property.Value));
                        }

                        continue;
                    }

                    if (!StixNames.IsValidPropertyName(property.Name))
                    {
                        Error(pp, "property-name", "3.1", "Property names must be 3-250 ASCII characters of a-z, A-Z, 0-9 and '_'.", StixNames.Truncate(property.Name));
                    }

                    CheckReferenceNaming(pp, property.Name, property.Value);
                }

                if (isDefinition && !extension.Value.TryGetProperty("extension_type"u8, out _) && _kind == StixObjectKind.Unknown)
                {
                    Error(p, "extension-type-missing", "7.3", "An object of a type defined by an extension must declare extension_type new-sdo, new-sco or new-sro.", null);
                }
            }

            if (!any)
            {
                Error(path, "empty-dictionary", "3.2", "'extensions' must hold at least one extension.", "{}");
            }
        }

        private void Error(string path, string rule, string section, string message, string? value) => Add(ValidationSeverity.Error, path, rule, section, message, value);

        private void Warning(string path, string rule, string section, string message, string? value) => Add(ValidationSeverity.Warning, path, rule, section, message, value);

        private void Add(ValidationSeverity severity, string path, string rule, string section, string message, string? value)
        {
            _hadFinding = true;
            if (_buildPaths)
            {
                _findings.Add(new(severity, path.Length == 0 ? "$" : path, rule, section, Subject() + message, value));
            }
        }

        private string Subject() => _type == "object" ? string.Empty : _type + ": ";

        private string KindName() => _kind switch
        {
            StixObjectKind.Sdo => "SDO",
            StixObjectKind.Sro => "SRO",
            StixObjectKind.Smo => "SMO",
            StixObjectKind.Sco => "SCO",
            _ => "custom object",
        };

        // The first pass builds no path strings; only objects with findings are checked again with paths.
        private string Join(string path, string name) => !_buildPaths ? string.Empty : path.Length == 0 ? name : path + "." + name;

        private string Index(string path, int index) => !_buildPaths ? string.Empty : path + "[" + index + "]";

        private static bool IsBase64(string s)
        {
            if (s.Length % 4 != 0)
            {
                return false;
            }

            var buffer = new byte[s.Length];
            return Convert.TryFromBase64String(s, buffer, out _);
        }
    }
}
