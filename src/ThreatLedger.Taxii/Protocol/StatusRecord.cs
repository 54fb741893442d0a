namespace ThreatLedger.Taxii.Protocol;

/// <summary>A TAXII status resource (section 4.3.1) for one add-objects request.</summary>
public sealed record StatusRecord
{
    /// <summary>The status id (UUID).</summary>
    public required string Id { get; init; }

    /// <summary>Who made the request; only they can read the status.</summary>
    public required string Owner { get; init; }

    /// <summary>The API root of the request.</summary>
    public required string ApiRoot { get; init; }

    /// <summary>When the request was received.</summary>
    public required DateTimeOffset RequestTimestamp { get; init; }

    /// <summary>Objects stored.</summary>
    public required IReadOnlyList<StatusDetail> Successes { get; init; }

    /// <summary>Objects rejected.</summary>
    public required IReadOnlyList<StatusDetail> Failures { get; init; }

    /// <summary>Objects still being processed (always empty: adds complete before the response).</summary>
    public IReadOnlyList<StatusDetail> Pendings { get; init; } = [];

    /// <summary>Total objects in the request.</summary>
    public int TotalCount => Successes.Count + Failures.Count + Pendings.Count;
}
