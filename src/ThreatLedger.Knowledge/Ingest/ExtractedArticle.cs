using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Ingest;

/// <summary>One article ready to ingest: its extraction, its content hash (idempotency) and its STIX objects.</summary>
public sealed record ExtractedArticle(ExtractionDocument Document, string ContentHash, IReadOnlyList<StixObjectInput> StixObjects)
{
    /// <summary>Findings for mapped STIX objects that failed validation and were not stored.</summary>
    public IReadOnlyList<string> Rejected { get; init; } = [];
}
