namespace ThreatLedger.Extraction.Model;

/// <summary>Event types: the five of the CASIE ontology, extended.</summary>
public static class EventTypes
{
    // CASIE
    public const string Databreach = "Databreach";
    public const string Phishing = "Phishing";
    public const string Ransom = "Ransom";
    public const string Discover = "Discover";
    public const string Patch = "Patch";
    // Extensions
    public const string Intrusion = "Intrusion";
    public const string Espionage = "Espionage";
    public const string Disruption = "Disruption";
    public const string DDoS = "DDoS";
    public const string Wiper = "Wiper";
    public const string SupplyChain = "SupplyChain";
    public const string Defacement = "Defacement";

    /// <summary>The types CASIE annotates (the only ones written by <c>--format casie</c>).</summary>
    public static readonly IReadOnlySet<string> Casie = new HashSet<string>(StringComparer.Ordinal)
    {
        Databreach, Phishing, Ransom, Discover, Patch,
    };
}
