namespace ThreatLedger.Extraction.Time;

/// <summary>
/// Holidays whose date moves from year to year: those that follow Easter (Ascension Day, Whitsun/Pentecost, Corpus
/// Christi), the US Thanksgiving (the fourth Thursday of November) and the days after it, and the lunar and lunisolar
/// feasts that no closed formula gives (Lunar New Year, Eid al-Fitr and the Ramadan before it, Eid al-Adha, Diwali), which come from a table of
/// their civil dates for 2015-2035. Islamic feasts begin with the sighting of the moon and may fall a day apart between
/// countries: the table holds the date most countries observed (or, for future years, the astronomical calendar's), and
/// a resolved value is flagged approximate.
/// </summary>
internal static class MovableHolidays
{
    private const int FirstTabulatedYear = 2015;

    // Month and day for 2015, 2016, … 2035 (one entry a year).
    private static readonly (int Month, int Day)[] s_lunarNewYear =
    [
        (2, 19), (2, 8), (1, 28), (2, 16), (2, 5), (1, 25), (2, 12), (2, 1), (1, 22), (2, 10), (1, 29),
        (2, 17), (2, 6), (1, 26), (2, 13), (2, 3), (1, 23), (2, 11), (1, 31), (2, 19), (2, 8),
    ];

    private static readonly (int Month, int Day)[] s_eidAlFitr =
    [
        (7, 17), (7, 6), (6, 25), (6, 15), (6, 4), (5, 24), (5, 13), (5, 2), (4, 21), (4, 10), (3, 30),
        (3, 20), (3, 9), (2, 26), (2, 14), (2, 4), (1, 24), (1, 14), (1, 2), (12, 12), (12, 1),
    ];

    private static readonly (int Month, int Day)[] s_eidAlAdha =
    [
        (9, 24), (9, 12), (9, 1), (8, 21), (8, 11), (7, 31), (7, 20), (7, 9), (6, 28), (6, 16), (6, 6),
        (5, 27), (5, 16), (5, 5), (4, 24), (4, 13), (4, 2), (3, 22), (3, 11), (3, 1), (2, 18),
    ];

    private static readonly (int Month, int Day)[] s_diwali =
    [
        (11, 11), (10, 30), (10, 19), (11, 7), (10, 27), (11, 14), (11, 4), (10, 24), (11, 12), (10, 31), (10, 20),
        (11, 8), (10, 29), (10, 17), (11, 5), (10, 26), (11, 14), (11, 2), (10, 22), (11, 10), (10, 30),
    ];

    /// <summary>Whether the feast's date is tabulated (moon-dependent) and so only approximate.</summary>
    public static bool IsApproximate(string holiday) => holiday is "eid al-fitr" or "eid al-adha" or "eid" or "ramadan";

    /// <summary>
    /// The date of <paramref name="holiday"/> (a key such as <c>whit monday</c>, <c>lunar new year</c>, <c>eid al-fitr</c>)
    /// in <paramref name="year"/>, or null when the year is outside the table or the key unknown.
    /// </summary>
    public static DateOnly? On(string holiday, int year)
    {
        if (year is < 1583 or > 9999)
        {
            return null;
        }

        switch (holiday)
        {
            case "ascension day":
                return TemporalTagger.EasterSunday(year).AddDays(39);
            case "whitsun weekend":
                return TemporalTagger.EasterSunday(year).AddDays(48);
            case "whitsun":
                return TemporalTagger.EasterSunday(year).AddDays(49);
            case "whit monday":
                return TemporalTagger.EasterSunday(year).AddDays(50);
            case "corpus christi":
                return TemporalTagger.EasterSunday(year).AddDays(60);
            case "thanksgiving":
                return Thanksgiving(year);
            case "black friday":
                return Thanksgiving(year).AddDays(1);
            case "cyber monday":
                return Thanksgiving(year).AddDays(4);
            case "lunar new year":
                return Tabulated(s_lunarNewYear, year);
            case "eid al-fitr":
                return Tabulated(s_eidAlFitr, year);
            case "ramadan":
                // The fast's first day: the month (29 or 30 days) before Eid al-Fitr.
                return Tabulated(s_eidAlFitr, year)?.AddDays(-30);
            case "eid al-adha":
                return Tabulated(s_eidAlAdha, year);
            case "diwali":
                return Tabulated(s_diwali, year);
            case "eid":
                // A bare "Eid": whichever of the two feasts came last in the year (the caller picks the latest before publication).
                return Tabulated(s_eidAlAdha, year);
            default:
                return null;
        }
    }

    /// <summary>
    /// The latest date of <paramref name="holiday"/> on or before <paramref name="published"/> (this year's, or last year's
    /// when this year's is still to come); a bare "Eid" is the later of the two feasts that qualify.
    /// </summary>
    public static DateOnly? LatestOnOrBefore(string holiday, DateOnly published)
    {
        if (holiday == "eid")
        {
            DateOnly? best = null;
            foreach (var feast in (ReadOnlySpan<string>)["eid al-fitr", "eid al-adha"])
            {
                if (LatestOnOrBefore(feast, published) is { } day && (best is null || day > best))
                {
                    best = day;
                }
            }

            return best;
        }

        var date = On(holiday, published.Year);
        if (date is { } thisYear && thisYear <= published)
        {
            return thisYear;
        }

        return On(holiday, published.Year - 1);
    }

    private static DateOnly Thanksgiving(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21);
    }

    private static DateOnly? Tabulated((int Month, int Day)[] table, int year)
    {
        var index = year - FirstTabulatedYear;
        return index >= 0 && index < table.Length ? new DateOnly(year, table[index].Month, table[index].Day) : null;
    }
}
