namespace ThreatLedger.Knowledge.Ingest;

/// <summary>What ingesting one document or bundle did.</summary>
public enum IngestStatus
{
    /// <summary>Stored in one transaction.</summary>
    Ingested,
    /// <summary>The same content (by hash) was ingested before; nothing changed.</summary>
    AlreadyPresent,
    /// <summary>The input could not be read (see <see cref="IngestResult.Error"/>); nothing of it was stored, other inputs went on.</summary>
    Failed,
}
