namespace ThreatLedger.Extraction.Model;

/// <summary>
/// Normalised time of an event, resolved against the publication date. Values are ISO 8601 at the precision the
/// text supports: <c>2022</c>, <c>2022-10</c>, <c>2022-10-04</c>; <see cref="Duration"/> is an ISO 8601 duration (<c>P9M</c>).
/// </summary>
public sealed record EventTime
{
    public string? Start { get; init; }
    public string? End { get; init; }
    public string? Discovered { get; init; }
    public string? Disclosed { get; init; }
    public string? Duration { get; init; }
    /// <summary>Dwell time in days, from start to discovery, when both are known or implied.</summary>
    public int? DwellDays { get; init; }
}
