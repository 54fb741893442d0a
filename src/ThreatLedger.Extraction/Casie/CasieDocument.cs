using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Casie;

/// <summary>One line of a CASIE JSONL file: the source document and its annotated (gold) events, if any.</summary>
public sealed record CasieDocument(SourceDocument Source, IReadOnlyList<Event> Events);
