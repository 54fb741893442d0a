using ThreatLedger.Extraction.Stix;
using ThreatLedger.Stix;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Knowledge.Export;

/// <summary>
/// The property extension that carries the knowledge base's assessment where STIX has no property for it: on an
/// incident merged from many reports, how many reports and independent sources it rests on; on an
/// <c>attributed-to</c> relationship from it, the hypothesis's probability, its ICD 203 words and the independent
/// sources for and against. Declared by one <c>extension-definition</c> (fixed id and content).
/// </summary>
public static class AssessmentExtension
{
    /// <summary>The extension definition's id (fixed: the same definition in every export).</summary>
    public static readonly StixId Id = StixId.Parse("extension-definition--3b9e5d27-8c41-4f0a-a6d2-7e15c9b04f83");

    /// <summary>Where the schema is documented.</summary>
    public const string SchemaUrl = "https://github.com/threatledger/threatledger/blob/main/docs/knowledge.md#assessments-as-stix";

    private static readonly StixTimestamp s_created = StixTimestamp.Parse("2026-11-26T00:00:00.000Z");

    /// <summary>The knowledge base as the producer of its own conclusions (an identity of class <c>system</c>).</summary>
    public static readonly StixId KnowledgeBaseId = StixId.Parse("identity--8d4c2a91-6f3e-4b7d-9a05-c1e8f27b3d64");

    /// <summary>The identity that creates the merged incidents and the assessed attributions.</summary>
    public static Identity KnowledgeBase => new()
    {
        Id = KnowledgeBaseId,
        SpecVersion = "2.1",
        Created = s_created,
        Modified = s_created,
        Name = "ThreatLedger knowledge base",
        IdentityClass = "system",
        Description = "Incidents merged from many reports and attribution hypotheses assessed from every sourced claim, counting relays of one source once.",
    };

    /// <summary>The extension definition.</summary>
    public static ExtensionDefinition Definition => new()
    {
        Id = Id,
        SpecVersion = "2.1",
        Created = s_created,
        Modified = s_created,
        CreatedByRef = ClaimExtension.CreatorId,
        Name = "ThreatLedger attribution assessment",
        Description = "Knowledge-base assessment STIX has no property for: on incidents, reports and independent_sources; on attributed-to "
            + "relationships, hypothesis (its label), level (actor or state), probability (0-1), estimative_probability (ICD 203 words), "
            + "independent_sources_for, independent_sources_against and claims (how many claims speak to it).",
        Schema = SchemaUrl,
        Version = "1.0.0",
        ExtensionTypes = ["property-extension"],
    };
}
