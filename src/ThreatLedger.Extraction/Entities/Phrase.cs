namespace ThreatLedger.Extraction.Entities;

/// <summary>A tokenized gazetteer surface form.</summary>
internal sealed record Phrase(string[] Tokens, GazetteerEntry Entry, SurfaceKind Surface, bool IgnoreCase, bool NeedsContext);
