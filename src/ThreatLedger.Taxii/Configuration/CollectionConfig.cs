namespace ThreatLedger.Taxii.Configuration;

/// <summary>A TAXII collection: a plain store, or a read-only view of the knowledge base.</summary>
public sealed class CollectionConfig
{
    /// <summary>The collection id (a UUID, as TAXII 2.1 requires).</summary>
    public string Id { get; init; } = "";

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Optional alias.</summary>
    public string? Alias { get; init; }

    /// <summary><c>store</c> (objects are added to it) or <c>view</c> (a filtered read-only window).</summary>
    public string Kind { get; init; } = "store";

    /// <summary>
    /// The most restrictive TLP level this collection may ever serve. TLP:RED leaves a collection only when this
    /// is explicitly <c>red</c>; the default is <c>amber+strict</c>.
    /// </summary>
    public string MaxTlp { get; init; } = "amber+strict";

    /// <summary>Whether clients with <c>can_write</c> may delete objects from this (store) collection.</summary>
    public bool AllowDelete { get; init; }

    /// <summary>Whether unauthenticated clients may read this collection (at <see cref="TaxiiConfig"/>'s anonymous clearance: TLP:CLEAR).</summary>
    public bool AnonymousRead { get; init; }

    /// <summary>
    /// For stores: STIX bundle files (paths relative to the configuration file) loaded into the collection at start-up.
    /// Loading is idempotent: versions already stored are left unchanged.
    /// </summary>
    public List<string> Load { get; init; } = [];

    /// <summary>For views: what the view selects.</summary>
    public ViewConfig? View { get; init; }
}
