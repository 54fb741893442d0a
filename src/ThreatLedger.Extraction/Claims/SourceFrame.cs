namespace ThreatLedger.Extraction.Claims;

/// <summary>
/// Who speaks in a clause: the source as written, its kind, count and the party it is cited through; where the reported
/// content starts; the source's country (for telling an accused party's denial from a third party's).
/// </summary>
internal sealed record SourceFrame(
    string Name,
    string Kind,
    int? Count,
    string? CitedVia,
    string? EntityId,
    int Start,
    int ContentStart,
    string? Verb,
    string? CountryCode,
    bool Explicit);
