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

        var trimmed = value.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, s_formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
        {
            date = DateOnly.FromDateTime(exact.UtcDateTime);
            return true;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var loose))
        {
            date = DateOnly.FromDateTime(loose.UtcDateTime);
            return true;
        }

        return false;
    }
}
