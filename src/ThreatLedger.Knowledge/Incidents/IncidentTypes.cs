using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Knowledge.Incidents;

/// <summary>Which event types can describe the same incident, and which type names an incident best.</summary>
public static class IncidentTypes
{
    private static readonly Dictionary<string, string> s_family = new(StringComparer.Ordinal)
    {
        [EventTypes.Intrusion] = "intrusion",
        [EventTypes.Databreach] = "intrusion",
        [EventTypes.Espionage] = "intrusion",
        [EventTypes.Phishing] = "intrusion",
        [EventTypes.SupplyChain] = "intrusion",
        [EventTypes.Ransom] = "disruptive",
        [EventTypes.Wiper] = "disruptive",
        [EventTypes.Disruption] = "disruptive",
        [EventTypes.DDoS] = "ddos",
        [EventTypes.Defacement] = "defacement",
    };

    /// <summary>Types that describe the incident itself (not its discovery or patching).</summary>
    public static bool IsIncident(string type) => s_family.ContainsKey(type);

    /// <summary>
    /// Compatible when both are in one family (intrusion: Intrusion, Databreach, Espionage, Phishing, SupplyChain;
    /// disruptive: Ransom, Wiper, Disruption; DDoS; Defacement), or when one is of the intrusion family and the other
    /// disruptive: ransomware crews get in by phishing and steal data first, and a wiper or ransomware can be the last
    /// act (or the smokescreen) of an espionage intrusion.
    /// </summary>
    public static bool Compatible(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var fa = s_family.GetValueOrDefault(a);
        var fb = s_family.GetValueOrDefault(b);
        if (fa is null || fb is null)
        {
            return false;
        }

        return fa == fb
            || (fa == "disruptive" && fb == "intrusion")
            || (fb == "disruptive" && fa == "intrusion");
    }

    /// <summary>Incident types from most to least specific: a ransomware attack that leaked data is a ransomware incident.</summary>
    private static readonly string[] s_specificity =
    [
        EventTypes.Ransom, EventTypes.Wiper, EventTypes.SupplyChain, EventTypes.Espionage, EventTypes.Disruption, EventTypes.DDoS,
        EventTypes.Defacement, EventTypes.Databreach, EventTypes.Phishing, EventTypes.Intrusion,
    ];

    /// <summary>The most specific type any report gives (see the order above); Intrusion when there is none.</summary>
    public static string Best(IEnumerable<string> types)
    {
        var present = types.ToHashSet(StringComparer.Ordinal);
        return s_specificity.FirstOrDefault(present.Contains) ?? EventTypes.Intrusion;
    }
}
