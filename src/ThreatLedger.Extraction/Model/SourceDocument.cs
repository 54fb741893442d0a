namespace ThreatLedger.Extraction.Model;

/// <summary>One document ready for extraction: its metadata and its plain text (markup already removed).</summary>
public sealed record SourceDocument(DocumentInfo Info, string Text);
