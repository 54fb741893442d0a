using System.Globalization;

namespace ThreatLedger.Extraction.Time;

/// <summary>Helpers over ISO 8601 / TIMEX3 values: first day of a value, length of a duration, dwell time.</summary>
public static class TimeValues
{
    /// <summary>The first day of <c>2022</c>, <c>2022-10</c>, <c>2022-10-04</c>, <c>2022-SU</c>, <c>2022-Q3</c>, <c>2022-W05</c>.</summary>
    public static DateOnly? FirstDay(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        if (value.Length == 4)
        {
            return new DateOnly(year, 1, 1);
        }

        var rest = value.AsSpan(5);
        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return new DateOnly(year, month, 1);
        }

        if (rest.Length == 5 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return rest switch
        {
            "SP" => new DateOnly(year, 3, 1),
            "SU" => new DateOnly(year, 6, 1),
            "FA" => new DateOnly(year, 9, 1),
            "WI" => new DateOnly(year, 12, 1),
            "Q1" or "H1" => new DateOnly(year, 1, 1),
            "Q2" => new DateOnly(year, 4, 1),
            "Q3" or "H2" => new DateOnly(year, 7, 1),
            "Q4" => new DateOnly(year, 10, 1),
            _ when rest.Length == 3 && rest[0] == 'W' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
                => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Clamp(week, 1, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday)),
            _ => null,
        };
    }

    /// <summary>The last day a value covers (a year's 31 December, a month's last day, a week's Sunday, a season's third month).</summary>
    public static DateOnly? LastDay(string? value)
    {
        if (FirstDay(value) is not { } first || value is null)
        {
            return null;
        }

        if (value.Length == 4)
        {
            return new DateOnly(first.Year, 12, 31);
        }

        var rest = value[5..];
        return rest.Length switch
        {
            2 when char.IsAsciiDigit(rest[0]) => first.AddMonths(1).AddDays(-1),
            5 => first,
            3 when rest[0] == 'W' => first.AddDays(6),
            _ when rest is "SP" or "SU" or "FA" or "WI" or "Q1" or "Q2" or "Q3" or "Q4" => first.AddMonths(3).AddDays(-1),
            _ when rest is "H1" or "H2" => first.AddMonths(6).AddDays(-1),
            _ => first,
        };
    }

    /// <summary>Days in an ISO duration such as <c>P9M</c>, <c>P2Y</c>, <c>P3W</c>, <c>P10D</c> (months as 30.44 days).</summary>
    public static int? DurationDays(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 3 || value[0] != 'P')
        {
            return null;
        }

        if (!double.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return value[^1] switch
        {
            'D' => (int)Math.Round(n),
            'W' => (int)Math.Round(n * 7),
            'M' => (int)Math.Round(n * 30.44),
            'Y' => (int)Math.Round(n * 365.25),
            _ => null,
        };
    }

    /// <summary>Adds an ISO duration to a date, keeping the calendar for months and years.</summary>
    public static DateOnly? Add(DateOnly start, string? duration)
    {
        if (string.IsNullOrEmpty(duration) || duration.Length < 3 || duration[0] != 'P'
            || !double.TryParse(duration.AsSpan(1, duration.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return duration[^1] switch
        {
            'Y' when n == Math.Floor(n) => start.AddYears((int)n),
            'M' when n == Math.Floor(n) => start.AddMonths((int)n),
            _ => DurationDays(duration) is { } days ? start.AddDays(days) : null,
        };
    }

    /// <summary>The date a duration before <paramref name="end"/>, counted in the duration's own unit (months by the calendar).</summary>
    public static DateOnly? Subtract(DateOnly end, string? duration)
    {
        if (string.IsNullOrEmpty(duration) || duration.Length < 3 || duration[0] != 'P'
            || !double.TryParse(duration.AsSpan(1, duration.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return duration[^1] switch
        {
            'Y' when n == Math.Floor(n) => end.AddYears(-(int)n),
            'M' when n == Math.Floor(n) => end.AddMonths(-(int)n),
            _ => DurationDays(duration) is { } days ? end.AddDays(-days) : null,
        };
    }

    /// <summary>A date at month precision (<c>2023-07</c>).</summary>
    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Precision of a value: 4 = year, 7 = month, 10 = day.</summary>
    public static int Precision(string value) => value.Length >= 10 ? 10 : value.Length >= 7 && char.IsAsciiDigit(value[5]) ? 7 : 4;
}
