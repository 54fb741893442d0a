using System.Text.Json;
using System.Text.Json.Nodes;
using ThreatLedger.Stix.Identifiers;

namespace ThreatLedger.Stix.Tests.Validation;

/// <summary>Valid base objects that the rule fixtures break one property at a time.</summary>
internal static class ValidationFixtures
{
    public const string Identity = "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff";
    public const string Green = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

    private static readonly Dictionary<string, string> s_bases = new()
    {
        ["malware"] = """{"type":"malware","spec_version":"2.1","id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-02T00:00:00.000Z","created_by_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff","name":"Example","is_family":true,"malware_types":["dropper"],"aliases":["Ex"],"description":"d"}""",
        ["indicator"] = """{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"C2 address","description":"Command-and-control server of the example campaign.","pattern":"[ipv4-addr:value = '198.51.100.1']","pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z","valid_until":"2024-06-01T00:00:00Z"}""",
        ["relationship"] = """{"type":"relationship","spec_version":"2.1","id":"relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","relationship_type":"indicates","source_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","target_ref":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}""",
        ["sighting"] = """{"type":"sighting","spec_version":"2.1","id":"sighting--ee20065d-2555-424f-ad9e-0f8428623c75","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","sighting_of_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","count":2}""",
        ["location"] = """{"type":"location","spec_version":"2.1","id":"location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","region":"eastern-asia"}""",
        ["malware-analysis"] = """{"type":"malware-analysis","spec_version":"2.1","id":"malware-analysis--d25167b7-fed0-4068-9ccd-a73dd2c5b07c","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","product":"sandbox","result":"malicious"}""",
        ["observed-data"] = """{"type":"observed-data","spec_version":"2.1","id":"observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","first_observed":"2024-01-01T00:00:00Z","last_observed":"2024-01-01T01:00:00Z","number_observed":1,"object_refs":["ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63"]}""",
        ["opinion"] = """{"type":"opinion","spec_version":"2.1","id":"opinion--b01efc25-77b4-4003-b18b-f6e24b5cd9f7","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","opinion":"agree","object_refs":["malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"]}""",
        ["marking-definition"] = """{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--a2f5d6e0-3f4b-4c3e-9b47-8a52a1d2d9a1","created":"2024-01-01T00:00:00.000Z","definition_type":"statement","definition":{"statement":"Copyright Example"}}""",
        ["tlp-green"] = """{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da","created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","name":"TLP:GREEN","definition":{"tlp":"green"}}""",
        ["extension-definition"] = """{"type":"extension-definition","spec_version":"2.1","id":"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","created_by_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff","name":"ext","schema":"https://example.org/s.json","version":"1.0.0","extension_types":["property-extension"]}""",
        ["language-content"] = """{"type":"language-content","spec_version":"2.1","id":"language-content--b86bd89f-98bb-4fa9-8cb2-9ad421da981d","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","object_ref":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b","contents":{"de":{"name":"Beispiel"}}}""",
        ["artifact"] = """{"type":"artifact","spec_version":"2.1","id":"artifact--0c8688eb-f7da-5826-b736-d10a8ba9e49e","payload_bin":"VGhpcyBpcyBhIHRlc3Q="}""",
        ["file"] = """{"type":"file","spec_version":"2.1","id":"file--a207207b-2343-564f-8fd3-d414bb175e82","name":"a.exe","hashes":{"MD5":"3773a88f65a5e780c8dff9cdc3a056f3"}}""",
        ["ipv4-addr"] = """{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63","value":"198.51.100.3"}""",
        ["autonomous-system"] = """{"type":"autonomous-system","spec_version":"2.1","id":"autonomous-system--e02934a4-4f5c-5edc-8f2a-1be28b995d85","number":15139}""",
        ["network-traffic"] = """{"type":"network-traffic","spec_version":"2.1","id":"network-traffic--00000000-0000-4000-8000-000000000000","src_ref":"ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63","src_port":49152,"dst_port":443,"protocols":["tcp"]}""",
        ["email-message"] = """{"type":"email-message","spec_version":"2.1","id":"email-message--f4cbdeff-5062-59fd-9799-6fe7d1df5701","is_multipart":false,"subject":"hi","body":"text"}""",
        ["windows-registry-key"] = """{"type":"windows-registry-key","spec_version":"2.1","id":"windows-registry-key--f1504b4b-c7bc-58d1-8a40-5eb912cdbda0","key":"HKEY_LOCAL_MACHINE\\System\\Foo"}""",
        ["process"] = """{"type":"process","spec_version":"2.1","id":"process--f52a906a-0dfc-40bd-92f1-e7778ead38a9","pid":1221}""",
        ["file-extensions"] = """{"type":"file","spec_version":"2.1","id":"file--00000000-0000-4000-8000-000000000000","name":"setup.exe","hashes":{"SHA-256":"aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"},"extensions":{"archive-ext":{"contains_refs":["file--a207207b-2343-564f-8fd3-d414bb175e82","directory--93c0a9b0-520d-545d-9094-1a08ddf46b05"],"comment":"packed"},"ntfs-ext":{"sid":"S-1-5-21-1","alternate_data_streams":[{"name":"Zone.Identifier","size":26,"hashes":{"MD5":"3773a88f65a5e780c8dff9cdc3a056f3"}}]},"pdf-ext":{"version":"1.7","is_optimized":false,"document_info_dict":{"Title":"Invoice","Producer":"Writer"},"pdfid0":"DFCE52BD827ECF765649852119D","pdfid1":"57A1E0F9ED2AE523E313C"},"raster-image-ext":{"image_height":768,"image_width":1024,"bits_per_pixel":72,"exif_tags":{"Make":"Example","XResolution":4928}},"windows-pebinary-ext":{"pe_type":"exe","machine_hex":"014c","number_of_sections":4,"time_date_stamp":"2016-01-22T12:31:12Z","characteristics_hex":"818f","optional_header":{"magic_hex":"010b","size_of_code":4096,"address_of_entry_point":6144,"hashes":{"SHA-256":"e59c55ab8c8f2e0f8b7b1e7c7b6d8e3d1c0e0f1f2a3b4c5d6e7f8a9b0c1d2e3f"}},"sections":[{"name":".text","size":4096,"entropy":7.980693,"hashes":{"SHA-256":"6e3b1d7b2f8d1a2c5b4e3f6a7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c"}}]}}}""",
        ["network-traffic-extensions"] = """{"type":"network-traffic","spec_version":"2.1","id":"network-traffic--00000000-0000-4000-8000-000000000000","src_ref":"ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63","src_port":49152,"dst_port":80,"protocols":["ipv4","tcp","http"],"extensions":{"http-request-ext":{"request_method":"get","request_value":"/download.html","request_version":"http/1.1","request_header":{"Accept-Encoding":["gzip,deflate"],"Host":["www.example.com"]},"message_body_length":0,"message_body_data_ref":"artifact--0c8688eb-f7da-5826-b736-d10a8ba9e49e"},"icmp-ext":{"icmp_type_hex":"08","icmp_code_hex":"00"},"socket-ext":{"address_family":"AF_INET","is_listening":true,"socket_type":"SOCK_STREAM","options":{"SO_REUSEADDR":1},"socket_descriptor":3},"tcp-ext":{"src_flags_hex":"00000002"}}}""",
        ["process-extensions"] = """{"type":"process","spec_version":"2.1","id":"process--07bc30ca-ebc2-4579-881d-b9cdc7f2b33c","pid":314,"extensions":{"windows-process-ext":{"aslr_enabled":true,"dep_enabled":true,"priority":"HIGH_PRIORITY_CLASS","owner_sid":"S-1-5-21-186985262-1144665072-74031268-1309","integrity_level":"high","startup_info":{"lpTitle":"x"}},"windows-service-ext":{"service_name":"sirvizio","descriptions":["A service"],"display_name":"Sirvizio","start_type":"SERVICE_AUTO_START","service_type":"SERVICE_WIN32_OWN_PROCESS","service_status":"SERVICE_RUNNING","service_dll_refs":["file--a207207b-2343-564f-8fd3-d414bb175e82"]}}}""",
        ["user-account-extensions"] = """{"type":"user-account","spec_version":"2.1","id":"user-account--00000000-0000-4000-8000-000000000000","user_id":"1001","account_login":"jdoe","account_type":"unix","extensions":{"unix-account-ext":{"gid":1001,"groups":["wheel"],"home_dir":"/home/jdoe","shell":"/bin/bash"}}}""",
        ["x509-certificate"] = """{"type":"x509-certificate","spec_version":"2.1","id":"x509-certificate--00000000-0000-4000-8000-000000000000","serial_number":"36:f7:d4:32:f4:ab:70:ea:d3:ce:98:6e:ea:99:93:49:32:0a:b7:06","x509_v3_extensions":{"basic_constraints":"critical,CA:TRUE","private_key_usage_period_not_before":"2016-03-12T12:00:00Z"}}""",
        ["mac-addr"] = """{"type":"mac-addr","spec_version":"2.1","id":"mac-addr--00000000-0000-4000-8000-000000000000","value":"d2:fb:49:24:37:18"}""",
        ["ipv6-addr"] = """{"type":"ipv6-addr","spec_version":"2.1","id":"ipv6-addr--00000000-0000-4000-8000-000000000000","value":"2001:db8::/96"}""",
        ["software"] = """{"type":"software","spec_version":"2.1","id":"software--00000000-0000-4000-8000-000000000000","name":"Word","cpe":"cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*","languages":["en","de-CH"]}""",
        ["domain-name"] = """{"type":"domain-name","spec_version":"2.1","id":"domain-name--00000000-0000-4000-8000-000000000000","value":"xn--bcher-kva.example"}""",
        ["url"] = """{"type":"url","spec_version":"2.1","id":"url--00000000-0000-4000-8000-000000000000","value":"https://example.com/research/index.html?q=1"}""",
        ["email-addr"] = """{"type":"email-addr","spec_version":"2.1","id":"email-addr--00000000-0000-4000-8000-000000000000","value":"jdoe@example.com","display_name":"John Doe"}""",
        ["attack-pattern"] = """{"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"Spear Phishing","lang":"en","external_references":[{"source_name":"capec","external_id":"CAPEC-163"}]}""",
        ["vulnerability"] = """{"type":"vulnerability","spec_version":"2.1","id":"vulnerability--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"CVE-2016-1234","external_references":[{"source_name":"cve","external_id":"CVE-2016-1234"}]}""",
        ["tlp2-amber"] = """{"type":"marking-definition","spec_version":"2.1","id":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","created_by_ref":"identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01","created":"2022-10-01T00:00:00.000Z","name":"TLP:AMBER","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"amber"}}}""",
    };

    /// <summary>A base object with a change applied.</summary>
    public static string Make(string baseName, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Base(baseName))!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    public static IEnumerable<string> BaseNames => s_bases.Keys;

    /// <summary>The base object; SCO fixtures written with the placeholder UUID get their deterministic UUIDv5 id (§2.9).</summary>
    public static string Base(string name)
    {
        var json = s_bases[name];
        if (!json.Contains("--00000000-0000-4000-8000-000000000000", StringComparison.Ordinal))
        {
            return json;
        }

        var node = JsonNode.Parse(json)!.AsObject();
        using var document = JsonDocument.Parse(json);
        var type = node["type"]!.GetValue<string>();
        node["id"] = (ScoIdGenerator.TryCompute(type, document.RootElement) ?? throw new InvalidOperationException(name + " has no ID contributing properties")).ToString();
        return node.ToJsonString();
    }
}
