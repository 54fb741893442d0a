namespace ThreatLedger.Knowledge.Queries;

/// <summary>Filters of the incidents listing.</summary>
public sealed record IncidentFilter
{
    /// <summary>A victim name or alias (resolved like ingest does), or part of the victim's name.</summary>
    public string? Victim { get; init; }
    /// <summary>An actor name or alias, or a country: incidents where it is any hypothesis.</summary>
    public string? Actor { get; init; }
    /// <summary>Incidents with activity (start, discovery, disclosure or a report) on or after this date.</summary>
    public DateOnly? Since { get; init; }
}
