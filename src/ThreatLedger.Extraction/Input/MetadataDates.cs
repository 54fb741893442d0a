using System.Globalization;

namespace ThreatLedger.Extraction.Input;

/// <summary>Parses publication dates as metadata gives them (ISO 8601, RFC 1123, "August 31, 2023", …).</summary>
public static class MetadataDates
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss",
        "yyyy/MM/dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "yyyyMMdd",
    ];

    /// <summary>Parses <paramref name="value"/>; false when it is not a recognisable date.</summary>
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        // The date as the outlet wrote it (its own clock), not converted to UTC: "today" in the article is that day.
        var words = value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n >= 1 && n >= words.Length - 3; n--)
        {
            // "06 May 2024 10:00 UTC", "May 6, 2024 at 9:30 a.m. ET": drop trailing time-zone and clock words.
            var candidate = string.Join(' ', words.Take(n)).TrimEnd(',');
            if (DateTimeOffset.TryParseExact(candidate, s_formats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact)
                || DateTimeOffset.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out exact))
            {
                date = DateOnly.FromDateTime(exact.DateTime);
                return true;
            }
        }

        return false;
    }
}
