namespace ThreatLedger.Taxii.Configuration;

/// <summary>The selection of a view collection.</summary>
public sealed class ViewConfig
{
    /// <summary>
    /// The store collection the view reads from (for example one analyst group's workspace collection); absent means
    /// the whole knowledge base.
    /// </summary>
    public string? SourceCollection { get; init; }

    /// <summary>When set, only objects carrying at least one of these marking definition ids.</summary>
    public List<string> MarkingRefs { get; init; } = [];

    /// <summary>When set, only objects of these STIX types.</summary>
    public List<string> Types { get; init; } = [];
}
