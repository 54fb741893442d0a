namespace ThreatLedger.Extraction.Input;

/// <summary>What a format parser found: body text and raw metadata (the date still unparsed).</summary>
internal sealed record ParsedDocument(string Text, string? Title, string? Published, string? Source, string? Url, string? Id = null);
