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

    /// <summary>
    /// The words that single out a body ("Japan's cyber security centre" → {cybersecurity}) and the country it
    /// names (JP), with spellings, stop words, generic words and country names normalised away.
    /// </summary>
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
