namespace ThreatLedger.Extraction.Model;

/// <summary>Everything extracted from one input document.</summary>
public sealed record ExtractionDocument
{
    public required DocumentInfo Document { get; init; }
    /// <summary>The plain text all spans point into.</summary>
    public required string Text { get; init; }
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<Event> Events { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    /// <summary>Incidents: event mentions grouped by the real-world incident they report.</summary>
    public IReadOnlyList<Incident> Incidents { get; init; } = [];
    /// <summary>Version of the extractor that produced this document (provenance).</summary>
    public string ExtractorVersion { get; init; } = "0";
}
