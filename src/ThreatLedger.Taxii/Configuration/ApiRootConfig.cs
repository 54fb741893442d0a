namespace ThreatLedger.Taxii.Configuration;

/// <summary>One API root: served at <c>/{name}/</c>.</summary>
public sealed class ApiRootConfig
{
    /// <summary>The URL path segment (letters, digits, '-', '_', '.').</summary>
    public string Name { get; init; } = "";

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>The collections of this API root.</summary>
    public List<CollectionConfig> Collections { get; init; } = [];
}
