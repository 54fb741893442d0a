namespace ThreatLedger.Taxii.Configuration;

/// <summary>The server configuration file (JSON, snake_case property names).</summary>
public sealed class TaxiiConfig
{
    /// <summary>Discovery title.</summary>
    public string Title { get; init; } = "ThreatLedger TAXII 2.1 server";

    /// <summary>Discovery description.</summary>
    public string? Description { get; init; }

    /// <summary>Discovery contact.</summary>
    public string? Contact { get; init; }

    /// <summary>Name of the default API root (must be one of <see cref="ApiRoots"/>).</summary>
    public string? DefaultApiRoot { get; init; }

    /// <summary>The TLP level assumed for objects that carry no TLP marking.</summary>
    public string UnmarkedTlp { get; init; } = "amber";

    /// <summary>Request limits.</summary>
    public LimitsConfig Limits { get; init; } = new();

    /// <summary>API roots and their collections.</summary>
    public List<ApiRootConfig> ApiRoots { get; init; } = [];

    /// <summary>Groups: clearance and per-collection permissions.</summary>
    public List<GroupConfig> Groups { get; init; } = [];

    /// <summary>Users: password hashes, API token hashes and group membership.</summary>
    public List<UserConfig> Users { get; init; } = [];
}
