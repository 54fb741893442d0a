using System.Collections.Frozen;

namespace ThreatLedger.Stix.Validation;

internal static partial class StixSchema
{
    private static readonly FrozenDictionary<string, EmbeddedSchema> s_embedded = BuildEmbedded();

    /// <summary>The schema of a predefined SCO extension or nested type, or null.</summary>
    public static EmbeddedSchema? FindEmbedded(string name) => s_embedded.GetValueOrDefault(name);

    private static PropertySchema P(string name, PropertyKind kind, bool required = false, string[]? targets = null, string? embedded = null) => new(name, kind, required, targets, embedded);

    // STIX 2.1 sections 6.7.2-6.7.6, 6.12.2-6.12.5, 6.13.2-6.13.3, 6.16.2 and 6.18.2.
    private static FrozenDictionary<string, EmbeddedSchema> BuildEmbedded() => new EmbeddedSchema[]
    {
        new("archive-ext", "6.7.2", [P("contains_refs", PropertyKind.ReferenceList, true, ["file", "directory"]), P("comment", PropertyKind.String)], false),
        new("ntfs-ext", "6.7.3", [P("sid", PropertyKind.String), P("alternate_data_streams", PropertyKind.EmbeddedList, embedded: "alternate-data-stream")], true),
        new("alternate-data-stream", "6.7.3.1", [P("name", PropertyKind.String, true), P("hashes", PropertyKind.Hashes), P("size", PropertyKind.NonNegativeInteger)], false),
        new("pdf-ext", "6.7.4", [P("version", PropertyKind.String), P("is_optimized", PropertyKind.Boolean), P("document_info_dict", PropertyKind.StringDictionary), P("pdfid0", PropertyKind.String), P("pdfid1", PropertyKind.String)], true),
        new("raster-image-ext", "6.7.5", [P("image_height", PropertyKind.Integer), P("image_width", PropertyKind.Integer), P("bits_per_pixel", PropertyKind.Integer), P("exif_tags", PropertyKind.StringOrIntegerDictionary)], true),
        new("windows-pebinary-ext", "6.7.6",
        [
            P("pe_type", PropertyKind.String, true), P("imphash", PropertyKind.String), P("machine_hex", PropertyKind.Hex), P("number_of_sections", PropertyKind.NonNegativeInteger),
            P("time_date_stamp", PropertyKind.TimestampSeconds), P("pointer_to_symbol_table_hex", PropertyKind.Hex), P("number_of_symbols", PropertyKind.NonNegativeInteger),
            P("size_of_optional_header", PropertyKind.NonNegativeInteger), P("characteristics_hex", PropertyKind.Hex), P("file_header_hashes", PropertyKind.Hashes),
            P("optional_header", PropertyKind.Embedded, embedded: "windows-pe-optional-header"), P("sections", PropertyKind.EmbeddedList, embedded: "windows-pe-section"),
        ], false),
        new("windows-pe-optional-header", "6.7.6.1",
        [
            P("magic_hex", PropertyKind.Hex), P("major_linker_version", PropertyKind.Integer), P("minor_linker_version", PropertyKind.Integer), P("size_of_code", PropertyKind.NonNegativeInteger),
            P("size_of_initialized_data", PropertyKind.NonNegativeInteger), P("size_of_uninitialized_data", PropertyKind.NonNegativeInteger), P("address_of_entry_point", PropertyKind.Integer),
            P("base_of_code", PropertyKind.Integer), P("base_of_data", PropertyKind.Integer), P("image_base", PropertyKind.Integer), P("section_alignment", PropertyKind.Integer),
            P("file_alignment", PropertyKind.Integer), P("major_os_version", PropertyKind.Integer), P("minor_os_version", PropertyKind.Integer), P("major_image_version", PropertyKind.Integer),
            P("minor_image_version", PropertyKind.Integer), P("major_subsystem_version", PropertyKind.Integer), P("minor_subsystem_version", PropertyKind.Integer),
            P("win32_version_value_hex", PropertyKind.Hex), P("size_of_image", PropertyKind.NonNegativeInteger), P("size_of_headers", PropertyKind.NonNegativeInteger), P("checksum_hex", PropertyKind.Hex),
            P("subsystem_hex", PropertyKind.Hex), P("dll_characteristics_hex", PropertyKind.Hex), P("size_of_stack_reserve", PropertyKind.NonNegativeInteger),
            P("size_of_stack_commit", PropertyKind.NonNegativeInteger), P("size_of_heap_reserve", PropertyKind.NonNegativeInteger), P("size_of_heap_commit", PropertyKind.NonNegativeInteger),
            P("loader_flags_hex", PropertyKind.Hex), P("number_of_rva_and_sizes", PropertyKind.Integer), P("hashes", PropertyKind.Hashes),
        ], true),
        new("windows-pe-section", "6.7.6.2", [P("name", PropertyKind.String, true), P("size", PropertyKind.NonNegativeInteger), P("entropy", PropertyKind.Float), P("hashes", PropertyKind.Hashes)], false),
        new("http-request-ext", "6.12.2",
        [
            P("request_method", PropertyKind.String, true), P("request_value", PropertyKind.String, true), P("request_version", PropertyKind.String),
            P("request_header", PropertyKind.StringListDictionary), P("message_body_length", PropertyKind.NonNegativeInteger), P("message_body_data_ref", PropertyKind.Reference, targets: ["artifact"]),
        ], false),
        new("icmp-ext", "6.12.3", [P("icmp_type_hex", PropertyKind.Hex, true), P("icmp_code_hex", PropertyKind.Hex, true)], false),
        new("socket-ext", "6.12.4",
        [
            P("address_family", PropertyKind.String, true), P("is_blocking", PropertyKind.Boolean), P("is_listening", PropertyKind.Boolean), P("options", PropertyKind.IntegerDictionary),
            P("socket_type", PropertyKind.String), P("socket_descriptor", PropertyKind.NonNegativeInteger), P("socket_handle", PropertyKind.Integer),
        ], false),
        new("tcp-ext", "6.12.5", [P("src_flags_hex", PropertyKind.Hex), P("dst_flags_hex", PropertyKind.Hex)], true),
        new("windows-process-ext", "6.13.2",
        [
            P("aslr_enabled", PropertyKind.Boolean), P("dep_enabled", PropertyKind.Boolean), P("priority", PropertyKind.String), P("owner_sid", PropertyKind.String),
            P("window_title", PropertyKind.String), P("startup_info", PropertyKind.Dictionary), P("integrity_level", PropertyKind.String),
        ], true),
        new("windows-service-ext", "6.13.3",
        [
            P("service_name", PropertyKind.String), P("descriptions", PropertyKind.StringList), P("display_name", PropertyKind.String), P("group_name", PropertyKind.String),
            P("start_type", PropertyKind.String), P("service_dll_refs", PropertyKind.ReferenceList, targets: ["file"]), P("service_type", PropertyKind.String), P("service_status", PropertyKind.String),
        ], true),
        new("unix-account-ext", "6.16.2", [P("gid", PropertyKind.Integer), P("groups", PropertyKind.StringList), P("home_dir", PropertyKind.String), P("shell", PropertyKind.String)], true),
        new("windows-registry-value", "6.17.2", [P("name", PropertyKind.String), P("data", PropertyKind.String), P("data_type", PropertyKind.String)], true),
        new("x509-v3-extensions", "6.18.2",
        [
            P("basic_constraints", PropertyKind.String), P("name_constraints", PropertyKind.String), P("policy_constraints", PropertyKind.String), P("key_usage", PropertyKind.String),
            P("extended_key_usage", PropertyKind.String), P("subject_key_identifier", PropertyKind.String), P("authority_key_identifier", PropertyKind.String),
            P("subject_alternative_name", PropertyKind.String), P("issuer_alternative_name", PropertyKind.String), P("subject_directory_attributes", PropertyKind.String),
            P("crl_distribution_points", PropertyKind.String), P("inhibit_any_policy", PropertyKind.String), P("private_key_usage_period_not_before", PropertyKind.Timestamp),
            P("private_key_usage_period_not_after", PropertyKind.Timestamp), P("certificate_policies", PropertyKind.String), P("policy_mappings", PropertyKind.String),
        ], true),
    }.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
}
