namespace ThreatLedger.Taxii.Configuration;

/// <summary>A group: its TLP clearance and its permissions on collections.</summary>
public sealed class GroupConfig
{
    /// <summary>Group name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The most restrictive TLP level members may receive (clear, green, amber, amber+strict, red).</summary>
    public string Clearance { get; init; } = "clear";

    /// <summary>Per-collection permissions.</summary>
    public List<CollectionPermissionConfig> Collections { get; init; } = [];
}
