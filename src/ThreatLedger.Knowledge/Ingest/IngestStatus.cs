namespace ThreatLedger.Knowledge.Ingest;

/// <summary>What ingesting one document or bundle did.</summary>
public enum IngestStatus
{
    /// <summary>Stored in one transaction.</summary>
    Ingested,
    /// <summary>The same content (by hash) was ingested before; nothing changed.</summary>
    AlreadyPresent,
}
