namespace ThreatLedger.Knowledge.Ingest;

/// <summary>A document read from <paramref name="Path"/>, to be extracted (with <paramref name="Extract"/>) when it is ingested.</summary>
/// <param name="Path">The file the document came from.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Extract">Extracts the document and maps it to STIX.</param>
public sealed record PendingArticle(string Path, DateOnly? Published, Func<ExtractedArticle> Extract);
