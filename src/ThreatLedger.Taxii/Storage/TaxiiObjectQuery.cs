namespace ThreatLedger.Taxii.Storage;

/// <summary>A keyset-paged query over the knowledge base on behalf of one TAXII collection.</summary>
public sealed record TaxiiObjectQuery
{
    /// <summary>The store collection whose members are searched; <c>null</c> means the whole knowledge base.</summary>
    public string? CollectionId { get; init; }

    /// <summary>Leave out objects whose <c>object_marking_refs</c> hold any of these (a pre-filter; TLP rules still run after).</summary>
    public IReadOnlyList<string>? ExcludedMarkingRefs { get; init; }

    /// <summary>Only versions added strictly after this instant.</summary>
    public DateTimeOffset? AddedAfter { get; init; }

    /// <summary>Only versions positioned strictly after this keyset cursor.</summary>
    public PageCursor? After { get; init; }

    /// <summary>The largest number of records to return (the store reads one more to know whether there are more).</summary>
    public int Limit { get; init; } = 100;

    /// <summary><c>match[id]</c>: only these ids.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary><c>match[type]</c>: only these types.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary><c>match[spec_version]</c>: only these spec versions; <c>null</c> means each object's latest spec version.</summary>
    public IReadOnlyList<string>? SpecVersions { get; init; }

    /// <summary><c>match[version]</c>.</summary>
    public VersionFilter Versions { get; init; } = VersionFilter.Latest;
}
