using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Events;

/// <summary>
/// Pattern-based arguments for a trigger, searched in its sentence: CVE ids, personal data, payment methods, money,
/// counts of victims or records, dates and times, attacker words, and the nearest proper name before the trigger
/// (the victim, discoverer or releaser depending on the event type).
/// </summary>
internal static class ArgumentRules
{
    private static readonly HashSet<string> s_months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    };

    private static readonly HashSet<string> s_relativeDays = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "earlier",
    };

    private static readonly HashSet<string> s_people = new(StringComparer.Ordinal)
    {
        "customers", "users", "people", "patients", "employees", "individuals", "members", "students", "victims", "clients", "consumers",
    };

    private static readonly HashSet<string> s_records = new(StringComparer.Ordinal)
    {
        "records", "accounts", "files", "documents", "emails", "passwords", "rows", "entries",
    };

    // Capitalised function words that open sentences or headlines but never names.
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "of", "the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "to", "by", "with", "from", "as", "this", "that",
        "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "our", "their", "his", "her", "if", "when",
        "while", "after", "before", "however", "also", "according", "some", "many", "most", "all", "there", "what", "how",
    };

    private static readonly HashSet<string> s_scales = new(StringComparer.Ordinal) { "million", "billion", "thousand", "hundred", "m", "bn", "k" };

    public static List<DetectedArgument> Find(TokenInfo info, DetectedTrigger trigger)
    {
        var text = info.Text;
        var found = new List<DetectedArgument>();
        var (start, end) = ArgumentWindow.For(text, trigger.FirstToken, trigger.EndToken);
        var type = trigger.Type;
        var t = start;
        while (t < end)
        {
            if (t >= trigger.FirstToken && t < trigger.EndToken)
            {
                t = trigger.EndToken;
                continue;
            }

            var next = Match(info, type, t, end, found);
            t = next > t ? next : t + 1;
        }

        // The nearest proper name before the trigger.
        var nameRole = type switch
        {
            EventTypes.Discover => "Discoverer",
            EventTypes.Patch => "Releaser",
            EventTypes.Databreach or EventTypes.Ransom or EventTypes.Phishing => "Victim",
            _ => null,
        };
        if (nameRole is not null && NearestNameBefore(info, start, trigger.FirstToken) is { } name
            && !found.Any(a => a.FirstToken < name.End && a.EndToken > name.First)
            && !(nameRole == "Victim" && IsReportingSubject(info, name.End)))
        {
            found.Add(new DetectedArgument(name.First, name.End, nameRole));
        }

        return found;
    }

    private static int Match(TokenInfo info, string type, int t, int end, List<DetectedArgument> found)
    {
        var text = info.Text;
        var lower = text.Lower(t);
        var vulnerabilityType = type is EventTypes.Discover or EventTypes.Patch;

        if (vulnerabilityType && lower.StartsWith("cve-", StringComparison.Ordinal))
        {
            found.Add(new DetectedArgument(t, t + 1, "CVE"));
            return t + 1;
        }

        if (info.CueLabels[t] is { } cue && cue.StartsWith("B-", StringComparison.Ordinal))
        {
            var cueEnd = t + 1;
            while (cueEnd < end && info.CueLabels[cueEnd] is { } c && c.StartsWith("I-", StringComparison.Ordinal))
            {
                cueEnd++;
            }

            var role = (cue[2..], type) switch
            {
                (CueClasses.PersonalData, EventTypes.Databreach) => "Compromised-Data",
                (CueClasses.Payment, EventTypes.Ransom) => "Payment-Method",
                (CueClasses.Attacker, EventTypes.Databreach or EventTypes.Ransom or EventTypes.Phishing) => "Attacker",
                (CueClasses.Researcher, EventTypes.Discover) => "Discoverer",
                _ => null,
            };
            if (role is not null)
            {
                var first = t;
                while (first > 0 && text.Lower(first - 1) is "the" or "a" or "an" or "their" or "its" or "his" or "her" or "customers'" or "users'")
                {
                    first--;
                }

                found.Add(new DetectedArgument(first, cueEnd, role));
                return cueEnd;
            }
        }

        // Money: "$5,000", "$1.2 million", "50,000 euros".
        if (lower is "$" or "£" or "€" && t + 1 < end && text.Tokens[t + 1].Kind == Text.TokenKind.Number)
        {
            var moneyEnd = t + 2;
            if (moneyEnd < end && s_scales.Contains(text.Lower(moneyEnd)))
            {
                moneyEnd++;
            }

            found.Add(new DetectedArgument(t, moneyEnd, type == EventTypes.Ransom ? "Price" : "Damage-Amount"));
            return moneyEnd;
        }

        if (text.Tokens[t].Kind == Text.TokenKind.Number)
        {
            var numberEnd = t + 1;
            if (numberEnd < end && s_scales.Contains(text.Lower(numberEnd)))
            {
                numberEnd++;
            }

            if (numberEnd < end)
            {
                var unit = text.Lower(numberEnd);
                if (type == EventTypes.Ransom && info.CueLabels[numberEnd] is { } u && u.EndsWith(CueClasses.Payment, StringComparison.Ordinal))
                {
                    found.Add(new DetectedArgument(t, numberEnd + 1, "Price"));
                    return numberEnd + 1;
                }

                if (s_people.Contains(unit) && type is EventTypes.Databreach or EventTypes.Ransom or EventTypes.Phishing)
                {
                    found.Add(new DetectedArgument(t, numberEnd + 1, "Number-of-Victim"));
                    return numberEnd + 1;
                }

                if (s_records.Contains(unit) && type == EventTypes.Databreach)
                {
                    found.Add(new DetectedArgument(t, numberEnd + 1, "Number-of-Data"));
                    return numberEnd + 1;
                }
            }
        }

        // Dates: "March 2018", "March 5, 2018", "on Tuesday", "yesterday", a bare year.
        if (s_months.Contains(lower))
        {
            var dateEnd = t + 1;
            while (dateEnd < end && dateEnd < t + 4 && (text.Tokens[dateEnd].Kind == Text.TokenKind.Number || text.Lower(dateEnd) == ","))
            {
                dateEnd++;
            }

            if (text.Lower(dateEnd - 1) == ",")
            {
                dateEnd--;
            }

            if (dateEnd > t + 1 || lower != "may")
            {
                found.Add(new DetectedArgument(t, dateEnd, "Time"));
                return dateEnd;
            }
        }

        if (s_relativeDays.Contains(lower) || (lower is "last" or "this" && t + 1 < end && text.Lower(t + 1) is "week" or "month" or "year"))
        {
            var timeEnd = lower is "last" or "this" ? t + 2 : t + 1;
            found.Add(new DetectedArgument(t, timeEnd, "Time"));
            return timeEnd;
        }

        if (text.Tokens[t].Kind == Text.TokenKind.Number && lower.Length == 4 && (lower.StartsWith("19", StringComparison.Ordinal) || lower.StartsWith("20", StringComparison.Ordinal))
            && t > 0 && text.Lower(t - 1) is "in" or "since" or "during")
        {
            found.Add(new DetectedArgument(t, t + 1, "Time"));
            return t + 1;
        }

        return t;
    }

    private static (int First, int End)? NearestNameBefore(TokenInfo info, int start, int trigger)
    {
        var text = info.Text;
        var sentenceStart = text.Sentences[text.SentenceOf(trigger)].FirstToken;
        var t = trigger - 1;
        while (t >= start)
        {
            if (text.Lower(t) is "," or ";" or ":")
            {
                // A name across a clause boundary is not the trigger's subject ("According to the CERT, the attack ...").
                return null;
            }

            if (IsNameToken(info, t) && (t != sentenceStart || (t + 1 < trigger && IsNameToken(info, t + 1))))
            {
                var end = t + 1;
                var first = t;
                while (first - 1 >= start && (IsNameToken(info, first - 1) || text.Lower(first - 1) is "&" or "of") && first - 1 != sentenceStart)
                {
                    first--;
                }

                if (text.Lower(first) is "&" or "of")
                {
                    first++;
                }

                return first < end ? (first, end) : null;
            }

            t--;
        }

        return null;
    }

    private static bool IsNameToken(TokenInfo info, int t)
    {
        var token = info.Text.Tokens[t];
        var lower = info.Text.Lower(t);
        return token.Kind == Text.TokenKind.Word && char.IsUpper(info.Text.Text[token.Start]) && info.TriggerLabels[t] is null
            && !s_months.Contains(lower) && !s_notNames.Contains(lower) && !IsIdentifierPart(info, t);
    }

    /// <summary>"SHA-256", "COVID-19": a capitalised word joined by a hyphen to a number names a thing, not an organisation.</summary>
    private static bool IsIdentifierPart(TokenInfo info, int t)
    {
        var text = info.Text;
        var surface = text.Surface(t);
        var dash = surface.IndexOf('-');
        if (dash > 0 && dash + 1 < surface.Length && char.IsAsciiDigit(surface[dash + 1]))
        {
            return true;
        }

        // "300 GB", "2 TB": a unit after a number.
        return (t + 2 < text.Tokens.Count && text.Lower(t + 1) == "-" && text.Tokens[t + 2].Kind == Text.TokenKind.Number)
            || (t > 0 && text.Tokens[t - 1].Kind == Text.TokenKind.Number);
    }

    private static readonly HashSet<string> s_reportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "published", "reported", "confirmed", "announced", "stated", "warned", "noted", "added", "disclosed",
        "denied", "denies", "claimed", "claims", "blamed", "accused", "declined", "refused",
    };

    /// <summary>Whether a name is the subject of a reporting verb ("the CERT also published ..."): a speaker, not a victim.</summary>
    private static bool IsReportingSubject(TokenInfo info, int nameEnd)
    {
        var text = info.Text;
        for (var t = nameEnd; t < Math.Min(nameEnd + 2, text.Tokens.Count); t++)
        {
            if (s_reportingVerbs.Contains(text.Lower(t)))
            {
                return true;
            }
        }

        return false;
    }
}
