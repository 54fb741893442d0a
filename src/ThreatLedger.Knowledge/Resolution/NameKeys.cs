using System.Globalization;
using System.Text;

namespace ThreatLedger.Knowledge.Resolution;

/// <summary>Normalised forms of names used to recognise the same victim or actor named differently.</summary>
public static class NameKeys
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "the", "of", "for", "and", "a", "an", "in", "on", "at", "to", "s", "its", "their",
    };

    /// <summary>Words that say what kind of body something is, not which one.</summary>
    private static readonly HashSet<string> s_genericWords = new(StringComparer.Ordinal)
    {
        "agency", "center", "office", "ministry", "department", "company", "corporation", "corp", "inc", "ltd", "limited",
        "group", "organization", "authority", "national", "government", "service", "services", "bureau", "institute",
        "unit", "co", "plc", "llc", "gmbh", "ag", "sa", "holdings", "federal", "state", "public", "entity", "body",
        "administration", "commission", "council", "agencies", "firm", "operator", "provider", "network", "networks",
        "system", "systems", "force", "forces", "team", "division", "board", "utility", "utilities", "sector", "sectors",
    };

    private static readonly Dictionary<string, string> s_spellings = new(StringComparer.Ordinal)
    {
        ["centre"] = "center",
        ["defence"] = "defense",
        ["organisation"] = "organization",
        ["cyber-security"] = "cybersecurity",
        ["programme"] = "program",
    };

    /// <summary>
    /// Where <paramref name="name"/> stands in <paramref name="text"/> as whole words (no letter or digit right before or
    /// after it), first to last.
    /// </summary>
    public static IEnumerable<int> Occurrences(string text, string name, StringComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        for (var at = name.Length == 0 ? -1 : text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return at;
            }
        }
    }

    /// <summary>
    /// The exact-match key: lower-case letters and digits only, without a leading "the" or possessive
    /// ("Stone Panda" → "stonepanda", "APT 10" → "apt10").
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim().Replace('’', '\'');
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The acronym of a multi-word name ("Computer Emergency Response Team" → "CERT"); null for one word.</summary>
    public static string? Acronym(string name)
    {
        var words = Words(name).Where(w => !s_stopWords.Contains(w)).ToList();
        if (words.Count < 2)
        {
            return null;
        }

        return string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
    }

    /// <summary>Legal-form words that may end a company name ("Korvex Pte Ltd", "Vestmark Kraftnett AS").</summary>
    private static readonly HashSet<string> s_legalForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "asa", "a/s", "aps", "ab", "oy", "oyj", "gmbh", "ag", "se", "sa", "s.a.", "spa", "s.p.a.", "srl", "nv", "n.v.", "bv", "b.v.",
        "kk", "k.k.", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "pte", "pty", "corp", "corp.", "co", "co.", "sarl", "kg", "kgaa",
        // Latin America, Iberia, Central and Eastern Europe, Turkey, South and South-East Asia, common-law partnerships.
        "ltda", "ltda.", "sas", "s.a.s.", "s.a.b.", "sab", "s.l.", "sl", "s.r.l.", "a.s.", "s.r.o.", "sro", "d.o.o.", "doo", "d.d.", "kft", "zrt",
        "nyrt", "a.ş.", "jsc", "pjsc", "bhd", "bhd.", "sdn", "tbk", "pvt", "pvt.", "private", "llp", "lp", "l.p.", "ug", "e.v.", "oü", "uab",
    };

    /// <summary>
    /// The name without the legal form that ends it ("Korvex Pte Ltd" → "Korvex", "Vestmark Kraftnett AS" →
    /// "Vestmark Kraftnett"), as articles usually write it; null when the name ends in none or nothing would remain.
    /// </summary>
    public static string? WithoutLegalForm(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Trim().TrimEnd(',').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var removed = false;
        while (words.Count > 1 && s_legalForms.Contains(words[^1].TrimEnd(',')))
        {
            words.RemoveAt(words.Count - 1);
            removed = true;
        }

        var result = string.Join(' ', words).TrimEnd(',');
        return removed && Key(result).Length >= 3 ? result : null;
    }

    /// <summary>
    /// True when <paramref name="acronym"/> (two to six capitals, as written) can abbreviate <paramref name="name"/>:
    /// its letters appear in order, the first at the first word's initial, every word's initial used and the others
    /// taken from within the words ("VKN" for "Vestmark Kraftnett", "PRWA" for "Puget Ridge Water Authority"). Stop
    /// words and a trailing legal form may be skipped.
    /// </summary>
    public static bool AcronymFits(string acronym, string name)
    {
        ArgumentNullException.ThrowIfNull(acronym);
        ArgumentNullException.ThrowIfNull(name);
        if (acronym.Length is < 2 or > 6 || !acronym.All(char.IsUpper))
        {
            return false;
        }

        var words = Words(WithoutLegalForm(name) ?? name).Where(w => !s_stopWords.Contains(w)).Select(w => w.Replace("-", string.Empty, StringComparison.Ordinal)).Where(w => w.Length > 0).ToList();
        if (words.Count < 2 || words.Count > acronym.Length)
        {
            return false;
        }

        return Fits(acronym.ToLowerInvariant(), 0, words, 0);

        static bool Fits(string letters, int at, List<string> words, int word)
        {
            // letters[at] must start word `word`; the following letters may come from inside it or start the next word.
            if (word == words.Count)
            {
                return at == letters.Length;
            }

            if (at == letters.Length || letters[at] != words[word][0])
            {
                return false;
            }

            var inner = words[word][1..];
            var next = at + 1;
            var from = 0;
            while (true)
            {
                if (Fits(letters, next, words, word + 1))
                {
                    return true;
                }

                if (next == letters.Length || (from = inner.IndexOf(letters[next], from)) < 0)
                {
                    return false;
                }

                from++;
                next++;
            }
        }
    }

    /// <summary>
    /// The words that single out a body ("Japan's cyber security centre" → {cybersecurity}) and the country it
    /// names (JP), with spellings, stop words, generic words and country names normalised away.
    /// </summary>
    /// <summary>Whether a (lower-case) word says what kind of body something is ("agency", "board", "operator"), not which one.</summary>
    public static bool IsKindOfBody(string word) => s_genericWords.Contains(s_spellings.GetValueOrDefault(word, word));

    public static (IReadOnlySet<string> Tokens, string? Country) Distinctive(string name)
    {
        var words = Words(name).ToList();
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        string? country = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word == "cyber" && i + 1 < words.Count && words[i + 1] == "security")
            {
                tokens.Add("cybersecurity");
                i++;
                continue;
            }

            if (i + 1 < words.Count && Countries.Words.TryGetValue(word + " " + words[i + 1], out var two))
            {
                country ??= two;
                i++;
                continue;
            }

            if (Countries.Words.TryGetValue(word, out var code) && word.Length > 2)
            {
                country ??= code;
                continue;
            }

            word = s_spellings.GetValueOrDefault(word, word);
            if (s_stopWords.Contains(word) || s_genericWords.Contains(word))
            {
                continue;
            }

            tokens.Add(word);
        }

        return (tokens, country);
    }

    private static IEnumerable<string> Words(string name)
    {
        var text = name.Replace('’', '\'').Replace("'s ", " ", StringComparison.Ordinal);
        if (text.EndsWith("'s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
