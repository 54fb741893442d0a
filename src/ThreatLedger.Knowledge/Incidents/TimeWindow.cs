using System.Globalization;
using ThreatLedger.Extraction.Time;

namespace ThreatLedger.Knowledge.Incidents;

/// <summary>
/// The span of days an incident report can refer to, from its ISO 8601 times at their precision ("2022" covers the
/// year, "2022-10" the month): from the start (else discovery, else disclosure, else a year before publication) to the
/// latest of end, discovery and disclosure (else publication).
/// </summary>
public readonly record struct TimeWindow(DateOnly From, DateOnly To)
{
    /// <summary>Days of slack allowed between two windows that still describe one incident.</summary>
    public const int SlackDays = 60;

    public static TimeWindow Of(string? start, string? end, string? discovered, string? disclosed, DateOnly? published)
    {
        var from = Lower(start) ?? Lower(discovered) ?? Lower(disclosed) ?? published?.AddDays(-365) ?? DateOnly.MinValue;
        var upper = new[] { Upper(end), Upper(discovered), Upper(disclosed) }.Where(d => d is not null).Select(d => d!.Value).ToList();
        var to = upper.Count > 0 ? upper.Max() : published ?? Upper(start) ?? DateOnly.MaxValue;
        if (to < from)
        {
            to = from;
        }

        return new TimeWindow(from, to);
    }

    /// <summary>True when the windows overlap, allowing <see cref="SlackDays"/> of slack.</summary>
    public bool Overlaps(TimeWindow other) =>
        From.DayNumber - SlackDays <= other.To.DayNumber && other.From.DayNumber - SlackDays <= To.DayNumber;

    /// <summary>
    /// True when a report's discovery (first possible day) comes more than <see cref="SlackDays"/> days after the
    /// latest date an incident's reports give (last possible day); false when either is unknown.
    /// </summary>
    public static bool DiscoveredLater(DateOnly? discovered, DateOnly? incidentLatest) =>
        discovered is { } found && incidentLatest is { } latest && found.DayNumber - latest.DayNumber > SlackDays;

    /// <summary>
    /// The earliest of several reported times, as precisely as the reports give it: "2026-04" and "2026-04-02" give
    /// "2026-04-02" (the day lies within the month, so nothing says the month began earlier); "2026-03" and "2026-04-02"
    /// give "2026-03". Null when none is given.
    /// </summary>
    public static string? Earliest(IEnumerable<string?> times) => Extreme(times, latest: false);

    /// <summary>The latest of several reported times, as precisely as the reports give it (see <see cref="Earliest"/>).</summary>
    public static string? Latest(IEnumerable<string?> times) => Extreme(times, latest: true);

    private static string? Extreme(IEnumerable<string?> times, bool latest)
    {
        var known = times.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => (Text: t!, From: Lower(t), To: Upper(t))).ToList();
        var dated = known.Where(t => t.From is not null && t.To is not null).ToList();
        if (dated.Count == 0)
        {
            var ordered = known.Select(t => t.Text).Order(StringComparer.Ordinal).ToList();
            return latest ? ordered.LastOrDefault() : ordered.FirstOrDefault();
        }

        var extreme = latest ? dated.MaxBy(t => t.To) : dated.MinBy(t => t.From);
        // The most precise time within the extreme one's span ("2026-04-02" within "2026-04").
        return dated.Where(t => t.From >= extreme.From && t.To <= extreme.To)
            .OrderBy(t => t.To!.Value.DayNumber - t.From!.Value.DayNumber)
            .ThenBy(t => latest ? -t.To!.Value.DayNumber : t.From!.Value.DayNumber)
            .First().Text;
    }

    /// <summary>The first day of a partial ISO date ("2022-10" → 2022-10-01).</summary>
    public static DateOnly? Lower(string? iso) => Parse(iso, last: false);

    /// <summary>The last day of a partial ISO date ("2022-10" → 2022-10-31).</summary>
    public static DateOnly? Upper(string? iso) => Parse(iso, last: true);

    private static DateOnly? Parse(string? iso, bool last)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return null;
        }

        // The extractor's values: years, months, days, ISO weeks ("2025-W22"), seasons ("2024-SP") and quarters; a
        // timestamp counts by its day.
        var text = iso.Trim();
        var value = last ? TimeValues.LastDay(text) : TimeValues.FirstDay(text);
        if (value is null && text.Length > 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return value;
    }
}
