using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Configuration;

/// <summary>The validated, indexed configuration the server runs with.</summary>
public sealed class TaxiiSettings
{
    /// <summary>Discovery title.</summary>
    public required string Title { get; init; }

    /// <summary>Discovery description.</summary>
    public string? Description { get; init; }

    /// <summary>Discovery contact.</summary>
    public string? Contact { get; init; }

    /// <summary>Default API root name.</summary>
    public string? DefaultApiRoot { get; init; }

    /// <summary>Level assumed for objects without a TLP marking.</summary>
    public TlpLevel UnmarkedTlp { get; init; }

    /// <summary>Limits.</summary>
    public required LimitsConfig Limits { get; init; }

    /// <summary>API roots by name (ordinal).</summary>
    public required IReadOnlyDictionary<string, ApiRootSettings> ApiRoots { get; init; }

    /// <summary>Users by name (ordinal).</summary>
    public required IReadOnlyDictionary<string, UserSettings> Users { get; init; }

    /// <summary>All API token hashes.</summary>
    public required IReadOnlyList<TokenSettings> Tokens { get; init; }

    /// <summary>Finds a collection of an API root.</summary>
    public CollectionSettings? FindCollection(string apiRoot, string collectionId)
    {
        if (!ApiRoots.TryGetValue(apiRoot, out var root))
        {
            return null;
        }

        foreach (var collection in root.Collections)
        {
            if (string.Equals(collection.Id, collectionId, StringComparison.Ordinal))
            {
                return collection;
            }
        }

        return null;
    }
}
