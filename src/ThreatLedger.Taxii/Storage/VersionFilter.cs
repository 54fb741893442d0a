namespace ThreatLedger.Taxii.Storage;

/// <summary>
/// The TAXII <c>match[version]</c> filter: any union of <c>first</c>, <c>last</c>, <c>all</c> and exact version
/// timestamps. The default (no parameter) is <c>last</c>.
/// </summary>
/// <param name="First">Include each object's earliest version.</param>
/// <param name="Last">Include each object's latest version.</param>
/// <param name="All">Include every version.</param>
/// <param name="Timestamps">Exact versions to include (normalised to UTC instants).</param>
public sealed record VersionFilter(bool First, bool Last, bool All, IReadOnlyList<DateTimeOffset> Timestamps)
{
    /// <summary>The default: the latest version of each object.</summary>
    public static VersionFilter Latest { get; } = new(false, true, false, []);

    /// <summary>Every version.</summary>
    public static VersionFilter Every { get; } = new(false, false, true, []);
}
