using System.Text.Json.Nodes;

namespace ThreatLedger.Stix.Tests.Validation;

/// <summary>Valid base objects that the rule fixtures break one property at a time.</summary>
internal static class ValidationFixtures
{
    public const string Identity = "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff";
    public const string Green = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

    private static readonly Dictionary<string, string> s_bases = new()
    {
        ["malware"] = """{"type":"malware","spec_version":"2.1","id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-02T00:00:00.000Z","created_by_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff","name":"Example","is_family":true,"malware_types":["dropper"],"aliases":["Ex"],"description":"d"}""",
        ["indicator"] = """{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","pattern":"[ipv4-addr:value = '198.51.100.1']","pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z","valid_until":"2024-06-01T00:00:00Z"}""",
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
        ["network-traffic"] = """{"type":"network-traffic","spec_version":"2.1","id":"network-traffic--ce17cd3b-f58f-5c13-8550-653d111438ed","src_ref":"ipv4-addr--a69c9c2b-d60e-59f7-ae04-656304b34e63","protocols":["tcp"]}""",
        ["email-message"] = """{"type":"email-message","spec_version":"2.1","id":"email-message--f4cbdeff-5062-59fd-9799-6fe7d1df5701","is_multipart":false,"subject":"hi","body":"text"}""",
        ["windows-registry-key"] = """{"type":"windows-registry-key","spec_version":"2.1","id":"windows-registry-key--f1504b4b-c7bc-58d1-8a40-5eb912cdbda0","key":"HKEY_LOCAL_MACHINE\\System\\Foo"}""",
        ["process"] = """{"type":"process","spec_version":"2.1","id":"process--f52a906a-0dfc-40bd-92f1-e7778ead38a9","pid":1221}""",
    };

    /// <summary>A base object with a change applied.</summary>
    public static string Make(string baseName, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(s_bases[baseName])!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    public static IEnumerable<string> BaseNames => s_bases.Keys;

    public static string Base(string name) => s_bases[name];
}
