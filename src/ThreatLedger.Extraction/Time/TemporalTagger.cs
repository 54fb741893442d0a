using System.Globalization;
using System.Text.RegularExpressions;

namespace ThreatLedger.Extraction.Time;

/// <summary>
/// A rule-based temporal tagger for English news. It finds absolute dates ("31 August 2023", "October 2022", "2021"),
/// months and seasons with or without a year ("in October", "October last year", "last autumn"), relative expressions
/// ("this year", "earlier this month", "last week", "yesterday", "a couple of years ago"), modified periods
/// ("late 2020", "early this year") and durations ("nine months", "for as much as nine months"), and resolves them to
/// ISO 8601 values against the publication date. Patterns run on .NET's non-backtracking regex engine: linear time,
/// no catastrophic backtracking.
/// </summary>
public sealed class TemporalTagger
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private const string Numbers = @"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a\s+couple\s+of|a\s+few|several|a|an|half\s+a|a\s+dozen";
    private const string Year = @"(?:19|20)\d{2}";
    private const string Modifier = @"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+first\s+quarter\s+of|the\s+last\s+quarter\s+of";

    private static readonly (Regex Pattern, Func<Match, DateOnly?, Resolved?> Resolve)[] s_rules =
    [
        (new Regex($@"\b(?<mon>{Months})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y>{Year})\b", Options), FullDate),
        (new Regex($@"\b(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{Months})\.?,?\s+(?<y>{Year})\b", Options), FullDate),
        (new Regex($@"\b(?<y>{Year})-(?<m>\d{{2}})-(?<d>\d{{2}})\b", Options), IsoDate),
        (new Regex($@"\b(?<mon>{Months})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?\b", Options), MonthDay),
        (new Regex($@"\b(?:(?<mod>{Modifier})[\s-]+)?(?<mon>{Months})\.?,?\s+(?:of\s+)?(?<y>{Year})\b", Options), MonthYear),
        (new Regex($@"\b(?:(?<mod>{Modifier})[\s-]+)?(?:in\s+)?(?<mon>{Months})\s+(?:of\s+)?(?<rel>last|this|next|the\s+previous|the\s+following)\s+year\b", Options), MonthRelativeYear),
        (new Regex($@"\b(?:(?<mod>{Modifier})[\s-]+)?(?<rel>last|this|next|past)\s+(?<mon>{Months})\b", Options), RelativeMonth),
        (new Regex($@"\b(?:in|since|during|until|by|from|before|after|through|of)\s+(?:(?<mod>{Modifier})[\s-]+)?(?<mon>{Months})\b", Options), BareMonth),
        (new Regex($@"\b(?:(?<mod>{Modifier})[\s-]+)?(?:(?<rel>last|this|next|past)\s+)?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>{Year}))?\b", Options), Season),
        (new Regex($@"\b(?<mod>earlier|later|early|late|mid)[\s-]+(?:in\s+)?(?:this|the)\s+(?<unit>year|month|week)\b", Options), ModifiedRelative),
        (new Regex($@"\b(?:(?<mod>{Modifier})[\s-]+)?(?<rel>this|last|next|the\s+past|the\s+previous|the\s+following|the\s+same)\s+(?<unit>year|month|week)\b", Options), RelativeUnit),
        (new Regex(@"\b(?<day>yesterday|today|(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", Options), Day),
        (new Regex($@"\b(?:(?<pre>about|around|nearly|almost|some|roughly|approximately|more\s+than|over|less\s+than|just|only)\s+)?(?<n>{Numbers})\s+(?<unit>days?|weeks?|months?|years?|decades?)\s+(?<dir>ago|earlier|before|prior)\b", Options), Ago),
        (new Regex($@"\b(?:(?<pre>for|over|about|around|nearly|almost|roughly|approximately|more\s+than|less\s+than|up\s+to|as\s+much\s+as|as\s+long\s+as|as\s+many\s+as|at\s+least|some|the\s+past|the\s+last|within|in)\s+)*(?<n>{Numbers})[\s-]+(?<unit>hours?|days?|weeks?|months?|years?|decades?)\b", Options), Duration),
        (new Regex($@"\b(?:(?<mod>{Modifier})[\s-]+)?(?<y>{Year})\b", Options), PlainYear),
    ];

    /// <summary>Finds and normalises the time expressions of <paramref name="text"/> against <paramref name="published"/>.</summary>
    public IReadOnlyList<TimeExpression> Tag(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Start, int End, int Rule, Resolved Value)>();
        for (var r = 0; r < s_rules.Length; r++)
        {
            var (pattern, resolve) = s_rules[r];
            foreach (Match match in pattern.Matches(text))
            {
                if (!Plausible(text, match))
                {
                    continue;
                }

                var resolved = resolve(match, published);
                if (resolved is not null)
                {
                    found.Add((match.Index, match.Index + match.Length, r, resolved));
                }
            }
        }

        // Longest first, then earlier rule; drop overlaps.
        var byLength = found.OrderByDescending(f => f.End - f.Start).ThenBy(f => f.Rule).ThenBy(f => f.Start).ToList();
        var result = new List<TimeExpression>();
        foreach (var (start, end, _, value) in SelectNonOverlapping(byLength))
        {
            var span = text[start..end];
            var trimmed = TrimLeadingPreposition(span);
            result.Add(new TimeExpression(start + (span.Length - trimmed.Length), end, trimmed, value.Kind, value.Value, value.Modifier, value.Relative));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static List<(int Start, int End, int Rule, Resolved Value)> SelectNonOverlapping(List<(int Start, int End, int Rule, Resolved Value)> byLength)
    {
        // Interval check against a sorted list of chosen spans: O(n log n) on long texts.
        var chosen = new List<(int Start, int End, int Rule, Resolved Value)>();
        var starts = new SortedList<int, int>();
        foreach (var candidate in byLength)
        {
            var index = LowerBound(starts.Keys, candidate.Start);
            var overlaps = (index < starts.Count && starts.Keys[index] < candidate.End)
                || (index > 0 && starts.Values[index - 1] > candidate.Start);
            if (!overlaps)
            {
                chosen.Add(candidate);
                starts[candidate.Start] = candidate.End;
            }
        }

        return chosen;
    }

    private static int LowerBound(IList<int> keys, int value)
    {
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (keys[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string TrimLeadingPreposition(string span)
    {
        foreach (var preposition in (string[])["in ", "since ", "during ", "until ", "by ", "from ", "before ", "after ", "through ", "of ", "on ", "In ", "Since ", "During ", "On "])
        {
            if (span.StartsWith(preposition, StringComparison.Ordinal) && span.Length > preposition.Length)
            {
                return span[preposition.Length..];
            }
        }

        return span;
    }

    /// <summary>Rejects matches inside identifiers ("CVE-2021-44228", "v2020", "1,2021") and the modal "may".</summary>
    private static bool Plausible(string text, Match match)
    {
        var start = match.Index;
        var end = match.Index + match.Length;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '_' or '/' or '.' or ',' or '$' or '#'))
        {
            return false;
        }

        if (end < text.Length && (text[end] == '-' || text[end] == '_' || (text[end] is '.' or ',' or '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return false;
        }

        var mon = match.Groups["mon"];
        if (mon.Success && mon.Value.Equals("may", StringComparison.OrdinalIgnoreCase) && mon.Value[0] != 'M')
        {
            return false;
        }

        return !(mon.Success && mon.Value is "mar" or "Mar" or "dec" or "jan" or "sep" or "oct" or "nov" or "aug" or "jun" or "jul" or "apr" or "feb" && !match.Groups["y"].Success && !match.Groups["d"].Success);
    }

    private sealed record Resolved(TimeExpressionKind Kind, string? Value, string? Modifier, bool Relative);

    private static Resolved Date(string? value, string? modifier = null, bool relative = false) => new(TimeExpressionKind.Date, value, modifier, relative);

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string? Mod(Match m)
    {
        var g = m.Groups["mod"];
        if (!g.Success)
        {
            return null;
        }

        var v = Regex.Replace(g.Value.ToLowerInvariant(), @"\s+", " ");
        return v switch
        {
            "early" or "the beginning of" or "the start of" or "the first half of" or "the first quarter of" => "START",
            "mid" or "the middle of" => "MID",
            "late" or "the end of" or "the second half of" or "the last quarter of" => "END",
            "earlier" => "BEFORE",
            "later" => "AFTER",
            _ => null,
        };
    }

    private static string Ymd(int y, int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}");

    private static string Ym(int y, int m) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}");

    private static string Y(int y) => y.ToString("D4", CultureInfo.InvariantCulture);

    private static Resolved? FullDate(Match m, DateOnly? published)
    {
        var y = Int(m.Groups["y"]);
        var mo = MonthNumber(m.Groups["mon"].Value);
        var d = Int(m.Groups["d"]);
        return d is >= 1 and <= 31 && d <= DateTime.DaysInMonth(y, mo) ? Date(Ymd(y, mo, d)) : null;
    }

    private static Resolved? IsoDate(Match m, DateOnly? published)
    {
        var y = Int(m.Groups["y"]);
        var mo = Int(m.Groups["m"]);
        var d = Int(m.Groups["d"]);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? Date(Ymd(y, mo, d)) : null;
    }

    private static Resolved? MonthDay(Match m, DateOnly? published)
    {
        var mo = MonthNumber(m.Groups["mon"].Value);
        var d = Int(m.Groups["d"]);
        if (d is < 1 or > 31)
        {
            return null;
        }

        if (published is not { } p)
        {
            return Date(null, relative: true);
        }

        var y = mo > p.Month || (mo == p.Month && d > p.Day + 7) ? p.Year - 1 : p.Year;
        return d <= DateTime.DaysInMonth(y, mo) ? Date(Ymd(y, mo, d), relative: true) : null;
    }

    private static Resolved? MonthYear(Match m, DateOnly? published) => Date(Ym(Int(m.Groups["y"]), MonthNumber(m.Groups["mon"].Value)), Mod(m));

    private static Resolved? MonthRelativeYear(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return Date(null, Mod(m), true);
        }

        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var y = rel switch
        {
            "last" or "the previous" => p.Year - 1,
            "next" or "the following" => p.Year + 1,
            _ => p.Year,
        };
        return Date(Ym(y, MonthNumber(m.Groups["mon"].Value)), Mod(m), true);
    }

    private static Resolved? RelativeMonth(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return Date(null, Mod(m), true);
        }

        var mo = MonthNumber(m.Groups["mon"].Value);
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var y = rel switch
        {
            "last" or "past" => mo >= p.Month ? p.Year - 1 : p.Year,
            "next" => mo <= p.Month ? p.Year + 1 : p.Year,
            _ => p.Year,
        };
        return Date(Ym(y, mo), Mod(m), true);
    }

    private static Resolved? BareMonth(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return Date(null, Mod(m), true);
        }

        // The most recent such month up to the publication month: news reports the past.
        var mo = MonthNumber(m.Groups["mon"].Value);
        var y = mo > p.Month ? p.Year - 1 : p.Year;
        return Date(Ym(y, mo), Mod(m), true);
    }

    private static Resolved? Season(Match m, DateOnly? published)
    {
        var rel = m.Groups["rel"];
        var year = m.Groups["y"];
        var season = m.Groups["season"].Value.ToLowerInvariant() switch
        {
            "spring" => "SP",
            "summer" => "SU",
            "autumn" or "fall" => "FA",
            _ => "WI",
        };
        if (year.Success)
        {
            return Date(Int(year) + "-" + season, Mod(m));
        }

        if (!rel.Success && !m.Groups["mod"].Success)
        {
            return null;
        }

        if (published is not { } p)
        {
            return Date(null, Mod(m), true);
        }

        var seasonStart = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var y = rel.Value.ToLowerInvariant() switch
        {
            "last" or "past" => seasonStart >= p.Month - 2 ? p.Year - 1 : p.Year,
            "next" => p.Year + (seasonStart <= p.Month ? 1 : 0),
            _ => p.Year,
        };
        return Date(Y(y) + "-" + season, Mod(m), true);
    }

    private static Resolved? ModifiedRelative(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return Date(null, Mod(m), true);
        }

        var modifier = Mod(m) ?? "START";
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "year" => Date(Y(p.Year), modifier, true),
            "month" => Date(Ym(p.Year, p.Month), modifier, true),
            _ => Date(Week(p), modifier, true),
        };
    }

    private static string Week(DateOnly d) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}");

    private static Resolved? RelativeUnit(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return Date(null, Mod(m), true);
        }

        var rel = Regex.Replace(m.Groups["rel"].Value.ToLowerInvariant(), @"\s+", " ");
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (rel is "the past" or "the same")
        {
            // "the past year" is a duration ending now; "the same year" needs an antecedent: both left to other rules.
            return rel == "the past" ? new Resolved(TimeExpressionKind.Duration, unit switch { "year" => "P1Y", "month" => "P1M", _ => "P1W" }, null, true) : null;
        }

        var delta = rel switch { "last" or "the previous" => -1, "next" or "the following" => 1, _ => 0 };
        return unit switch
        {
            "year" => Date(Y(p.Year + delta), Mod(m), true),
            "month" => Date(Month(p.AddMonths(delta)), Mod(m), true),
            _ => Date(Week(p.AddDays(7 * delta)), Mod(m), true),
        };
    }

    private static string Month(DateOnly d) => Ym(d.Year, d.Month);

    private static Resolved? Day(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return Date(null, null, true);
        }

        var word = m.Groups["day"].Value.ToLowerInvariant();
        if (word == "today")
        {
            return Date(p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, true);
        }

        if (word == "yesterday")
        {
            return Date(p.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, true);
        }

        var name = word.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var target = Enum.Parse<DayOfWeek>(name, ignoreCase: true);
        var back = ((int)p.DayOfWeek - (int)target + 7) % 7;
        if (back == 0)
        {
            back = 7;
        }

        return Date(p.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, true);
    }

    /// <summary>Number words to values; vague quantities ("a few", "several") to their usual reading, flagged approximate.</summary>
    internal static (double Value, bool Approximate) Number(string raw)
    {
        var word = Regex.Replace(raw.ToLowerInvariant(), @"\s+", " ");
        return word switch
        {
            "a" or "an" or "one" => (1, false),
            "a couple of" => (2, true),
            "a few" => (3, true),
            "several" => (3, true),
            "half a" => (0.5, false),
            "a dozen" => (12, false),
            "two" => (2, false), "three" => (3, false), "four" => (4, false), "five" => (5, false), "six" => (6, false),
            "seven" => (7, false), "eight" => (8, false), "nine" => (9, false), "ten" => (10, false), "eleven" => (11, false),
            "twelve" => (12, false), "thirteen" => (13, false), "fourteen" => (14, false), "fifteen" => (15, false),
            "sixteen" => (16, false), "seventeen" => (17, false), "eighteen" => (18, false), "nineteen" => (19, false),
            "twenty" => (20, false), "thirty" => (30, false), "forty" => (40, false), "fifty" => (50, false), "sixty" => (60, false),
            _ => (double.Parse(word, NumberStyles.Float, CultureInfo.InvariantCulture), false),
        };
    }

    private static char UnitLetter(string unit) => unit.ToLowerInvariant()[0] switch
    {
        'h' => 'H',
        'd' => unit.StartsWith("dec", StringComparison.OrdinalIgnoreCase) ? 'X' : 'D',
        'w' => 'W',
        'm' => 'M',
        _ => 'Y',
    };

    private static Resolved? Ago(Match m, DateOnly? published)
    {
        var (n, approximate) = Number(m.Groups["n"].Value);
        var unit = UnitLetter(m.Groups["unit"].Value);
        var direction = m.Groups["dir"].Value.ToLowerInvariant();
        if (direction is "before" or "prior" or "earlier" && direction != "earlier")
        {
            // "nine months before its discovery" is a duration relative to another event, not to the publication.
            return new Resolved(TimeExpressionKind.Duration, IsoDuration(n, unit), approximate ? "APPROX" : PreModifier(m), false);
        }

        if (published is not { } p)
        {
            return Date(null, approximate ? "APPROX" : PreModifier(m), true);
        }

        var whole = (int)Math.Round(n);
        var (value, _) = unit switch
        {
            'D' => (p.AddDays(-whole).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 10),
            'W' => (Week(p.AddDays(-7 * whole)), 8),
            'M' => (Month(p.AddMonths(-whole)), 7),
            'X' => (Y(p.Year - 10 * whole), 4),
            'H' => (p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 10),
            _ => (Y(p.Year - whole), 4),
        };
        return Date(value, approximate ? "APPROX" : PreModifier(m), true);
    }

    private static string? PreModifier(Match m)
    {
        var pre = m.Groups["pre"];
        if (!pre.Success)
        {
            return null;
        }

        string? result = null;
        foreach (Capture capture in pre.Captures)
        {
            var v = Regex.Replace(capture.Value.ToLowerInvariant(), @"\s+", " ");
            result = v switch
            {
                "about" or "around" or "nearly" or "almost" or "roughly" or "approximately" or "some" => "APPROX",
                "more than" or "over" or "at least" => "MORE_THAN",
                "less than" or "within" or "just" or "only" => "LESS_THAN",
                "up to" or "as much as" or "as long as" or "as many as" => "EQUAL_OR_LESS",
                _ => result,
            };
        }

        return result;
    }

    private static string IsoDuration(double n, char unit)
    {
        if (unit == 'X')
        {
            return string.Create(CultureInfo.InvariantCulture, $"P{n * 10}Y");
        }

        return unit == 'H' ? string.Create(CultureInfo.InvariantCulture, $"PT{n}H") : string.Create(CultureInfo.InvariantCulture, $"P{n}{unit}");
    }

    private static Resolved? Duration(Match m, DateOnly? published)
    {
        var raw = m.Groups["n"].Value;
        var (n, approximate) = Number(raw);
        if (raw.Equals("a", StringComparison.OrdinalIgnoreCase) || raw.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            // "a year" alone is often not a duration ("a year of attacks"); require a lead-in ("for a year", "over a month").
            if (!m.Groups["pre"].Success)
            {
                return null;
            }
        }

        var unit = UnitLetter(m.Groups["unit"].Value);
        if (unit == 'Y' && n > 100)
        {
            return null;
        }

        return new Resolved(TimeExpressionKind.Duration, IsoDuration(n, unit), approximate ? "APPROX" : PreModifier(m), false);
    }

    private static Resolved? PlainYear(Match m, DateOnly? published)
    {
        var y = Int(m.Groups["y"]);
        if (y < 1980 || (published is { } p && y > p.Year + 5))
        {
            return null;
        }

        return Date(Y(y), Mod(m));
    }
}
