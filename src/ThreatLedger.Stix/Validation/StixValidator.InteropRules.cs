using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThreatLedger.Stix.Validation;

/// <summary>
/// Recommendations the OASIS stix2-validator checks by default (its "best practice" codes 1xx-3xx) where the
/// STIX 2.1 text says SHOULD or gives the expected form, so that content ThreatLedger passes also draws no warnings
/// there. They are warnings; the MUSTs it checks (UUIDv4 for SCOs without ID contributing properties, character-set
/// names) are errors.
/// </summary>
public sealed partial class StixValidator
{
    // §6.7.4: document_info_dict keys are the PDF document information dictionary entries (PDF 1.7 §14.3.3).
    private static readonly FrozenSet<string> s_pdfInfoKeys = new[] { "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped" }.ToFrozenSet(StringComparer.Ordinal);

    // §6.12.2: request_header keys are HTTP request header field names (RFC 9110 and common de-facto ones), case preserved.
    private static readonly FrozenSet<string> s_httpRequestHeaders = new[]
    {
        "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Datetime", "Authorization", "Cache-Control", "Connection",
        "Cookie", "Content-Length", "Content-MD5", "Content-Type", "Date", "Expect", "Forwarded", "From", "Host", "If-Match",
        "If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since", "Max-Forwards", "Origin", "Pragma", "Proxy-Authorization",
        "Range", "Referer", "TE", "User-Agent", "Upgrade", "Via", "Warning", "X-Requested-With", "DNT", "X-Forwarded-For", "X-Forwarded-Host",
        "X-Forwarded-Proto", "Front-End-Https", "X-Http-Method-Override", "X-ATT-DeviceId", "X-Wap-Profile", "Proxy-Connection", "X-UIDH",
        "X-Csrf-Token", "X-Request-ID", "X-Correlation-ID",
    }.ToFrozenSet(StringComparer.Ordinal);

    // SCO dictionaries whose keys are names from elsewhere (algorithms, headers, PE fields) and keep their case.
    private static readonly FrozenSet<string> s_caseKeptDictionaries = new[]
    {
        "hashes", "file_header_hashes", "request_header", "additional_header_fields", "document_info_dict", "exif_tags", "ipfix", "options",
        "environment_variables", "startup_info", "key",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("^x_.+_.+$", RegexOptions.CultureInvariant)]
    private static partial Regex SourcedCustomPropertyName();

    [GeneratedRegex("^x-.+-.+$", RegexOptions.CultureInvariant)]
    private static partial Regex SourcedCustomTypeName();

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerHyphenated();

    // §6.12.4: socket options are the option constants, e.g. SO_REUSEADDR, IP_TTL, TCP_NODELAY.
    [GeneratedRegex("^(?:SO|ICMP|ICMP6|IP|IPV6|MCAST|TCP|IRLMP)_[A-Z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SocketOptionName();

    // §6.12: ipfix keys are IANA IPFIX information element names (lower camel case, e.g. minimumIpTotalLength).
    [GeneratedRegex("^[a-z][a-zA-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IpfixName();

    // §6.3, §6.7: IANA character-set names (RFC 2978 charset characters, plus the '.', ':', '(' and ')' of registered names).
    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'+\-^_`{}~.:()]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CharacterSetName();

    private sealed partial class ObjectCheck
    {
        private void CheckInteropRules()
        {
            switch (_type)
            {
                case "indicator":
                    if (!Has("name"u8) || !Has("description"u8))
                    {
                        Warning(_path, "indicator-name-description", "4.7", "An indicator SHOULD have both 'name' and 'description' so consumers can tell what it detects (OASIS best practice; stix2-validator check 303).", null);
                    }

                    break;
                case "malware-analysis":
                    if (_obj.TryGetProperty("product"u8, out var product) && product.ValueKind == JsonValueKind.String && !LowerHyphenated().IsMatch(product.GetString()!))
                    {
                        Warning(Join(_path, "product"), "malware-analysis-product", "4.12", "Product names SHOULD be all lower case with words separated by '-'.", Show(product));
                    }

                    break;
                case "network-traffic":
                    CheckNetworkTrafficInterop();
                    break;
                case "file":
                    CheckCharacterSet("name_enc", "6.7");
                    if (Extension("pdf-ext") is { } pdf && pdf.TryGetProperty("document_info_dict"u8, out var info) && info.ValueKind == JsonValueKind.Object)
                    {
                        var path = Join(Join(Join(_path, "extensions"), "pdf-ext"), "document_info_dict");
                        foreach (var key in info.EnumerateObject().Where(k => !s_pdfInfoKeys.Contains(k.Name)))
                        {
                            Warning(Join(path, key.Name), "pdf-document-info-key", "6.7.4", "Keys SHOULD be entries of the PDF document information dictionary (Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ModDate, Trapped).", StixNames.Truncate(key.Name));
                        }
                    }

                    break;
                case "directory":
                    CheckCharacterSet("path_enc", "6.3");
                    break;
                case "process":
                    if (Extension("windows-process-ext") is { } windows && windows.TryGetProperty("priority"u8, out var priority) && priority.ValueKind == JsonValueKind.String
                        && !priority.GetString()!.EndsWith("_CLASS", StringComparison.Ordinal))
                    {
                        Warning(Join(Join(Join(_path, "extensions"), "windows-process-ext"), "priority"), "windows-process-priority", "6.13.2", "'priority' SHOULD be a Windows priority class name ending in '_CLASS' (e.g. HIGH_PRIORITY_CLASS).", Show(priority));
                    }

                    break;
            }

            if (_kind == StixObjectKind.Sco)
            {
                CheckScoDictionaryKeys(_obj, _path);
            }
        }

        private JsonElement? Extension(string name) =>
            _obj.TryGetProperty("extensions"u8, out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty(name, out var extension) && extension.ValueKind == JsonValueKind.Object ? extension : null;

        private void CheckNetworkTrafficInterop()
        {
            if (!Has("src_port"u8) || !Has("dst_port"u8))
            {
                Warning(_path, "network-traffic-ports", "6.12", "network-traffic SHOULD give both 'src_port' and 'dst_port' (OASIS best practice; stix2-validator check 301).", null);
            }

            if (_obj.TryGetProperty("ipfix"u8, out var ipfix) && ipfix.ValueKind == JsonValueKind.Object)
            {
                foreach (var key in ipfix.EnumerateObject().Where(k => !IpfixName().IsMatch(k.Name)))
                {
                    Warning(Join(Join(_path, "ipfix"), key.Name), "ipfix-name", "6.12", "'ipfix' keys SHOULD be IANA IPFIX information element names (e.g. minimumIpTotalLength).", StixNames.Truncate(key.Name));
                }
            }

            if (Extension("http-request-ext") is { } http && http.TryGetProperty("request_header"u8, out var headers) && headers.ValueKind == JsonValueKind.Object)
            {
                var path = Join(Join(Join(_path, "extensions"), "http-request-ext"), "request_header");
                foreach (var key in headers.EnumerateObject().Where(k => !s_httpRequestHeaders.Contains(k.Name)))
                {
                    Warning(Join(path, key.Name), "http-request-header", "6.12.2", "'request_header' keys SHOULD be HTTP request header field names, case preserved (e.g. User-Agent).", StixNames.Truncate(key.Name));
                }
            }

            if (Extension("socket-ext") is { } socket && socket.TryGetProperty("options"u8, out var options) && options.ValueKind == JsonValueKind.Object)
            {
                var path = Join(Join(Join(_path, "extensions"), "socket-ext"), "options");
                foreach (var key in options.EnumerateObject().Where(k => !SocketOptionName().IsMatch(k.Name)))
                {
                    Warning(Join(path, key.Name), "socket-option-name", "6.12.4", "'options' keys SHOULD be socket option names such as SO_REUSEADDR (SO_, IP_, IPV6_, TCP_, MCAST_, ICMP_, IRLMP_ constants).", StixNames.Truncate(key.Name));
                }
            }
        }

        /// <summary>§6.3 path_enc, §6.7 name_enc: the character set MUST be named as in the IANA character-set registry.</summary>
        private void CheckCharacterSet(string name, string section)
        {
            if (_obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !CharacterSetName().IsMatch(value.GetString()!))
            {
                Error(Join(_path, name), "character-set", section, $"'{name}' must be a character-set name from the IANA registry (e.g. UTF-8, ISO-8859-1, windows-1252).", Show(value));
            }
        }

        /// <summary>
        /// Dictionaries in cyber-observables SHOULD use lower-case keys (the OASIS validator's check 142), except those
        /// whose keys are external names kept as written (hashes, headers, PE and EXIF fields, environment variables).
        /// </summary>
        private void CheckScoDictionaryKeys(JsonElement value, string path)
        {
            foreach (var property in value.EnumerateObject())
            {
                if (property.Name.Any(char.IsUpper))
                {
                    Warning(Join(path, property.Name), "observable-dictionary-key", "6", "Keys of cyber-observable dictionaries SHOULD be lower case.", StixNames.Truncate(property.Name));
                }

                if (property.Value.ValueKind == JsonValueKind.Object && !s_caseKeptDictionaries.Contains(property.Name))
                {
                    CheckScoDictionaryKeys(property.Value, Join(path, property.Name));
                }
            }
        }
    }
}
