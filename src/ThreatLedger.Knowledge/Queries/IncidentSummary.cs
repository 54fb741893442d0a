namespace ThreatLedger.Knowledge.Queries;

/// <summary>One row of the incidents table (JSON field names are snake_case and stable).</summary>
public sealed record IncidentSummary
{
    public required long Id { get; init; }
    public required string Victim { get; init; }
    public required long VictimId { get; init; }
    public string? VictimCountry { get; init; }
    public required string Type { get; init; }
    /// <summary>Earliest known start (ISO 8601 at the precision reported).</summary>
    public string? Start { get; init; }
    public string? End { get; init; }
    public string? Discovered { get; init; }
    public string? Disclosed { get; init; }
    /// <summary>Days from start to discovery, as reported or computed.</summary>
    public int? DwellDays { get; init; }
    public string? LeadingHypothesis { get; init; }
    public string? LeadingHypothesisKey { get; init; }
    /// <summary>ICD 203 words for the leading hypothesis.</summary>
    public string? Assessment { get; init; }
    public double? Probability { get; init; }
    public required int Reports { get; init; }
    public required int IndependentSources { get; init; }
    public string? FirstPublished { get; init; }
    public string? LastPublished { get; init; }
}
