using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Configuration;

/// <summary>A validated collection.</summary>
public sealed record CollectionSettings
{
    /// <summary>The collection id.</summary>
    public required string Id { get; init; }

    /// <summary>The API root it belongs to.</summary>
    public required string ApiRoot { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Alias.</summary>
    public string? Alias { get; init; }

    /// <summary>Whether it is a read-only view.</summary>
    public bool IsView { get; init; }

    /// <summary>The most restrictive level it may serve.</summary>
    public TlpLevel MaxTlp { get; init; }

    /// <summary>Whether deletes are allowed.</summary>
    public bool AllowDelete { get; init; }

    /// <summary>Whether anonymous clients may read it.</summary>
    public bool AnonymousRead { get; init; }

    /// <summary>The store collection searched; <c>null</c> for the whole knowledge base.</summary>
    public string? Source { get; init; }

    /// <summary>Required marking ids (any of), empty for none.</summary>
    public IReadOnlySet<string> RequiredMarkings { get; init; } = new HashSet<string>();

    /// <summary>Absolute paths of bundles loaded into this store collection at start-up.</summary>
    public IReadOnlyList<string> LoadFiles { get; init; } = [];

    /// <summary>Allowed types, empty for all.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];
}
