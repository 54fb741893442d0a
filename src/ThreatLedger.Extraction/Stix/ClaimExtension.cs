using System.Text.Json.Nodes;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Stix;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Extraction.Stix;

/// <summary>
/// The property extension that carries what STIX has no property for: a claim's kind, stance, hedging cues,
/// evidence span, source kind/count/cited-via, and an incident's type and normalised time. Declared by one
/// <c>extension-definition</c> (fixed id and content, created by the ThreatLedger identity) in every bundle.
/// </summary>
public static class ClaimExtension
{
    /// <summary>The extension definition's id (fixed: the same definition in every bundle).</summary>
    public static readonly StixId Id = StixId.Parse("extension-definition--6a1f7c3e-2b4d-4e8a-9f51-3c7d2e9b8a40");

    /// <summary>The ThreatLedger identity that created the definition.</summary>
    public static readonly StixId CreatorId = StixId.Parse("identity--0c8e3f1a-5d2b-4a7e-8c69-1f4b7d2e9a35");

    /// <summary>Where the schema is documented.</summary>
    public const string SchemaUrl = "https://github.com/threatledger/threatledger/blob/main/docs/extraction.md#stix-claim-extension";

    private static readonly StixTimestamp s_created = StixTimestamp.Parse("2026-01-01T00:00:00.000Z");

    // Version 1.1.0 added incident_role; a changed definition is a new version of the object, with a later modified (§3.6).
    private static readonly StixTimestamp s_modified = StixTimestamp.Parse("2026-11-26T00:00:00.000Z");

    /// <summary>
    /// The extension's properties on an <c>incident</c>: its type and normalised time (start, end, discovered,
    /// disclosed, duration, dwell_days), each only when known.
    /// </summary>
    public static JsonObject IncidentProperties(string incidentType, EventTime? time)
    {
        var properties = new JsonObject { ["extension_type"] = "property-extension", ["incident_type"] = incidentType };
        if (time is null)
        {
            return properties;
        }

        foreach (var (name, value) in new[] { ("start", time.Start), ("end", time.End), ("discovered", time.Discovered), ("disclosed", time.Disclosed), ("duration", time.Duration) })
        {
            if (value is not null)
            {
                properties[name] = value;
            }
        }

        if (time.DwellDays is { } dwell)
        {
            properties["dwell_days"] = dwell;
        }

        return properties;
    }

    /// <summary>The identity of ThreatLedger, creator of the extension definition.</summary>
    public static Identity Creator => new()
    {
        Id = CreatorId,
        SpecVersion = "2.1",
        Created = s_created,
        Modified = s_created,
        Name = "ThreatLedger",
        IdentityClass = "system",
        Description = "ThreatLedger extraction: incidents, entities and sourced attribution claims read from reporting.",
    };

    /// <summary>The extension definition.</summary>
    public static ExtensionDefinition Definition => new()
    {
        Id = Id,
        SpecVersion = "2.1",
        Created = s_created,
        Modified = s_modified,
        CreatedByRef = CreatorId,
        Name = "ThreatLedger attribution claim",
        Description = "Claim details STIX has no property for: claim_kind (attribution, denial, no-attribution, alternative-hypothesis, "
            + "counter-accusation, severity-dispute), stance, hedging_cues, evidence (text and character offsets), source_name, "
            + "source_kind, source_count, cited_via, accused, accused_country; on incidents: incident_type, trigger, start, end, discovered, "
            + "disclosed, duration, dwell_days, compromised_data; on related-to relationships from an incident: incident_role (victim, target, "
            + "accused: what the target object is to the incident, as STIX 2.1 defines no relationships for incident).",
        Schema = SchemaUrl,
        Version = "1.1.0",
        ExtensionTypes = ["property-extension"],
    };
}
