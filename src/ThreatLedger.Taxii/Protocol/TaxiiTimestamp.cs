using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ThreatLedger.Taxii.Protocol;

/// <summary>RFC 3339 UTC timestamps as TAXII uses them (<c>added_after</c>, <c>match[version]</c>, <c>date_added</c>).</summary>
public static partial class TaxiiTimestamp
{
    /// <summary>Formats an instant with microsecond precision: <c>2024-05-01T10:00:00.123456Z</c>.</summary>
    public static string Format(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses <c>YYYY-MM-DDTHH:mm:ss[.fraction]Z</c>; digits beyond .NET's 100 ns resolution are truncated.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DateTimeOffset? value)
    {
        value = null;
        if (text is null || text.Length > 40)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var fraction = match.Groups[2].Success ? match.Groups[2].Value : "";
        var seven = (fraction.Length > 7 ? fraction[..7] : fraction).PadRight(7, '0');
        if (!DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var seconds))
        {
            return false;
        }

        value = new DateTimeOffset(DateTime.SpecifyKind(seconds, DateTimeKind.Utc).AddTicks(long.Parse(seven, CultureInfo.InvariantCulture)));
        return true;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,12}))?Z$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
