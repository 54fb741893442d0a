namespace ThreatLedger.Knowledge.Resolution;

/// <summary>
/// Readable names for STIX industry sectors (industry-sector-ov), for incidents whose victim is a targeted sector rather
/// than a named organisation: "government-national" reads "national government sector".
/// </summary>
public static class SectorNames
{
    private static readonly Dictionary<string, string> s_words = new(StringComparer.Ordinal)
    {
        ["government-emergency-services"] = "government emergency services",
        ["government-local"] = "local government",
        ["government-national"] = "national government",
        ["government-public-services"] = "government public services",
        ["government-regional"] = "regional government",
        ["hospitality-leisure"] = "hospitality and leisure",
        ["infrastructure-dams"] = "dams",
        ["infrastructure-nuclear"] = "nuclear",
        ["infrastructure-water"] = "water",
    };

    /// <summary>The sector's name as a victim: its words, then "sector".</summary>
    public static string Label(string sector)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sector);
        var words = s_words.TryGetValue(sector, out var known) ? known : sector.Replace('-', ' ');
        return words + " sector";
    }
}
