using System.Text;
using System.Text.Json.Nodes;
using ThreatLedger.Stix.Validation;
using static ThreatLedger.Stix.Tests.Validation.ValidationFixtures;

namespace ThreatLedger.Stix.Tests.Validation;

/// <summary>
/// Failing fixtures for the predefined SCO extensions (STIX 2.1 §6.7.2-6.7.6, §6.12.2-6.12.5, §6.13.2-6.13.3, §6.16.2,
/// §6.18.2) and the other single-object MUSTs; each row names the rule and the section it comes from.
/// </summary>
public sealed class StixValidatorSpecRuleTests
{
    private static readonly StixValidator s_validator = new();

    private static JsonObject Ext(JsonObject o, string name) => o["extensions"]![name]!.AsObject();

    public static TheoryData<string, string, string, string> Errors() => new()
    {
        // rule, section, expected path, JSON
        { "required-property", "6.7.2 (archive-ext contains_refs)", "extensions.archive-ext", Make("file-extensions", o => Ext(o, "archive-ext").Remove("contains_refs")) },
        { "reference-type", "6.7.2 (archive-ext contains_refs to file or directory)", "extensions.archive-ext.contains_refs[0]", Make("file-extensions", o => Ext(o, "archive-ext")["contains_refs"] = new JsonArray("ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63")) },
        { "required-property", "6.7.3 (ntfs-ext needs one property)", "extensions.ntfs-ext", Make("file-extensions", o => o["extensions"]!["ntfs-ext"] = new JsonObject()) },
        { "required-property", "6.7.3.1 (alternate data stream name)", "extensions.ntfs-ext.alternate_data_streams[0]", Make("file-extensions", o => Ext(o, "ntfs-ext")["alternate_data_streams"]![0]!.AsObject().Remove("name")) },
        { "hash-value", "6.7.3.1 (alternate data stream hashes)", "extensions.ntfs-ext.alternate_data_streams[0].hashes.MD5", Make("file-extensions", o => Ext(o, "ntfs-ext")["alternate_data_streams"]![0]!["hashes"] = new JsonObject { ["MD5"] = "xyz" }) },
        { "integer-range", "6.7.3.1 (alternate data stream size)", "extensions.ntfs-ext.alternate_data_streams[0].size", Make("file-extensions", o => Ext(o, "ntfs-ext")["alternate_data_streams"]![0]!["size"] = -1) },
        { "property-type", "6.7.4 (pdf-ext is_optimized boolean)", "extensions.pdf-ext.is_optimized", Make("file-extensions", o => Ext(o, "pdf-ext")["is_optimized"] = "no") },
        { "property-type", "6.7.4 (pdf-ext document_info_dict string values)", "extensions.pdf-ext.document_info_dict.Pages", Make("file-extensions", o => Ext(o, "pdf-ext")["document_info_dict"]!["Pages"] = 3) },
        { "property-type", "6.7.5 (raster-image-ext image_height integer)", "extensions.raster-image-ext.image_height", Make("file-extensions", o => Ext(o, "raster-image-ext")["image_height"] = "768") },
        { "property-type", "6.7.5 (raster-image-ext exif_tags string or integer)", "extensions.raster-image-ext.exif_tags.Flash", Make("file-extensions", o => Ext(o, "raster-image-ext")["exif_tags"]!["Flash"] = true) },
        { "required-property", "6.7.6 (windows-pebinary-ext pe_type)", "extensions.windows-pebinary-ext", Make("file-extensions", o => Ext(o, "windows-pebinary-ext").Remove("pe_type")) },
        { "hex-format", "6.7.6 (windows-pebinary-ext machine_hex)", "extensions.windows-pebinary-ext.machine_hex", Make("file-extensions", o => Ext(o, "windows-pebinary-ext")["machine_hex"] = "x86") },
        { "timestamp-precision", "6.7.6 (time_date_stamp precise to the second)", "extensions.windows-pebinary-ext.time_date_stamp", Make("file-extensions", o => Ext(o, "windows-pebinary-ext")["time_date_stamp"] = "2016-01-22T12:31:12.123Z") },
        { "required-property", "6.7.6.1 (optional header needs one property)", "extensions.windows-pebinary-ext.optional_header", Make("file-extensions", o => Ext(o, "windows-pebinary-ext")["optional_header"] = new JsonObject()) },
        { "integer-range", "6.7.6.1 (optional header size_of_code non-negative)", "extensions.windows-pebinary-ext.optional_header.size_of_code", Make("file-extensions", o => Ext(o, "windows-pebinary-ext")["optional_header"]!["size_of_code"] = -4) },
        { "required-property", "6.7.6.2 (PE section name)", "extensions.windows-pebinary-ext.sections[0]", Make("file-extensions", o => Ext(o, "windows-pebinary-ext")["sections"]![0]!.AsObject().Remove("name")) },
        { "property-type", "6.7.6.2 (PE section entropy number)", "extensions.windows-pebinary-ext.sections[0].entropy", Make("file-extensions", o => Ext(o, "windows-pebinary-ext")["sections"]![0]!["entropy"] = "high") },
        { "empty-list", "6.7.6 (sections not empty)", "extensions.windows-pebinary-ext.sections", Make("file-extensions", o => Ext(o, "windows-pebinary-ext")["sections"] = new JsonArray()) },
        { "required-property", "6.12.2 (http-request-ext request_method)", "extensions.http-request-ext", Make("network-traffic-extensions", o => Ext(o, "http-request-ext").Remove("request_method")) },
        { "property-type", "6.12.2 (request_header values are lists of strings)", "extensions.http-request-ext.request_header.Host", Make("network-traffic-extensions", o => Ext(o, "http-request-ext")["request_header"]!["Host"] = 80) },
        { "reference-type", "6.12.2 (message_body_data_ref to artifact)", "extensions.http-request-ext.message_body_data_ref", Make("network-traffic-extensions", o => Ext(o, "http-request-ext")["message_body_data_ref"] = "file--a207207b-2343-564f-8fd3-d414bb175e82") },
        { "required-property", "6.12.3 (icmp-ext icmp_code_hex)", "extensions.icmp-ext", Make("network-traffic-extensions", o => Ext(o, "icmp-ext").Remove("icmp_code_hex")) },
        { "hex-format", "6.12.3 (icmp-ext icmp_type_hex)", "extensions.icmp-ext.icmp_type_hex", Make("network-traffic-extensions", o => Ext(o, "icmp-ext")["icmp_type_hex"] = "8") },
        { "required-property", "6.12.4 (socket-ext address_family)", "extensions.socket-ext", Make("network-traffic-extensions", o => Ext(o, "socket-ext").Remove("address_family")) },
        { "enumeration", "6.12.4 (network-socket-address-family-enum)", "extensions.socket-ext.address_family", Make("network-traffic-extensions", o => Ext(o, "socket-ext")["address_family"] = "AF_UNIX") },
        { "enumeration", "6.12.4 (network-socket-type-enum)", "extensions.socket-ext.socket_type", Make("network-traffic-extensions", o => Ext(o, "socket-ext")["socket_type"] = "SOCK_PACKET") },
        { "property-type", "6.12.4 (socket options are integers)", "extensions.socket-ext.options.SO_REUSEADDR", Make("network-traffic-extensions", o => Ext(o, "socket-ext")["options"]!["SO_REUSEADDR"] = "yes") },
        { "integer-range", "6.12.4 (socket_descriptor non-negative)", "extensions.socket-ext.socket_descriptor", Make("network-traffic-extensions", o => Ext(o, "socket-ext")["socket_descriptor"] = -1) },
        { "required-property", "6.12.5 (tcp-ext needs one property)", "extensions.tcp-ext", Make("network-traffic-extensions", o => o["extensions"]!["tcp-ext"] = new JsonObject { ["x_note"] = "n" }) },
        { "property-type", "6.12.1 (ipfix values string or integer)", "ipfix.minimumIpTotalLength", Make("network-traffic-extensions", o => o["ipfix"] = new JsonObject { ["minimumIpTotalLength"] = 3.5 }) },
        { "enumeration", "6.13.2 (windows-integrity-level-enum)", "extensions.windows-process-ext.integrity_level", Make("process-extensions", o => Ext(o, "windows-process-ext")["integrity_level"] = "untrusted") },
        { "property-type", "6.13.2 (aslr_enabled boolean)", "extensions.windows-process-ext.aslr_enabled", Make("process-extensions", o => Ext(o, "windows-process-ext")["aslr_enabled"] = 1) },
        { "enumeration", "6.13.3 (windows-service-start-type-enum)", "extensions.windows-service-ext.start_type", Make("process-extensions", o => Ext(o, "windows-service-ext")["start_type"] = "SERVICE_LATER") },
        { "enumeration", "6.13.3 (windows-service-type-enum)", "extensions.windows-service-ext.service_type", Make("process-extensions", o => Ext(o, "windows-service-ext")["service_type"] = "SERVICE_USER_OWN_PROCESS") },
        { "enumeration", "6.13.3 (windows-service-status-enum)", "extensions.windows-service-ext.service_status", Make("process-extensions", o => Ext(o, "windows-service-ext")["service_status"] = "SERVICE_UP") },
        { "reference-type", "6.13.3 (service_dll_refs to file)", "extensions.windows-service-ext.service_dll_refs[0]", Make("process-extensions", o => Ext(o, "windows-service-ext")["service_dll_refs"] = new JsonArray("artifact--0c8688eb-f7da-5826-b736-d10a8ba9e49e")) },
        { "required-property", "6.13.3 (windows-service-ext needs one property)", "extensions.windows-service-ext", Make("process-extensions", o => o["extensions"]!["windows-service-ext"] = new JsonObject()) },
        { "property-type", "6.13 (environment_variables string values)", "environment_variables.PATH", Make("process-extensions", o => o["environment_variables"] = new JsonObject { ["PATH"] = new JsonArray("/bin") }) },
        { "property-type", "6.16.2 (unix-account-ext gid integer)", "extensions.unix-account-ext.gid", Make("user-account-extensions", o => Ext(o, "unix-account-ext")["gid"] = "wheel") },
        { "empty-list", "6.16.2 (unix-account-ext groups)", "extensions.unix-account-ext.groups", Make("user-account-extensions", o => Ext(o, "unix-account-ext")["groups"] = new JsonArray()) },
        { "required-property", "6.18.2 (x509 v3 extensions need one property)", "x509_v3_extensions", Make("x509-certificate", o => o["x509_v3_extensions"] = new JsonObject()) },
        { "timestamp-format", "6.18.2 (private_key_usage_period_not_before timestamp)", "x509_v3_extensions.private_key_usage_period_not_before", Make("x509-certificate", o => o["x509_v3_extensions"]!["private_key_usage_period_not_before"] = "March 2016") },
        { "property-type", "6.6 (additional_header_fields string or list of strings)", "additional_header_fields.X-Mailer", Make("email-message", o => o["additional_header_fields"] = new JsonObject { ["X-Mailer"] = 5 }) },
        { "timestamp-format", "2.15 (a date that does not exist)", "first_seen", Make("malware", o => o["first_seen"] = "2023-02-29T00:00:00Z") },
        { "timestamp-format", "2.15 (hour 24)", "last_seen", Make("malware", o => o["last_seen"] = "2024-01-01T24:00:00Z") },
        { "timestamp-precision", "3.2 (created precise to the millisecond)", "created", Make("malware", o => o["created"] = "2024-01-01T00:00:00Z") },
        { "timestamp-precision", "3.2 (modified precise to the millisecond)", "modified", Make("malware", o => o["modified"] = "2024-01-02T00:00:00.5Z") },
        { "language-tag", "3.2 (lang is an RFC 5646 tag)", "lang", Make("malware", o => o["lang"] = "english language") },
        { "language-tag", "3.2 (a language name is not a tag)", "lang", Make("malware", o => o["lang"] = "english") },
        { "reserved-property", "3.5 (reserved property names)", "severity", Make("malware", o => o["severity"] = "high") },
        { "reserved-type", "3.5 (reserved object type action)", "type", """{"type":"action","spec_version":"2.1","id":"action--a8c7a2a2-3f6e-4d5b-9a8e-1f2b3c4d5e6f","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z"}""" },
        { "external-id-format", "2.5 (capec source needs external_id)", "external_references[0]", Make("attack-pattern", o => o["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "capec", ["url"] = "https://capec.mitre.org/" })) },
        { "external-id-format", "2.5 (capec external_id CAPEC-n)", "external_references[0].external_id", Make("attack-pattern", o => o["external_references"]![0]!["external_id"] = "163") },
        { "external-id-format", "2.5 (cve external_id CVE-YYYY-NNNN)", "external_references[0].external_id", Make("vulnerability", o => o["external_references"]![0]!["external_id"] = "CVE-16-1234") },
        { "granular-marking", "7.2.3 (marking_ref and lang are exclusive)", "granular_markings[0]", Make("malware", o => o["granular_markings"] = new JsonArray(new JsonObject { ["marking_ref"] = Green, ["lang"] = "en", ["selectors"] = new JsonArray("name") })) },
        { "language-tag", "7.2.3 (granular lang is an RFC 5646 tag)", "granular_markings[0].lang", Make("malware", o => o["granular_markings"] = new JsonArray(new JsonObject { ["lang"] = "en_US", ["selectors"] = new JsonArray("name") })) },
        { "circular-marking", "7.2.1 (object_marking_refs to itself)", "object_marking_refs[0]", Make("marking-definition", o => o["object_marking_refs"] = new JsonArray("marking-definition--a2f5d6e0-3f4b-4c3e-9b47-8a52a1d2d9a1")) },
        { "circular-marking", "7.2.1 (granular marking to itself)", "granular_markings[0].marking_ref", Make("marking-definition", o => o["granular_markings"] = new JsonArray(new JsonObject { ["marking_ref"] = "marking-definition--a2f5d6e0-3f4b-4c3e-9b47-8a52a1d2d9a1", ["selectors"] = new JsonArray("definition.statement") })) },
        { "tlp-marking", "7.2.1 (TLP 2.0 extension needs a predefined id)", "id", Make("tlp2-amber", o => o["id"] = "marking-definition--0d9a8f4e-1c1b-4c3b-8b9a-2f6f2c8e1a11") },
        { "tlp-marking", "7.2.1 (TLP 2.0 predefined content must not change)", "name", Make("tlp2-amber", o => o["name"] = "TLP:AMBER+STRICT") },
        { "extension-properties", "7.1 (extension_properties only for toplevel-property-extension)", "extension_properties", Make("extension-definition", o => o["extension_properties"] = new JsonArray("x_score")) },
        { "language-tag", "7.3 (contents keys are RFC 5646 tags)", "contents.de_DE", Make("language-content", o => o["contents"] = new JsonObject { ["de_DE"] = new JsonObject { ["name"] = "Beispiel" } }) },
        { "property-type", "7.3 (translations are strings, lists or objects)", "contents.de.name", Make("language-content", o => o["contents"]!["de"]!["name"] = 5) },
        { "empty-dictionary", "7.3 (a language holds translations)", "contents.de", Make("language-content", o => o["contents"]!["de"] = new JsonObject()) },
        { "address-format", "6.8 (IPv4 address or CIDR)", "value", Make("ipv4-addr", o => o["value"] = "198.51.100.300") },
        { "address-format", "6.9 (IPv6 address or CIDR)", "value", Make("ipv6-addr", o => o["value"] = "2001:db8::/129") },
        { "address-format", "6.10 (lower-case MAC-48)", "value", Make("mac-addr", o => o["value"] = "D2-FB-49-24-37-18") },
        { "address-format", "6.5 (no display name in value)", "value", Make("email-addr", o => o["value"] = "John Doe <jdoe@example.com>") },
        { "registry-hive", "6.17 (hive in full)", "key", Make("windows-registry-key", o => o["key"] = "HKLM\\Software\\Foo") },
        { "media-type", "6.1 (artifact mime_type is an IANA media type)", "mime_type", Make("artifact", o => o["mime_type"] = "zip archive") },
        { "language-tag", "6.14 (software languages)", "languages[1]", Make("software", o => o["languages"] = new JsonArray("en", "Deutsch!")) },
        { "timestamp-order", "6.12 (end later than start)", "end", Make("network-traffic", o => { o["start"] = "2024-01-01T00:00:00Z"; o["end"] = "2024-01-01T00:00:00Z"; }) },
        { "reserved-property", "3.5 (reserved property usernames)", "usernames", Make("malware", o => o["usernames"] = new JsonArray("a")) },
        { "observed-data-content", "4.14 (object_refs holds at least one SCO)", "object_refs", Make("observed-data", o => o["object_refs"] = new JsonArray("relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad")) },
        { "hash-name", "2.7 (hash names are a-z, A-Z, 0-9, '-', '_')", "hashes.SHA 256", Make("file", o => o["hashes"] = new JsonObject { ["SHA 256"] = "abc" }) },
        { "property-type", "6.6.2 (MIME part content_type string)", "body_multipart[0].content_type", Make("email-message", o => { o["is_multipart"] = true; o.Remove("body"); o["body_multipart"] = new JsonArray(new JsonObject { ["body"] = "x", ["content_type"] = 1 }); }) },
        { "domain-format", "6.4 (domain name, not a URL)", "value", """{"type":"domain-name","spec_version":"2.1","id":"domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5","value":"https://example.com/path"}""" },
        { "url-format", "6.15 (RFC 3986 URL with a scheme)", "value", """{"type":"url","spec_version":"2.1","id":"url--c1477287-23ac-5971-a010-5c287877fa60","value":"example.com/download here"}""" },
        { "url-format", "6.1 (artifact url is a URL)", "url", Make("artifact", o => { o.Remove("payload_bin"); o["url"] = "not a url"; o["hashes"] = new JsonObject { ["MD5"] = "3773a88f65a5e780c8dff9cdc3a056f3" }; }) },
        { "cpe-format", "6.14 (CPE 2.3 string)", "cpe", Make("software", o => o["cpe"] = "cpe:/a:microsoft:word:2000") },
        { "observed-data-reference", "4.14 (references inside objects resolve to keys)", "objects.1.src_ref", Make("observed-data", o => { o.Remove("object_refs"); o["objects"] = new JsonObject { ["0"] = new JsonObject { ["type"] = "ipv4-addr", ["value"] = "198.51.100.3" }, ["1"] = new JsonObject { ["type"] = "network-traffic", ["src_ref"] = "7", ["protocols"] = new JsonArray("tcp") } }; }) },
        // MUSTs the OASIS stix2-validator checks beyond the JSON schemas.
        { "sco-id-uuidv4", "2.9 (no ID contributing properties present: UUIDv4)", "id", """{"type":"user-account","spec_version":"2.1","id":"user-account--0d5b424b-93b8-5cd8-ac36-306e1789d63c","display_name":"Jane Doe"}""" },
        { "sco-id-uuidv4", "2.9 (process has no ID contributing properties: UUIDv4)", "id", Make("process", o => o["id"] = "process--f52a906a-0dfc-50bd-92f1-e7778ead38a9") },
        { "pattern-path-name", "9.5 (object path property names are valid property names)", "pattern", Make("indicator", o => o["pattern"] = "[file:Name = 'a.exe']") },
        { "character-set", "6.7 (name_enc is an IANA character set)", "name_enc", Make("file", o => o["name_enc"] = "UTF 8 please") },
        { "character-set", "6.3 (path_enc is an IANA character set)", "path_enc", """{"type":"directory","spec_version":"2.1","id":"directory--93c0a9b0-520d-545d-9094-1a08ddf46b05","path":"C:\\Windows","path_enc":"latin one"}""" },
    };

    public static TheoryData<string, string, string, string> Warnings() => new()
    {
        { "open-vocabulary", "6.7.6 (windows-pebinary-type-ov)", "extensions.windows-pebinary-ext.pe_type", Make("file-extensions", o => Ext(o, "windows-pebinary-ext")["pe_type"] = "elf") },
        { "custom-property-prefix", "11.1 (undefined property inside a predefined extension)", "extensions.pdf-ext.author", Make("file-extensions", o => Ext(o, "pdf-ext")["author"] = "x") },
        { "media-type", "6.7 (file mime_type SHOULD be an IANA media type)", "mime_type", Make("file", o => o["mime_type"] = "exe") },
        { "country-code", "4.10 (ISO 3166-1 alpha-2)", "country", Make("location", o => o["country"] = "Japan") },
        { "open-vocabulary", "7.2.1 (definition_type statement or tlp)", "definition_type", Make("marking-definition", o => o["definition_type"] = "copyright") },
        { "hash-value", "10.6 (SSDEEP form)", "hashes.SSDEEP", Make("file", o => o["hashes"] = new JsonObject { ["SSDEEP"] = "not-ssdeep" }) },
        { "hash-value", "10.6 (TLSH form)", "hashes.TLSH", Make("file", o => o["hashes"] = new JsonObject { ["TLSH"] = "T1ABC" }) },
        { "pattern-object-type", "9.5 (object path type is an SCO type)", "pattern", Make("indicator", o => o["pattern"] = "[ipv4-address:value = '198.51.100.1']") },
        { "pattern-property", "9.5 (object path property of the SCO)", "pattern", Make("indicator", o => o["pattern"] = "[file:filename = 'a.exe']") },
        { "protocol-name", "6.12 (lower-case IANA service names)", "protocols[0]", Make("network-traffic", o => o["protocols"] = new JsonArray("TCP")) },
        { "relationship-type-targets", "5.1 (indicates points at a threat, not an identity)", "relationship_type", Make("relationship", o => o["target_ref"] = Identity) },
        { "relationship-type-targets", "5.1 (tool uses only infrastructure)", "relationship_type", Make("relationship", o => { o["relationship_type"] = "uses"; o["source_ref"] = "tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"; o["target_ref"] = "attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061"; }) },
        { "relationship-type-targets", "5.1 (indicator based-on observed-data, not an SCO)", "relationship_type", Make("relationship", o => { o["relationship_type"] = "based-on"; o["target_ref"] = "ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63"; }) },
        { "relationship-type-targets", "5.1 (a custom relationship type instead of a defined or common one)", "relationship_type", Make("relationship", o => { o["relationship_type"] = "x-example-funds"; o["source_ref"] = Identity; }) },
        { "relationship-type-targets", "5.1 (incident has no defined relationships)", "relationship_type", Make("relationship", o => { o["relationship_type"] = "attributed-to"; o["source_ref"] = "incident--9f8a2d3c-1b4e-4f6a-8c7d-2e3f4a5b6c7d"; o["target_ref"] = "intrusion-set--4e6b2d1c-7a8f-4c3e-9b5d-1a2b3c4d5e6f"; }) },
        { "external-reference-hashes", "2.5 (hashes SHOULD accompany a url)", "external_references[0].url", Make("malware", o => o["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "example-blog", ["url"] = "https://blog.example.org/loader" })) },
        { "indicator-name-description", "4.7 (name and description)", "$", Make("indicator", o => o.Remove("description")) },
        { "network-traffic-ports", "6.12 (src_port and dst_port)", "$", Make("network-traffic", o => o.Remove("dst_port")) },
        { "malware-analysis-product", "4.12 (lower-case hyphenated product name)", "product", Make("malware-analysis", o => o["product"] = "Example Sandbox") },
        { "windows-process-priority", "6.13.2 (priority class ending in _CLASS)", "extensions.windows-process-ext.priority", Make("process-extensions", o => Ext(o, "windows-process-ext")["priority"] = "HIGH") },
        { "hash-name", "2.7 (hash names up to 30 characters)", "hashes.x_example_hash_algorithm_with_long_name", Make("file", o => o["hashes"] = new JsonObject { ["x_example_hash_algorithm_with_long_name"] = "abc" }) },
        { "pdf-document-info-key", "6.7.4 (document information dictionary entries)", "extensions.pdf-ext.document_info_dict.PageCount", Make("file-extensions", o => Ext(o, "pdf-ext")["document_info_dict"]!["PageCount"] = "3") },
        { "http-request-header", "6.12.2 (HTTP request header names, case preserved)", "extensions.http-request-ext.request_header.X-Api-Key", Make("network-traffic-extensions", o => Ext(o, "http-request-ext")["request_header"]!["X-Api-Key"] = new JsonArray("curl")) },
        { "socket-option-name", "6.12.4 (socket option constants)", "extensions.socket-ext.options.reuse", Make("network-traffic-extensions", o => Ext(o, "socket-ext")["options"]!["reuse"] = 1) },
        { "ipfix-name", "6.12 (IPFIX information element names)", "ipfix.Min_Length", Make("network-traffic", o => o["ipfix"] = new JsonObject { ["Min_Length"] = 3 }) },
        { "observable-dictionary-key", "6 (lower-case keys in observable dictionaries)", "x_example_info.Owner", Make("file", o => o["x_example_info"] = new JsonObject { ["Owner"] = "x" }) },
        { "observed-data-object-key", "4.14 (objects keys are non-negative integers)", "objects.first", Make("observed-data", o => { o.Remove("object_refs"); o["objects"] = new JsonObject { ["first"] = new JsonObject { ["type"] = "ipv4-addr", ["value"] = "198.51.100.3" } }; }) },
        { "pattern-object-type", "9.5 (custom types named x-<source>-<name>)", "pattern", Make("indicator", o => o["pattern"] = "[x-sensor:reading > 5]") },
        { "sighting-time-window", "5.2 (last_seen equal to first_seen: valid, but rejected by stix2-validator)", "last_seen", Make("sighting", o => { o["first_seen"] = "2024-01-01T00:00:00Z"; o["last_seen"] = "2024-01-01T00:00:00Z"; }) },
        { "custom-property-prefix", "11.1 (x_<source>_<name>)", "x_score", Make("malware", o => o["x_score"] = 3) },
    };

    public static TheoryData<string> ValidExtensionObjects() => ["file-extensions", "network-traffic-extensions", "process-extensions", "user-account-extensions", "x509-certificate", "mac-addr", "ipv6-addr", "software", "domain-name", "url", "email-addr", "attack-pattern", "vulnerability", "tlp2-amber"];

    [Theory]
    [MemberData(nameof(ValidExtensionObjects))]
    public void Validate_ObjectUsingEveryPredefinedExtension_NoFindings(string name)
    {
        // Given: every predefined extension and nested type filled in as the spec's examples do
        var json = Base(name);

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("related-to", "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff", "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b")]
    [InlineData("related-to", "incident--9f8a2d3c-1b4e-4f6a-8c7d-2e3f4a5b6c7d", "intrusion-set--4e6b2d1c-7a8f-4c3e-9b5d-1a2b3c4d5e6f")]
    [InlineData("derived-from", "x-example-asset--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061", "tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    [InlineData("consists-of", "infrastructure--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061", "url--c1477287-23ac-5971-a010-5c287877fa60")]
    [InlineData("resolves-to", "domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5", "ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63")]
    [InlineData("uses", "sighting--ee20065d-2555-424f-ad9e-0f8428623c75", "tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
    public void Validate_RelationshipCommonCustomOrListed_NoTargetWarning(string type, string source, string target)
    {
        // Given: §3.7 common relationships (between any objects, custom ones included), listed SCO pairs, and relationships
        // involving SROs, which the relationship tables do not cover
        var json = Make("relationship", o => { o["relationship_type"] = type; o["source_ref"] = source; o["target_ref"] = target; });

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "relationship-type-targets");
    }

    [Theory]
    [InlineData("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']")]
    [InlineData("[network-traffic:extensions.'http-request-ext'.request_method = 'get']")]
    [InlineData("[x-example-sensor:reading > 5] AND [file:x_example_entropy > 7]")]
    [InlineData("[email-message:from_ref.value = 'a@example.com' AND email-message:body_multipart[*].body_raw_ref.name = 'x.exe']")]
    public void Validate_PatternWithDefinedOrCustomPaths_NoPathWarnings(string pattern)
    {
        // Given: §9.5 object paths through defined properties, extensions, references and x-/x_ custom names
        var json = Make("indicator", o => o["pattern"] = pattern);

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Validate_DefangedAddress_FormatNotChecked()
    {
        // Given: §6 defanged values are deliberately not valid addresses
        var json = Make("ipv4-addr", o => { o["value"] = "198.51.100[.]3"; o["defanged"] = true; });

        // When
        var result = s_validator.Validate(Encoding.UTF8.GetBytes(json));

        // Then
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "address-format");
    }
}
