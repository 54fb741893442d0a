using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThreatLedger.Hunting.Logs;

/// <summary>Reads the timestamps logs use: ISO 8601, epoch seconds, syslog (no year), Apache/nginx common log.</summary>
internal static partial class TimestampParser
{
    private static readonly string[] s_syslogFormats = ["MMM d HH:mm:ss", "MMM dd HH:mm:ss"];

    public static bool TryParseJsonValue(JsonElement value, out DateTimeOffset time)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var epoch))
        {
            // Seconds (Zeek) or milliseconds since the epoch.
            time = epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds((long)epoch) : DateTimeOffset.FromUnixTimeMilliseconds((long)(epoch * 1000));
            return true;
        }

        time = default;
        return value.ValueKind == JsonValueKind.String && TryParseIso(value.GetString()!, out time);
    }

    public static bool TryParseIso(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    /// <summary>Finds the timestamp at the start of a text log line.</summary>
    public static bool TryParseLinePrefix(string line, int defaultYear, out DateTimeOffset time)
    {
        time = default;
        var iso = IsoPrefixRegex().Match(line);
        if (iso.Success)
        {
            return TryParseIso(iso.Value.Trim().Replace(' ', 'T').Replace(',', '.'), out time);
        }

        var syslog = SyslogPrefixRegex().Match(line);
        if (syslog.Success &&
            DateTime.TryParseExact(WhitespaceRegex().Replace(syslog.Value, " "), s_syslogFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            time = new DateTimeOffset(defaultYear, local.Month, local.Day, local.Hour, local.Minute, local.Second, TimeSpan.Zero);
            return true;
        }

        var common = CommonLogRegex().Match(line);
        return common.Success &&
               DateTimeOffset.TryParseExact(common.Groups[1].Value, "dd/MMM/yyyy:HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out time);
    }

    [GeneratedRegex(@"^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPrefixRegex();

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex SyslogPrefixRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"\[(\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\]", RegexOptions.CultureInvariant)]
    private static partial Regex CommonLogRegex();
}
