using System.Collections.Frozen;
using System.Net;
using System.Text.Json;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Validation;

public sealed partial class StixValidator
{
    // Property names and the object type that STIX 2.1 reserves (§3.5); the OASIS JSON schemas and validator forbid them too.
    private static readonly FrozenSet<string> s_reservedProperties = new[] { "severity", "action", "username", "usernames", "phone_numbers" }.ToFrozenSet(StringComparer.Ordinal);

    // Properties every SCO may carry (§6 common properties), for pattern object paths.
    private static readonly FrozenSet<string> s_scoCommonProperties = new[] { "type", "id", "spec_version", "object_marking_refs", "granular_markings", "defanged", "extensions" }.ToFrozenSet(StringComparer.Ordinal);

    private sealed partial class ObjectCheck
    {
        /// <summary>§3.2: <c>created</c> and <c>modified</c> must be precise to at least the millisecond.</summary>
        private void CheckMillisecondPrecision(string name, JsonElement element, StixTimestamp? value)
        {
            if (value is { FractionalDigits: < 3 })
            {
                Error(Join(_path, name), "timestamp-precision", "3.2", $"'{name}' must be precise to at least the millisecond (three fractional digits, e.g. 2016-05-12T08:17:27.000Z).", Show(element));
            }
        }

        private void CheckLanguageTag(string path, JsonElement value, string section)
        {
            if (value.ValueKind == JsonValueKind.String && !SpecPatterns.LanguageTag().IsMatch(value.GetString()!))
            {
                Error(path, "language-tag", section, "Must be an RFC 5646 language tag (e.g. en, de-CH, zh-Hant).", Show(value));
            }
        }

        private bool IsReservedProperty(string path, string name, JsonElement value)
        {
            if (!s_reservedProperties.Contains(name))
            {
                return false;
            }

            Error(path, "reserved-property", "3.5", $"'{name}' is a reserved property name and must not be used.", Show(value));
            return true;
        }

        /// <summary>§2.5: references to CVE and CAPEC must carry the identifier in <c>external_id</c>.</summary>
        private void CheckWellKnownExternalId(string path, JsonElement reference, JsonElement source)
        {
            if (source.ValueKind != JsonValueKind.String || !(source.ValueEquals("cve"u8) || source.ValueEquals("capec"u8)))
            {
                return;
            }

            var isCve = source.ValueEquals("cve"u8);
            var example = isCve ? "CVE-2021-44228" : "CAPEC-66";
            if (!reference.TryGetProperty("external_id"u8, out var externalId))
            {
                Error(path, "external-id-format", "2.5", $"An external reference with source_name '{(isCve ? "cve" : "capec")}' must give the identifier in 'external_id' (e.g. {example}).", null);
            }
            else if (externalId.ValueKind == JsonValueKind.String && !(isCve ? SpecPatterns.CveId() : SpecPatterns.CapecId()).IsMatch(externalId.GetString()!))
            {
                Error(Join(path, "external_id"), "external-id-format", "2.5", $"'external_id' must be a {(isCve ? "CVE" : "CAPEC")} identifier such as {example}.", Show(externalId));
            }
        }

        /// <summary>§7.2.1: a marking-definition must not mark itself (no circular references).</summary>
        private void CheckCircularMarkings()
        {
            if (!_obj.TryGetProperty("id"u8, out var id) || id.ValueKind != JsonValueKind.String)
            {
                return;
            }

            if (_obj.TryGetProperty("object_marking_refs"u8, out var refs) && refs.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var r in refs.EnumerateArray())
                {
                    if (r.ValueKind == JsonValueKind.String && r.ValueEquals(id.GetString()))
                    {
                        Error(Index(Join(_path, "object_marking_refs"), i), "circular-marking", "7.2.1", "A marking-definition must not reference itself in 'object_marking_refs'.", Show(r));
                    }

                    i++;
                }
            }

            if (_obj.TryGetProperty("granular_markings"u8, out var granular) && granular.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var g in granular.EnumerateArray())
                {
                    if (g.ValueKind == JsonValueKind.Object && g.TryGetProperty("marking_ref"u8, out var r) && r.ValueKind == JsonValueKind.String && r.ValueEquals(id.GetString()))
                    {
                        Error(Join(Index(Join(_path, "granular_markings"), i), "marking_ref"), "circular-marking", "7.2.1", "A marking-definition must not reference itself in 'granular_markings'.", Show(r));
                    }

                    i++;
                }
            }
        }

        /// <summary>TLP 2.0: a marking-definition using the OASIS TLP 2.0 extension must be one of its five predefined objects.</summary>
        private void CheckTlp2Extension()
        {
            if (!_obj.TryGetProperty("extensions"u8, out var extensions) || extensions.ValueKind != JsonValueKind.Object
                || !extensions.TryGetProperty(TlpMarkings.Tlp2ExtensionId.ToString(), out _))
            {
                return;
            }

            if (_obj.TryGetProperty("id"u8, out var idElement) && StixId.TryParse(idElement.GetString(), out var id) && TlpMarkings.Find(id) is null)
            {
                Error(Join(_path, "id"), "tlp-marking", "7.2.1", "A marking-definition using the TLP 2.0 extension must be one of the five predefined TLP 2.0 objects (TLP:CLEAR, GREEN, AMBER, AMBER+STRICT, RED) with its predefined id.", Show(idElement));
            }
        }

        /// <summary>§7.1: <c>extension_properties</c> only with a toplevel-property-extension.</summary>
        private void CheckExtensionDefinitionTypes()
        {
            if (!_obj.TryGetProperty("extension_properties"u8, out _) || !_obj.TryGetProperty("extension_types"u8, out var types) || types.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            foreach (var t in types.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && t.ValueEquals("toplevel-property-extension"u8))
                {
                    return;
                }
            }

            Error(Join(_path, "extension_properties"), "extension-properties", "7.1", "'extension_properties' must only be used when 'extension_types' contains toplevel-property-extension.", null);
        }

        /// <summary>§7.3: <c>contents</c> keys are language tags; each maps property names to translated strings, lists or objects.</summary>
        private void CheckLanguageContentEntries(JsonElement contents)
        {
            var contentsPath = Join(_path, "contents");
            foreach (var language in contents.EnumerateObject())
            {
                var lp = Join(contentsPath, language.Name);
                if (!SpecPatterns.LanguageTag().IsMatch(language.Name))
                {
                    Error(lp, "language-tag", "7.3", "Keys of 'contents' must be RFC 5646 language tags.", StixNames.Truncate(language.Name));
                }

                if (language.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var any = false;
                foreach (var translated in language.Value.EnumerateObject())
                {
                    any = true;
                    var tp = Join(lp, translated.Name);
                    if (!StixNames.IsValidPropertyName(translated.Name))
                    {
                        Error(tp, "property-name", "7.3", "Translated entries must be keyed by the property names of the object they translate.", StixNames.Truncate(translated.Name));
                    }

                    if (translated.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Array or JsonValueKind.Object))
                    {
                        Error(tp, "property-type", "7.3", $"A translation must be a string, a list or an object like the property it translates, not {Kind(translated.Value)}.", Show(translated.Value));
                    }
                }

                if (!any)
                {
                    Error(lp, "empty-dictionary", "7.3", "Each language in 'contents' must hold at least one translated property.", "{}");
                }
            }
        }

        /// <summary>Value formats of single SCO properties (§6.5, §6.8-6.10, §6.14, §6.17) and media types (§6.1, §6.7).</summary>
        private void CheckScoValueFormats()
        {
            var defanged = _obj.TryGetProperty("defanged"u8, out var d) && d.ValueKind == JsonValueKind.True;
            if (_obj.TryGetProperty("value"u8, out var value) && value.ValueKind == JsonValueKind.String && !defanged)
            {
                var text = value.GetString()!;
                switch (_type)
                {
                    case "ipv4-addr" when !SpecPatterns.Ipv4Cidr().IsMatch(text):
                        Error(Join(_path, "value"), "address-format", "6.8", "Must be an IPv4 address, optionally with a CIDR suffix (e.g. 198.51.100.0/24).", Show(value));
                        break;
                    case "ipv6-addr" when !IsIpv6Cidr(text):
                        Error(Join(_path, "value"), "address-format", "6.9", "Must be an IPv6 address, optionally with a CIDR suffix (e.g. 2001:db8::/32).", Show(value));
                        break;
                    case "mac-addr" when !SpecPatterns.Mac48().IsMatch(text):
                        Error(Join(_path, "value"), "address-format", "6.10", "Must be a single colon-delimited, lower-case MAC-48 address with leading zeros (e.g. d2:fb:49:24:37:18).", Show(value));
                        break;
                    case "email-addr" when text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal):
                        Error(Join(_path, "value"), "address-format", "6.5", "Must be the bare email address without the display name (use 'display_name').", Show(value));
                        break;
                    case "domain-name" when !SpecPatterns.DomainName().IsMatch(text):
                        Error(Join(_path, "value"), "domain-format", "6.4", "Must be a domain name (RFC 1034/5890), e.g. example.com, without scheme, path, port or spaces.", Show(value));
                        break;
                    case "url" when !IsAbsoluteUrl(text):
                        Error(Join(_path, "value"), "url-format", "6.15", "Must be a URL conforming to RFC 3986 (with a scheme, e.g. https://example.com/a).", Show(value));
                        break;
                }
            }

            switch (_type)
            {
                case "windows-registry-key" when _obj.TryGetProperty("key"u8, out var key) && key.ValueKind == JsonValueKind.String && SpecPatterns.AbbreviatedHive().IsMatch(key.GetString()!):
                    Error(Join(_path, "key"), "registry-hive", "6.17", "The hive must be written in full (e.g. HKEY_LOCAL_MACHINE, not HKLM).", Show(key));
                    break;
                case "artifact" or "file" when _obj.TryGetProperty("mime_type"u8, out var mime) && mime.ValueKind == JsonValueKind.String && !SpecPatterns.MediaType().IsMatch(mime.GetString()!):
                    // §6.1 (artifact): MUST be an IANA media type; §6.7 (file): SHOULD.
                    Add(_type == "artifact" ? ValidationSeverity.Error : ValidationSeverity.Warning, Join(_path, "mime_type"), "media-type", _type == "artifact" ? "6.1" : "6.7",
                        "Must be an IANA media type of the form type/subtype (e.g. application/zip).", Show(mime));
                    break;
                case "artifact" when !defanged && _obj.TryGetProperty("url"u8, out var url) && url.ValueKind == JsonValueKind.String && !IsAbsoluteUrl(url.GetString()!):
                    Error(Join(_path, "url"), "url-format", "6.1", "Must be a valid URL (RFC 3986) that resolves to the content.", Show(url));
                    break;
                case "network-traffic" when _obj.TryGetProperty("protocols"u8, out var protocols) && protocols.ValueKind == JsonValueKind.Array:
                    var n = 0;
                    foreach (var protocol in protocols.EnumerateArray())
                    {
                        if (protocol.ValueKind == JsonValueKind.String && protocol.GetString()!.Any(char.IsUpper))
                        {
                            Warning(Index(Join(_path, "protocols"), n), "protocol-name", "6.12", "Protocol names SHOULD be lower-case IANA service names (e.g. tcp, http).", Show(protocol));
                        }

                        n++;
                    }

                    break;
                case "software" when _obj.TryGetProperty("cpe"u8, out var cpe) && cpe.ValueKind == JsonValueKind.String && !SpecPatterns.Cpe23().IsMatch(cpe.GetString()!):
                    Error(Join(_path, "cpe"), "cpe-format", "6.14", "Must be a CPE 2.3 formatted string (cpe:2.3:part:vendor:product:version:…, 13 components).", Show(cpe));
                    CheckSoftwareLanguages();
                    break;
                case "software":
                    CheckSoftwareLanguages();
                    break;
            }
        }

        private void CheckSoftwareLanguages()
        {
            if (_obj.TryGetProperty("languages"u8, out var languages) && languages.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var language in languages.EnumerateArray())
                {
                    CheckLanguageTag(Index(Join(_path, "languages"), i++), language, "6.14");
                }
            }
        }

        // RFC 3986: a scheme (letter, then letters, digits, '+', '-', '.') and ':' before the rest; no raw whitespace.
        private static bool IsAbsoluteUrl(string text) =>
            SpecPatterns.UriScheme().IsMatch(text) && !text.Any(char.IsWhiteSpace) && Uri.TryCreate(text, UriKind.Absolute, out _);

        private static bool IsIpv6Cidr(string text)
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            var address = slash < 0 ? text : text[..slash];
            if (!address.Contains(':', StringComparison.Ordinal) || address.Contains('%', StringComparison.Ordinal) || !IPAddress.TryParse(address, out var parsed)
                || parsed.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                return false;
            }

            return slash < 0 || (int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix) && prefix <= 128);
        }

        /// <summary>§4.14 (deprecated <c>objects</c>): references inside embedded observables must name keys of the same dictionary.</summary>
        private void CheckEmbeddedObservableReferences(JsonElement objects)
        {
            foreach (var entry in objects.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Object)
                {
                    Error(Join(Join(_path, "objects"), entry.Name), "property-type", "4.14", $"Each entry of 'objects' must be a cyber-observable object, not {Kind(entry.Value)}.", Show(entry.Value));
                    continue;
                }

                if (!entry.Value.TryGetProperty("type"u8, out _))
                {
                    Error(Join(Join(_path, "objects"), entry.Name), "required-property", "4.14", "Each entry of 'objects' must have a 'type'.", null);
                }

                foreach (var property in entry.Value.EnumerateObject())
                {
                    var isList = property.Name.EndsWith("_refs", StringComparison.Ordinal);
                    if (!isList && !property.Name.EndsWith("_ref", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var p = Join(Join(Join(_path, "objects"), entry.Name), property.Name);
                    if (property.Value.ValueKind == JsonValueKind.String && !isList)
                    {
                        CheckLocalKey(p, property.Value, objects);
                    }
                    else if (property.Value.ValueKind == JsonValueKind.Array && isList)
                    {
                        var i = 0;
                        foreach (var item in property.Value.EnumerateArray())
                        {
                            CheckLocalKey(Index(p, i++), item, objects);
                        }
                    }
                    else
                    {
                        Error(p, "property-type", "4.14", isList ? "Must be a list of keys of 'objects'." : "Must be a key of 'objects'.", Show(property.Value));
                    }
                }
            }
        }

        private void CheckLocalKey(string path, JsonElement reference, JsonElement objects)
        {
            if (reference.ValueKind != JsonValueKind.String || !objects.TryGetProperty(reference.GetString()!, out _))
            {
                Error(path, "observed-data-reference", "4.14", "References inside observed-data 'objects' must name another key of the same 'objects' dictionary.", Show(reference));
            }
        }

        private void CheckCountryCode()
        {
            if (_obj.TryGetProperty("country"u8, out var country) && country.ValueKind == JsonValueKind.String)
            {
                var c = country.GetString()!;
                if (c.Length != 2 || !char.IsAsciiLetterUpper(c[0]) || !char.IsAsciiLetterUpper(c[1]))
                {
                    Warning(Join(_path, "country"), "country-code", "4.10", "'country' SHOULD be an ISO 3166-1 ALPHA-2 code (e.g. JP).", Show(country));
                }
            }
        }
    }
}
