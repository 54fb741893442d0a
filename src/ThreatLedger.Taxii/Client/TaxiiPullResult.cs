namespace ThreatLedger.Taxii.Client;

/// <summary>What a pull did.</summary>
/// <param name="Pages">Pages read.</param>
/// <param name="Received">Objects received.</param>
/// <param name="Stored">Versions new to the knowledge base.</param>
/// <param name="Rejected">Objects that were not valid STIX and were skipped (with reasons).</param>
/// <param name="AddedLast">The watermark saved for the next pull.</param>
public sealed record TaxiiPullResult(int Pages, int Received, int Stored, IReadOnlyList<string> Rejected, string? AddedLast);
