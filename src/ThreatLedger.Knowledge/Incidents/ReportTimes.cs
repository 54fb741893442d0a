using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Knowledge.Incidents;

/// <summary>
/// One report's times from its events' times: the earliest start, discovery and disclosure, the latest end, and the
/// first dwell given (ISO strings compare in time order at any precision).
/// </summary>
internal sealed record ReportTimes(string? Start, string? End, string? Discovered, string? Disclosed, int? DwellDays)
{
    public static ReportTimes Of(IReadOnlyCollection<EventTime> times) => new(
        Earliest(times.Select(t => t.Start)),
        times.Select(t => t.End).Where(s => s is not null).Order(StringComparer.Ordinal).LastOrDefault(),
        Earliest(times.Select(t => t.Discovered)),
        Earliest(times.Select(t => t.Disclosed)),
        times.Select(t => t.DwellDays).FirstOrDefault(d => d is not null));

    /// <summary>The summary as one event time (for a report rebuilt from stored times).</summary>
    public EventTime ToEventTime() => new() { Start = Start, End = End, Discovered = Discovered, Disclosed = Disclosed, DwellDays = DwellDays };

    private static string? Earliest(IEnumerable<string?> values) => values.Where(s => s is not null).Order(StringComparer.Ordinal).FirstOrDefault();
}
