using System.Globalization;
using System.Text.RegularExpressions;

namespace ThreatLedger.Extraction.Time;

/// <summary>
/// A rule-based temporal tagger for English news. It finds absolute dates ("31 August 2023", "October 2022", "2021"),
/// months and seasons with or without a year ("in October", "October last year", "last autumn"), relative expressions
/// ("this year", "earlier this month", "last week", "yesterday", "a couple of years ago"), modified periods
/// ("late 2020", "early this year") and durations ("nine months", "for as much as nine months"), and resolves them to
/// ISO 8601 values against the publication date. Patterns are compiled, anchored on word boundaries and built from
/// literal alternations with bounded repetition only (no nested unbounded quantifiers), so matching stays linear;
/// a match timeout guards against the unexpected.
/// </summary>
public sealed class TemporalTagger
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private const string Numbers = @"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a\s+couple\s+of|a\s+few|several|a|an|half\s+a|a\s+dozen";
    private const string Year = @"(?:19|20)\d{2}";
    private const string Modifier = @"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+first\s+quarter\s+of|the\s+last\s+quarter\s+of";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    /// <summary>The kinds of time keyword a window holds; a rule runs only where one of the kinds it needs occurs.</summary>
    [Flags]
    private enum Cue
    {
        None = 0,
        Digit = 1,
        Month = 2,
        Season = 4,
        Unit = 8,
        Day = 16,
        Weekend = 32,
        Holiday = 64,
    }

    /// <summary>"the next day", "the following day", "the same day", "a day later": dated from the day named before (see <see cref="EarlierCountsFromThePreviousDate"/>).</summary>
    private static readonly Regex s_dayAfter = new(@"\b(?:the\s+(?:next|following|same)\s+day|a\s+day\s+later)\b", Options, s_timeout);

    /// <summary>"three weeks ago", "two months earlier": counted back from the publication, or from the day named before.</summary>
    private static readonly Regex s_ago = new($@"\b(?<n>{Numbers})\s+(?<unit>days?|weeks?|fortnights?|months?|years?|decades?)\s+(?<dir>ago|earlier|before|prior)\b", Options, s_timeout);

    // Each rule with the keyword kinds one of which every match of it contains (a month name, a digit, a unit word, …).
    private static readonly (Regex Pattern, Func<Match, DateOnly?, Resolved?> Resolve, Cue Needs)[] s_rules =
    [
        (new Regex($@"\b(?<mon>{Months})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y>{Year})\b", Options, s_timeout), FullDate, Cue.Month),
        (new Regex($@"\b(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{Months})\.?,?\s+(?<y>{Year})\b", Options, s_timeout), FullDate, Cue.Month),
        (new Regex($@"\b(?<y>{Year})-(?<m>\d{{2}})-(?<d>\d{{2}})\b", Options, s_timeout), IsoDate, Cue.Digit),
        (new Regex($@"\b(?<mon>{Months})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?\b", Options, s_timeout), MonthDay, Cue.Month),
        (new Regex($@"\b(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{Months})\b", Options, s_timeout), MonthDay, Cue.Month),
        (new Regex($@"\b(?<mon>{Months})\.?,?\s+(?:of\s+)?(?<y>{Year})\b", Options, s_timeout), MonthYear, Cue.Month),
        (new Regex($@"\b(?:in\s+)?(?<mon>{Months})\s+(?:of\s+)?(?<rel>last|this|next|the\s+previous|the\s+following)\s+year\b", Options, s_timeout), MonthRelativeYear, Cue.Month),
        (new Regex($@"\b(?<rel>last|this|next|past|the\s+previous|the\s+following)\s+(?<mon>{Months})\b", Options, s_timeout), RelativeMonth, Cue.Month),
        (new Regex($@"\b(?:in|since|during|until|by|from|before|after|through|of|between|(?<and>and)|(?<to>to))\s+(?:at\s+least\s+|as\s+early\s+as\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?<mon>{Months})\b", Options, s_timeout), BareMonth, Cue.Month),
        (new Regex($@"\b(?:(?<rel>last|this|next|past)\s+|(?<the>the)\s+)?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>{Year}))?\b", Options, s_timeout), Season, Cue.Season),
        (new Regex($@"\b(?<mod>earlier|later|early|late|mid)[\s-]+(?:in\s+)?(?:this|the)\s+(?<unit>year|month|week)\b", Options, s_timeout), ModifiedRelative, Cue.Unit),
        (new Regex($@"\b(?<rel>this|last|next|the\s+past|the\s+previous|the\s+following|the\s+same)\s+(?<unit>year|month|week)\b", Options, s_timeout), RelativeUnit, Cue.Unit),
        (new Regex(@"\b(?<day>yesterday|today|(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", Options, s_timeout), Day, Cue.Day),
        (new Regex(@"\b(?<rel>last|this|past|over\s+the|during\s+the|on\s+the)\s+weekend\b", Options, s_timeout), Weekend, Cue.Weekend),
        (s_dayAfter, (_, _) => Date(null, null, true), Cue.Unit),
        (new Regex(@"\b(?<holiday>christmas\s+day|christmas\s+eve|boxing\s+day|new\s+year['\u2019]s\s+(?:day|eve)|halloween)\b", Options, s_timeout), Holiday, Cue.Holiday | Cue.Unit),
        (new Regex(@"\b(?:(?<good>good\s+friday)|easter(?:\s+(?<part>sunday|monday|weekend|holidays?|break))?)\b", Options, s_timeout), Easter, Cue.Holiday),
        (new Regex(@"\b(?:(?<whit>whit\s+(?:monday|sunday)|whitsun(?:day)?|pentecost(?:\s+(?:sunday|monday))?)(?:\s+(?<part>weekend|holidays?|break|bank\s+holiday))?|(?<name>ascension\s+day|ascension\s+thursday|corpus\s+christi|thanksgiving|black\s+friday|cyber\s+monday|diwali|deepavali|(?:lunar|chinese)\s+new\s+year|tet|seollal|ramadan|hari\s+raya\s+(?:puasa|aidilfitri|haji)|eid(?:[\s-]+(?:al|ul|el)[\s-]+(?<feast>fitr|adha))?))\b", Options, s_timeout), MovableHoliday, Cue.Holiday),
        (new Regex(@"\bthe\s+(?<edge>start|beginning|middle|end)\s+of\s+the\s+(?<unit>year|month)\b", Options, s_timeout), StartOrEndOfTheUnit, Cue.Unit),
        (s_ago, Ago, Cue.Unit),
        (new Regex($@"\b(?:(?<pre>for|over|about|around|nearly|almost|roughly|approximately|more\s+than|less\s+than|up\s+to|as\s+much\s+as|as\s+long\s+as|as\s+many\s+as|at\s+least|some|the\s+past|the\s+last|within|in)\s+)*(?<n>{Numbers})[\s-]+(?<unit>hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b", Options, s_timeout), Duration, Cue.Unit),
        (new Regex($@"\b(?<y>{Year})\b", Options, s_timeout), PlainYear, Cue.Digit),
    ];

    /// <summary>Finds and normalises the time expressions of <paramref name="text"/> against <paramref name="published"/>.</summary>
    public IReadOnlyList<TimeExpression> Tag(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Start, int End, int Rule, Resolved Value)>();
        foreach (var (windowStart, windowEnd, cues) in Windows(text))
        {
            Scan(text, windowStart, windowEnd, cues, published, found);
        }


        // Longest first, then earlier rule; drop overlaps.
        // A leading preposition does not count: "June 2023" beats "since June" in "since June 2023".
        var byLength = found.OrderByDescending(f => f.End - f.Start - LeadingPrepositionLength(text.AsSpan(f.Start, f.End - f.Start))).ThenBy(f => f.Rule).ThenBy(f => f.Start).ToList();
        var result = new List<TimeExpression>();
        foreach (var (start, end, _, value) in SelectNonOverlapping(byLength))
        {
            var from = start + LeadingPrepositionLength(text.AsSpan(start, end - start));
            result.Add(new TimeExpression(from, end, text[from..end], value.Kind, value.Value, value.Modifier, value.Relative));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        RangeStartsTakeTheEndsYear(text, result);
        EarlierCountsFromThePreviousDate(text, result);
        return result;
    }


    /// <summary>
    /// "identified the logins on March 16 and that they had begun about three weeks earlier": "N earlier" counts back from
    /// the day named just before (in the same sentence within 120 characters, or in the sentence before within 200), not from
    /// the publication;
    /// "the next day", "the following day", "a day later" and "the same day" count from it too (and stay undated without it).
    /// </summary>
    private static void EarlierCountsFromThePreviousDate(string text, List<TimeExpression> result)
    {
        for (var i = 1; i < result.Count; i++)
        {
            var current = result[i];
            var nextDay = s_dayAfter.Match(current.Text) is { Success: true } dayAfter && dayAfter.Length == current.Text.Length;
            if (current.Kind != TimeExpressionKind.Date || !(nextDay || current.Text.EndsWith("earlier", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var anchor = result[i - 1];
            // The day may stand in the sentence before ("noticed the queries on June 18. … had got in about three weeks
            // earlier"): "earlier" and "the next day" are read against the last day the story named, never the publication.
            var between = text.AsSpan(anchor.End, current.Start - anchor.End);
            var sentenceEnds = between.Count('.') + between.Count('!') + between.Count('?');
            if (anchor.Kind != TimeExpressionKind.Date || anchor.Value is not { Length: 10 } || current.Start - anchor.End > (sentenceEnds == 0 ? 120 : 200)
                || sentenceEnds > 1 || TimeValues.FirstDay(anchor.Value) is not { } day)
            {
                continue;
            }

            if (nextDay)
            {
                // "found the database on March 2 … which secured it the next day", "the same day".
                var next = current.Text.Contains("same", StringComparison.OrdinalIgnoreCase) ? day : day.AddDays(1);
                result[i] = current with { Value = next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
                continue;
            }

            var match = s_ago.Match(current.Text);
            if (match.Success && Amount(match) is { Unit: 'W' } weeks)
            {
                // "noticed on June 18 … had got in about three weeks earlier": counted from a day, the result is a day too.
                result[i] = current with
                {
                    Value = day.AddDays(-(int)Math.Round(7 * weeks.Count)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Modifier = current.Modifier ?? (weeks.Approximate ? "APPROX" : null),
                };
                continue;
            }

            if (match.Success && !match.Groups["unit"].Value.StartsWith("decade", StringComparison.OrdinalIgnoreCase) && Ago(match, day) is { Value: not null } counted)
            {
                result[i] = current with { Value = counted.Value, Modifier = counted.Modifier ?? current.Modifier };
            }
        }
    }

    private static readonly string[] s_rangeLinks = ["and", "to", "until", "till", "through", "-", "\u2013"];

    /// <summary>
    /// "between March and June 2023", "from 2 April to 19 April 2024": a range start written without its year takes the year
    /// of the end that states one (the year before when its month comes later than the end's), not the publication's.
    /// </summary>
    private static void RangeStartsTakeTheEndsYear(string text, List<TimeExpression> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (first, second) = (result[i], result[i + 1]);
            if (first.Kind != TimeExpressionKind.Date || !first.Relative || second.Kind != TimeExpressionKind.Date || second.Relative
                || first.Value is not { Length: >= 7 } value || second.Value is not { Length: >= 7 } endValue
                || value[4] != '-' || endValue[4] != '-' || !char.IsAsciiDigit(value[5]) || !char.IsAsciiDigit(endValue[5])
                || second.Start < first.End || !s_rangeLinks.Contains(text[first.End..second.Start].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var endYear = int.Parse(endValue.AsSpan(0, 4), CultureInfo.InvariantCulture);
            var year = string.CompareOrdinal(value, 5, endValue, 5, 5) > 0 ? endYear - 1 : endYear;
            if (value.Length >= 10 && int.Parse(value.AsSpan(8, 2), CultureInfo.InvariantCulture) > DateTime.DaysInMonth(year, int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture)))
            {
                continue;
            }

            result[i] = first with { Value = year.ToString("D4", CultureInfo.InvariantCulture) + value[4..] };
        }
    }

    // Every time expression holds a digit or one of these words: the rules only run on windows around them.
    private static readonly Regex s_keywords = new(
        $@"\d|\b(?:{Months}|spring|summer|autumn|fall|winter|years?|months?|weeks?|fortnights?|weekend|days?|decades?|hours?|ago|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|halloween|easter|whitsun|whitsunday|whit|pentecost|ascension|corpus|thanksgiving|diwali|deepavali|eid|lunar|tet|seollal|ramadan|hari\s+raya|chinese\s+new\s+year|black\s+friday|cyber\s+monday)\b",
        Options, s_timeout);

    /// <summary>Windows of text (cut at whitespace) around time keywords, merged where they overlap, with the kinds of keyword each holds.</summary>
    private static List<(int Start, int End, Cue Cues)> Windows(string text)
    {
        const int Reach = 80;
        var windows = new List<(int Start, int End, Cue Cues)>();
        foreach (Match hit in s_keywords.Matches(text))
        {
            var start = Math.Max(0, hit.Index - Reach);
            var end = Math.Min(text.Length, hit.Index + hit.Length + Reach);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var cue = CueOf(hit.ValueSpan);
            if (windows.Count > 0 && start <= windows[^1].End)
            {
                windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, end), windows[^1].Cues | cue);
            }
            else
            {
                windows.Add((start, end, cue));
            }
        }

        return windows;
    }

    /// <summary>The kind of a keyword hit of <see cref="s_keywords"/>.</summary>
    private static Cue CueOf(ReadOnlySpan<char> hit)
    {
        if (char.IsAsciiDigit(hit[0]))
        {
            return Cue.Digit;
        }

        return hit.ToString().ToLowerInvariant() switch
        {
            "spring" or "summer" or "autumn" or "fall" or "winter" => Cue.Season,
            "year" or "years" or "month" or "months" or "week" or "weeks" or "fortnight" or "fortnights" or "day" or "days" or "decade" or "decades" or "hour" or "hours" or "ago" => Cue.Unit,
            "weekend" => Cue.Weekend,
            "today" or "yesterday" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" => Cue.Day,
            "christmas" or "halloween" or "easter" or "whitsun" or "whitsunday" or "whit" or "pentecost" or "ascension" or "corpus" or "thanksgiving"
                or "diwali" or "deepavali" or "eid" or "lunar" or "tet" or "seollal" or "ramadan" => Cue.Holiday,
            var holiday when holiday.StartsWith("chinese", StringComparison.Ordinal) || holiday.StartsWith("black", StringComparison.Ordinal) || holiday.StartsWith("hari", StringComparison.Ordinal)
                || holiday.StartsWith("cyber", StringComparison.Ordinal) => Cue.Holiday,
            _ => Cue.Month,
        };
    }

    private static void Scan(string text, int start, int end, Cue cues, DateOnly? published, List<(int Start, int End, int Rule, Resolved Value)> found)
    {
        for (var r = 0; r < s_rules.Length; r++)
        {
            var (pattern, resolve, needs) = s_rules[r];
            if ((cues & needs) == 0)
            {
                // No keyword this rule's matches must contain occurs in the window: nothing to find.
                continue;
            }

            try
            {
                ScanRule(text, start, end, published, found, r, pattern, resolve);
            }
            catch (RegexMatchTimeoutException)
            {
                // A machine starved of CPU can overrun the guard on an ordinary window: that rule's expressions in this
                // window are lost, the document is still extracted (a crash would lose all of it).
            }
        }
    }

    private static void ScanRule(string text, int start, int end, DateOnly? published, List<(int Start, int End, int Rule, Resolved Value)> found,
        int r, Regex pattern, Func<Match, DateOnly?, Resolved?> resolve)
    {
        var match = pattern.Match(text, start, end - start);
        while (match.Success)
        {
            if (Plausible(text, match))
            {
                // Modifiers before the expression ("late 2020", "about two years ago") are read here rather than in
                // the patterns: an optional leading group would make every position a match attempt.
                var (lead, modifier) = LeadingModifier(text, match.Index, start);
                t_modifier = modifier;
                if (resolve(match, published) is { } resolved)
                {
                    found.Add((match.Index - lead, match.Index + match.Length, r, PartOfYear(text.AsSpan(match.Index - lead, lead), resolved)));
                }

                t_modifier = null;
            }

            match = match.NextMatch();
        }
    }

    [ThreadStatic]
    private static string? t_modifier;

    /// <summary>"the second half of 2025" is <c>2025-H2</c>, "the first quarter of 2024" <c>2024-Q1</c>: a year's named part.</summary>
    private static Resolved PartOfYear(ReadOnlySpan<char> lead, Resolved resolved)
    {
        if (resolved.Kind != TimeExpressionKind.Date || resolved.Value is not { Length: 4 } year || lead.IsEmpty)
        {
            return resolved;
        }

        var phrase = Regex.Replace(lead.ToString().ToLowerInvariant(), @"\s+", " ").Trim();
        var part = phrase switch
        {
            "the first half of" => "H1",
            "the second half of" => "H2",
            "the first quarter of" => "Q1",
            "the last quarter of" => "Q4",
            _ => null,
        };
        return part is null ? resolved : resolved with { Value = year + "-" + part, Modifier = null };
    }

    private static readonly (string Phrase, string Value)[] s_leadingModifiers =
    [
        // "the last week of August": the month pattern's own "of" follows the phrase.
        ("the last week", "END"), ("the final week", "END"), ("the last days", "END"), ("the first week", "START"),
        ("the first days", "START"), ("the beginning of", "START"), ("the start of", "START"), ("the first half of", "START"), ("the first quarter of", "START"),
        ("the middle of", "MID"), ("the end of", "END"), ("the second half of", "END"), ("the last quarter of", "END"),
        ("early in", "START"), ("late in", "END"), ("early", "START"), ("mid", "MID"), ("late", "END"),
        ("more than", "MORE_THAN"), ("less than", "LESS_THAN"), ("approximately", "APPROX"), ("roughly", "APPROX"),
        ("around", "APPROX"), ("about", "APPROX"), ("nearly", "APPROX"), ("almost", "APPROX"), ("some", "APPROX"),
        ("over", "MORE_THAN"), ("just", "LESS_THAN"), ("only", "LESS_THAN"),
    ];

    /// <summary>A modifier phrase right before <paramref name="index"/> ("late ", "mid-", "about "): its length and value.</summary>
    private static (int Length, string? Value) LeadingModifier(string text, int index, int windowStart)
    {
        var from = Math.Max(windowStart, index - 24);
        var before = text.AsSpan(from, index - from);
        foreach (var (phrase, value) in s_leadingModifiers)
        {
            var needed = phrase.Length + 1;
            if (before.Length < needed)
            {
                continue;
            }

            var candidate = before[^needed..];
            if ((candidate[^1] == ' ' || candidate[^1] == '-') && candidate[..^1].Equals(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == needed || !char.IsLetter(before[^(needed + 1)])))
            {
                return (needed, value);
            }
        }

        return (0, null);
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

    /// <summary>
    /// The length of a leading preposition, with a hedge that belongs to it ("since at least mid-January"), that is not
    /// part of the time expression itself.
    /// </summary>
    private static int LeadingPrepositionLength(ReadOnlySpan<char> span)
    {
        foreach (var preposition in s_prepositions)
        {
            if (span.StartsWith(preposition, StringComparison.Ordinal) && span.Length > preposition.Length)
            {
                var rest = span[preposition.Length..];
                foreach (var hedge in s_prepositionHedges)
                {
                    if (rest.StartsWith(hedge, StringComparison.Ordinal) && rest.Length > hedge.Length)
                    {
                        return preposition.Length + hedge.Length;
                    }
                }

                return preposition.Length;
            }
        }

        return 0;
    }

    private static readonly string[] s_prepositions =
        ["in ", "since ", "during ", "until ", "by ", "from ", "before ", "after ", "through ", "of ", "on ", "between ", "and ", "to ", "In ", "Since ", "During ", "On "];

    private static readonly string[] s_prepositionHedges = ["at least ", "as early as "];

    /// <summary>Rejects matches inside identifiers ("CVE-2021-44228", "v2020", "1,2021") and the modal "may".</summary>
    private static bool Plausible(string text, Match match)
    {
        var start = match.Index;
        var end = match.Index + match.Length;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '_' or '/' or '.' or ',' or '$' or '#')
            && !HyphenatedModifier(text, start))
        {
            return false;
        }

        if (end < text.Length && (text[end] == '-' || text[end] == '_' || (text[end] is '.' or ',' or '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return false;
        }

        if (match.Groups["and"].Success && text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40)).IndexOf("between ", StringComparison.OrdinalIgnoreCase) < 0)
        {
            // "and May" is a month only as the end of "between March and May".
            return false;
        }

        if (match.Groups["to"].Success && text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40)).IndexOf("from ", StringComparison.OrdinalIgnoreCase) < 0)
        {
            // "to September" is a month only as the end of "from June to September".
            return false;
        }

        var mon = match.Groups["mon"];
        if (mon.Success && mon.Value.Equals("may", StringComparison.OrdinalIgnoreCase) && mon.Value[0] != 'M')
        {
            return false;
        }

        return !(mon.Success && mon.Value is "mar" or "Mar" or "dec" or "jan" or "sep" or "oct" or "nov" or "aug" or "jun" or "jul" or "apr" or "feb" && !match.Groups["y"].Success && !match.Groups["d"].Success);
    }

    /// <summary>"mid-2022", "early-March": a modifier joined by a hyphen (unlike "CVE-2021-44228" or "v-2020").</summary>
    private static bool HyphenatedModifier(string text, int start)
    {
        if (text[start - 1] != '-')
        {
            return false;
        }

        var wordStart = start - 1;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return (wordStart == 0 || !char.IsLetterOrDigit(text[wordStart - 1]) && text[wordStart - 1] != '-')
            && text.AsSpan(wordStart, start - 1 - wordStart) is var word
            && (word.Equals("mid", StringComparison.OrdinalIgnoreCase) || word.Equals("early", StringComparison.OrdinalIgnoreCase) || word.Equals("late", StringComparison.OrdinalIgnoreCase));
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
            return t_modifier is "START" or "MID" or "END" ? t_modifier : null;
        }

        return g.Value.ToLowerInvariant() switch
        {
            "early" => "START",
            "mid" => "MID",
            "late" => "END",
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
        if (rel.StartsWith("the", StringComparison.Ordinal))
        {
            // "the previous October", "the following March".
            rel = rel.EndsWith("previous", StringComparison.Ordinal) ? "last" : "next";
        }

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

        var the = m.Groups["the"].Success;
        if (!rel.Success && !m.Groups["mod"].Success && !the)
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
            // "in the spring": the latest one that has begun by the publication date (winter counts from December).
            _ when the && !rel.Success => seasonStart <= p.Month ? p.Year : p.Year - 1,
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

    /// <summary>"last weekend", "over the weekend": the Saturday of the latest weekend before the publication date.</summary>
    private static Resolved? Weekend(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return Date(null, null, true);
        }

        // A paper of Saturday or Sunday speaking of "this weekend" means the one under way.
        var sameWeekend = m.Groups["rel"].Value.Equals("this", StringComparison.OrdinalIgnoreCase) && p.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var back = ((int)p.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        if (back == 0 && !sameWeekend)
        {
            back = 7;
        }

        if (p.DayOfWeek == DayOfWeek.Sunday && sameWeekend)
        {
            back = 1;
        }

        return Date(p.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, true);
    }

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
        // The latest such day up to the publication date: "on Wednesday" in Wednesday's paper is that day (news convention).
        var back = ((int)p.DayOfWeek - (int)target + 7) % 7;
        if (back == 0 && word.StartsWith("last", StringComparison.Ordinal))
        {
            // "last Thursday" in Thursday's paper is the week before.
            back = 7;
        }

        return Date(p.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, true);
    }

    /// <summary>
    /// Fixed-date holidays ("on Christmas Day", "on New Year's Eve", "over Halloween"): the latest one on or before the
    /// publication date.
    /// </summary>
    private static Resolved? Holiday(Match m, DateOnly? published)
    {
        var name = Regex.Replace(m.Groups["holiday"].Value.ToLowerInvariant(), @"\s+", " ").Replace('\u2019', '\'');
        var (month, day) = name switch
        {
            "christmas day" => (12, 25),
            "christmas eve" => (12, 24),
            "boxing day" => (12, 26),
            "new year's day" => (1, 1),
            "new year's eve" => (12, 31),
            _ => (10, 31),
        };
        if (published is not { } p)
        {
            return Date(null, null, true);
        }

        var year = new DateOnly(p.Year, month, day) <= p ? p.Year : p.Year - 1;
        return Date(Ymd(year, month, day), null, true);
    }

    /// <summary>
    /// "over Easter", "the Easter weekend", "on Easter Monday", "Good Friday": the latest Easter on or before the publication
    /// date (Gregorian computus); the weekend and the holidays start on Good Friday, "Easter" alone is Easter Sunday.
    /// </summary>
    private static Resolved? Easter(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return Date(null, null, true);
        }

        var sunday = EasterSunday(p.Year);
        if (sunday.AddDays(-2) > p)
        {
            sunday = EasterSunday(p.Year - 1);
        }

        var part = m.Groups["part"].Value.ToLowerInvariant();
        var day = m.Groups["good"].Success || part.StartsWith("weekend", StringComparison.Ordinal) || part.StartsWith("holiday", StringComparison.Ordinal)
            || part == "break" ? sunday.AddDays(-2)
            : part == "monday" ? sunday.AddDays(1)
            : sunday;
        return Date(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, true);
    }

    /// <summary>
    /// Movable holidays ("over the Whitsun weekend", "on Whit Monday", "the Ascension Day long weekend", "over the Lunar New
    /// Year holiday", "during Eid al-Fitr", "during Ramadan", "on Black Friday"): the latest one on or before the publication date (see
    /// <see cref="MovableHolidays"/>); a weekend or holiday named after Whitsun starts on its Saturday.
    /// </summary>
    private static Resolved? MovableHoliday(Match m, DateOnly? published)
    {
        string key;
        if (m.Groups["whit"].Success)
        {
            var whit = Regex.Replace(m.Groups["whit"].Value.ToLowerInvariant(), @"\s+", " ");
            var part = m.Groups["part"].Value.ToLowerInvariant();
            key = whit.EndsWith("monday", StringComparison.Ordinal) ? "whit monday"
                : part.Length > 0 && !part.StartsWith("bank", StringComparison.Ordinal) && !whit.EndsWith("sunday", StringComparison.Ordinal) ? "whitsun weekend"
                : "whitsun";
        }
        else
        {
            var name = Regex.Replace(m.Groups["name"].Value.ToLowerInvariant(), @"\s+", " ");
            key = name switch
            {
                "ascension thursday" => "ascension day",
                "deepavali" => "diwali",
                "chinese new year" or "tet" or "seollal" => "lunar new year",
                "hari raya puasa" or "hari raya aidilfitri" => "eid al-fitr",
                "hari raya haji" => "eid al-adha",
                _ when name.StartsWith("eid", StringComparison.Ordinal) => m.Groups["feast"].Success ? "eid al-" + m.Groups["feast"].Value.ToLowerInvariant() : "eid",
                _ => name,
            };
        }

        if (published is not { } p)
        {
            return Date(null, null, true);
        }

        return MovableHolidays.LatestOnOrBefore(key, p) is { } day
            ? Date(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), MovableHolidays.IsApproximate(key) ? "APPROX" : null, true)
            : null;
    }

    /// <summary>
    /// "since the start of the year", "by the end of the month": the publication's year or month, narrowed by the phrase
    /// (the start of a year is its January, the end its December).
    /// </summary>
    private static Resolved? StartOrEndOfTheUnit(Match m, DateOnly? published)
    {
        var modifier = m.Groups["edge"].Value.ToLowerInvariant() switch
        {
            "start" or "beginning" => "START",
            "middle" => "MID",
            _ => "END",
        };
        if (published is not { } p)
        {
            return Date(null, modifier, true);
        }

        if (m.Groups["unit"].Value.Equals("month", StringComparison.OrdinalIgnoreCase))
        {
            return Date(Ym(p.Year, p.Month), modifier, true);
        }

        return modifier switch
        {
            "START" => Date(Ym(p.Year, 1), modifier, true),
            "END" => Date(Ym(p.Year, 12), modifier, true),
            _ => Date(Y(p.Year), modifier, true),
        };
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
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

    /// <summary>The count and ISO unit letter of a number and unit word; a fortnight counts as two weeks.</summary>
    private static (double Count, bool Approximate, char Unit) Amount(Match m)
    {
        var (n, approximate) = Number(m.Groups["n"].Value);
        var word = m.Groups["unit"].Value;
        return word.StartsWith("fortnight", StringComparison.OrdinalIgnoreCase) ? (2 * n, approximate, 'W') : (n, approximate, UnitLetter(word));
    }

    private static Resolved? Ago(Match m, DateOnly? published)
    {
        var (n, approximate, unit) = Amount(m);
        if (m.Groups["unit"].Value.StartsWith("fortnight", StringComparison.OrdinalIgnoreCase))
        {
            // "a fortnight ago" names a day, fourteen days back, rather than a calendar week.
            (n, unit) = (7 * n, 'D');
        }

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
            return t_modifier is "APPROX" or "MORE_THAN" or "LESS_THAN" ? t_modifier : null;
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
        var (n, approximate, unit) = Amount(m);
        if (raw.Equals("a", StringComparison.OrdinalIgnoreCase) || raw.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            // "a year" alone is often not a duration ("a year of attacks"); require a lead-in ("for a year", "over a month").
            if (!m.Groups["pre"].Success)
            {
                return null;
            }
        }

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
