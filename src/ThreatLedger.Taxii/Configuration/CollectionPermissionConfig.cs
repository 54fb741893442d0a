namespace ThreatLedger.Taxii.Configuration;

/// <summary>A group's permission on one collection.</summary>
public sealed class CollectionPermissionConfig
{
    /// <summary>The collection id.</summary>
    public string Id { get; init; } = "";

    /// <summary>May read (objects, manifest, versions).</summary>
    public bool CanRead { get; init; }

    /// <summary>May add (and, where the collection allows it, delete) objects.</summary>
    public bool CanWrite { get; init; }
}
