namespace ThreatLedger.Extraction.Model;

/// <summary>Metadata of one input document (an article, a feed item, a CASIE line).</summary>
public sealed record DocumentInfo
{
    /// <summary>Stable id: the input's own id (CASIE id, feed guid) or a hash of its text.</summary>
    public required string Id { get; init; }
    public string? Title { get; init; }
    /// <summary>Publication date; relative time expressions are resolved against it.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>The outlet that published the document.</summary>
    public string? Source { get; init; }
    public string? Url { get; init; }
    /// <summary>Where the document was read from (path, path:line, feed item), for error messages and provenance.</summary>
    public string? Origin { get; init; }
}
