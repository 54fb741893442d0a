namespace ThreatLedger.Knowledge.Ingest;

/// <summary>The outcome of ingesting one document or bundle.</summary>
public sealed record IngestResult
{
    public required string Origin { get; init; }
    public required IngestStatus Status { get; init; }
    /// <summary>STIX object versions new to the store.</summary>
    public int ObjectsStored { get; init; }
    /// <summary>STIX object versions already present.</summary>
    public int ObjectsUnchanged { get; init; }
    /// <summary>Objects rejected by validation, each with its finding; the rest were kept.</summary>
    public IReadOnlyList<string> Rejected { get; init; } = [];
    public int Reports { get; init; }
    public int Claims { get; init; }
    /// <summary>Incidents the document's reports joined or created, with the reason.</summary>
    public IReadOnlyList<string> MergeDecisions { get; init; } = [];
    /// <summary>Why the input failed, for <see cref="IngestStatus.Failed"/>.</summary>
    public string? Error { get; init; }
}
