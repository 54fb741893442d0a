using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Tests.Json;

// STIX 2.1 section 2.5: external references built in code must serialize, with and without custom properties.
public sealed class StixJsonExternalReferenceTests
{
    [Fact]
    public void Serialize_ObjectBuiltInCodeWithExternalReference_WritesIt()
    {
        // Given
        var malware = new Malware
        {
            Id = StixId.Parse("malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061"),
            SpecVersion = "2.1",
            Created = StixTimestamp.Parse("2016-05-12T08:17:27.000Z"),
            Modified = StixTimestamp.Parse("2016-05-12T08:17:27.000Z"),
            Name = "Example",
            IsFamily = true,
            ExternalReferences = [new ExternalReference { SourceName = "cve", ExternalId = "CVE-2024-0001" }],
        };

        // When
        var json = StixJson.Serialize(malware);

        // Then
        Assert.Contains("\"external_references\":[{\"source_name\":\"cve\",\"external_id\":\"CVE-2024-0001\"}]", json, StringComparison.Ordinal);
        var again = StixJson.ParseObject(json);
        Assert.Equal("CVE-2024-0001", Assert.Single(again.ExternalReferences!).ExternalId);
    }
}
