using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Tests;

/// <summary>STIX objects the tests seed: every TLP level, inherited and granular markings, versions.</summary>
internal static class TestObjects
{
    public const string SecretMarker = "SECRET-MARKER";
    public const string SecretCollectionMarker = "SECRETCOLL";

    public const string ClearIndicator = "indicator--00000000-0000-4000-8000-000000000001";
    public const string GreenIndicator = "indicator--00000000-0000-4000-8000-000000000002";
    public const string GreenTlp1Indicator = "indicator--00000000-0000-4000-8000-000000000003";
    public const string AmberIndicator = "indicator--00000000-0000-4000-8000-000000000004";
    public const string RedIndicator = "indicator--00000000-0000-4000-8000-000000000005";
    public const string RedTlp1Indicator = "indicator--00000000-0000-4000-8000-000000000006";
    public const string RelationshipToRed = "relationship--00000000-0000-4000-8000-000000000007";
    public const string GranularRed = "indicator--00000000-0000-4000-8000-000000000008";
    public const string CustomRedMarking = "marking-definition--00000000-0000-4000-8000-000000000009";
    public const string CustomRedMarked = "indicator--00000000-0000-4000-8000-00000000000a";
    public const string ReportViaRelationship = "report--00000000-0000-4000-8000-00000000000b";
    public const string UnmarkedIdentity = "identity--00000000-0000-4000-8000-00000000000c";
    public const string Versioned = "indicator--00000000-0000-4000-8000-00000000000d";
    public const string TurnsRed = "indicator--00000000-0000-4000-8000-00000000000e";
    public const string SecretCollectionObject = "indicator--00000000-0000-4000-8000-000000000f01";
    public const string PublicClear = "indicator--00000000-0000-4000-8000-000000000e01";
    public const string PublicGreen = "indicator--00000000-0000-4000-8000-000000000e02";

    /// <summary>Ids whose (latest) content must never reach anyone below RED clearance.</summary>
    public static readonly string[] RedIds = [RedIndicator, RedTlp1Indicator, RelationshipToRed, GranularRed, CustomRedMarked, ReportViaRelationship];

    public static string Indicator(string id, string name, string? marking, string modified = "2024-01-01T00:00:00.000Z", string created = "2024-01-01T00:00:00.000Z", string? extra = null)
    {
        var markings = marking is null ? "" : $",\"object_marking_refs\":[\"{marking}\"]";
        return $"{{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"{id}\",\"created\":\"{created}\",\"modified\":\"{modified}\",\"name\":\"{name}\",\"pattern\":\"[ipv4-addr:value = '198.51.100.1']\",\"pattern_type\":\"stix\",\"valid_from\":\"2024-01-01T00:00:00Z\"{markings}{extra ?? ""}}}";
    }

    /// <summary>Objects of the shared store collection, in insertion order.</summary>
    public static IReadOnlyList<string> Shared() =>
    [
        Indicator(ClearIndicator, "clear indicator", TlpMarkings.Tlp2Clear),
        Indicator(GreenIndicator, "green indicator", TlpMarkings.Tlp2Green),
        Indicator(GreenTlp1Indicator, "green tlp1 indicator", TlpMarkings.Tlp1Green),
        Indicator(AmberIndicator, "amber indicator", TlpMarkings.Tlp2Amber),
        Indicator(RedIndicator, SecretMarker + " red indicator", TlpMarkings.Tlp2Red),
        Indicator(RedTlp1Indicator, SecretMarker + " red tlp1 indicator", TlpMarkings.Tlp1Red),
        $"{{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"{RelationshipToRed}\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"relationship_type\":\"indicates\",\"description\":\"{SecretMarker} link\",\"source_ref\":\"{GreenIndicator}\",\"target_ref\":\"{RedIndicator}\",\"object_marking_refs\":[\"{TlpMarkings.Tlp2Green}\"]}}",
        Indicator(GranularRed, "granular", TlpMarkings.Tlp2Green, extra: $",\"description\":\"{SecretMarker} granular\",\"granular_markings\":[{{\"marking_ref\":\"{TlpMarkings.Tlp2Red}\",\"selectors\":[\"description\"]}}]"),
        $"{{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"{CustomRedMarking}\",\"created\":\"2024-01-01T00:00:00.000Z\",\"definition_type\":\"tlp\",\"name\":\"house red\",\"definition\":{{\"tlp\":\"red\"}}}}",
        Indicator(CustomRedMarked, SecretMarker + " custom red", CustomRedMarking),
        $"{{\"type\":\"report\",\"spec_version\":\"2.1\",\"id\":\"{ReportViaRelationship}\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"{SecretMarker} report\",\"published\":\"2024-01-01T00:00:00Z\",\"object_refs\":[\"{RelationshipToRed}\"],\"object_marking_refs\":[\"{TlpMarkings.Tlp2Green}\"]}}",
        $"{{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"{UnmarkedIdentity}\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"unmarked identity\",\"identity_class\":\"organization\"}}",
        Indicator(Versioned, "versioned v1", TlpMarkings.Tlp2Green, modified: "2024-01-01T00:00:00.000Z"),
        Indicator(Versioned, "versioned v2", TlpMarkings.Tlp2Green, modified: "2024-02-01T00:00:00.000Z"),
        Indicator(Versioned, "versioned v3", TlpMarkings.Tlp2Green, modified: "2024-03-01T00:00:00.000Z"),
        Indicator(TurnsRed, "turns red v1", TlpMarkings.Tlp2Green, modified: "2024-01-01T00:00:00.000Z"),
        Indicator(TurnsRed, SecretMarker + " turns red v2", TlpMarkings.Tlp2Red, modified: "2024-02-01T00:00:00.000Z"),
    ];

    /// <summary>Objects of the secret collection (unmarked: amber by default).</summary>
    public static IReadOnlyList<string> Secret() => [Indicator(SecretCollectionObject, SecretCollectionMarker + " only for the red team", null)];

    /// <summary>Objects of the public collection.</summary>
    public static IReadOnlyList<string> Public() =>
    [
        Indicator(PublicClear, "public clear", TlpMarkings.Tlp2Clear),
        Indicator(PublicGreen, "public but green", TlpMarkings.Tlp2Green),
    ];
}
