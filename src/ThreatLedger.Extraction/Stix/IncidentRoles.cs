namespace ThreatLedger.Extraction.Stix;

/// <summary>
/// Values of the claim extension's <c>incident_role</c> on a <c>related-to</c> relationship from an incident: what the
/// target object is to the incident. STIX 2.1 defines no relationships for <c>incident</c> (§4.6), so the links use the
/// common <c>related-to</c> (§3.7) and carry the role here.
/// </summary>
public static class IncidentRoles
{
    /// <summary>The organisation the incident happened to.</summary>
    public const string Victim = "victim";

    /// <summary>A system or other object hit in the incident.</summary>
    public const string Target = "target";

    /// <summary>An actor or state a claim holds responsible (the claim's kind says for, alternative or counter-accusation).</summary>
    public const string Accused = "accused";
}
