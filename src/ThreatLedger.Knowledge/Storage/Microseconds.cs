using System.Globalization;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>Converts between UTC instants and the microseconds since the Unix epoch the schema stores.</summary>
public static class Microseconds
{
    /// <summary>The version key of objects that carry neither <c>modified</c> nor <c>created</c> (most SCOs).</summary>
    public const long NoVersion = long.MinValue;

    /// <summary>Microseconds since 1970-01-01T00:00:00Z.</summary>
    public static long FromDateTimeOffset(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The UTC instant of a microsecond count.</summary>
    public static DateTimeOffset ToDateTimeOffset(long microseconds) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (microseconds * 10), TimeSpan.Zero);

    /// <summary>Parses an RFC 3339 timestamp (STIX <c>created</c>/<c>modified</c>); digits below a microsecond are ignored.</summary>
    public static bool TryParse(string? text, out long microseconds)
    {
        microseconds = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // .NET keeps 7 fractional digits; STIX allows more. Cut the fraction to 7 digits before parsing.
        var value = text.Trim();
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            var end = dot + 1;
            while (end < value.Length && char.IsAsciiDigit(value[end]))
            {
                end++;
            }

            if (end - dot - 1 > 7)
            {
                value = string.Concat(value.AsSpan(0, dot + 8), value.AsSpan(end));
            }
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        microseconds = FromDateTimeOffset(parsed);
        return true;
    }

    /// <summary>Formats as a STIX/TAXII timestamp with microsecond precision: <c>2024-01-02T03:04:05.123456Z</c>.</summary>
    public static string Format(long microseconds) =>
        ToDateTimeOffset(microseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
