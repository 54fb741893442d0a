using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Hunting;

/// <summary>An indicator to hunt for: its STIX id, name and parsed pattern.</summary>
public sealed record HuntIndicator(string Id, string? Name, StixPattern Pattern)
{
    /// <summary>Where the indicator came from (file, JSON path), for messages.</summary>
    public string? Origin { get; init; }
}
