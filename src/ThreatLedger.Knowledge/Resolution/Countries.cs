using System.Text.RegularExpressions;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Knowledge.Resolution;

/// <summary>Country names and demonyms (the extraction gazetteer's countries) mapped to ISO 3166-1 alpha-2 codes.</summary>
public static class Countries
{
    private static readonly Lazy<Table> s_table = new(Load);

    /// <summary>The code for a country name, demonym or code ("Chinese", "People's Republic of China", "CN" → CN).</summary>
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..].Trim();
        }

        if (trimmed.Length == 2 && s_table.Value.Names.ContainsKey(trimmed.ToUpperInvariant()))
        {
            return trimmed.ToUpperInvariant();
        }

        return s_table.Value.ByWord.TryGetValue(Normalize(trimmed), out var code) ? code : null;
    }

    /// <summary>The English short name of a code ("JP" → "Japan"); the code itself when unknown.</summary>
    public static string Name(string code) =>
        s_table.Value.Names.TryGetValue(code.ToUpperInvariant(), out var name) ? name : code;

    /// <summary>The first country named in a phrase ("Japan's cyber security centre" → JP), by whole words.</summary>
    public static string? FindIn(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var match = s_table.Value.Pattern.Match(phrase);
        return match.Success ? s_table.Value.ByWord[Normalize(match.Value)] : null;
    }

    /// <summary>
    /// The state whose seat of government a phrase names ("Moscow", "the Kremlin", "Beijing's foreign ministry" → RU,
    /// RU, CN). Only for a party that speaks as the accused: elsewhere "Washington" or "London" name other things.
    /// </summary>
    public static string? FindSeatIn(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var match = s_table.Value.Seats.Match(phrase);
        return match.Success ? s_table.Value.BySeat[Normalize(match.Value)] : null;
    }

    /// <summary>Every name and demonym of every country, lower-case, for token normalisation.</summary>
    internal static IReadOnlyDictionary<string, string> Words => s_table.Value.ByWord;

    private static string Normalize(string text) => text.Replace('’', '\'').Trim().ToLowerInvariant();

    private static Table Load()
    {
        // One country list for the whole product: the extraction gazetteer's countries (names, aliases, demonyms, and
        // capitals or seats of government).
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var byWord = new Dictionary<string, string>(StringComparer.Ordinal);
        var bySeat = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Lexicon.Default.Entries.Where(e => e.Kind == EntityKinds.Country && e.Attribute("code") is not null))
        {
            var code = entry.Attribute("code")!.ToUpperInvariant();
            names.TryAdd(code, entry.Name);
            foreach (var word in entry.Aliases.Prepend(entry.Name).Concat(entry.AttributeList("demonyms")))
            {
                byWord.TryAdd(Normalize(word), code);
            }

            foreach (var seat in entry.AttributeList("capitals"))
            {
                bySeat.TryAdd(Normalize(seat), code);
            }
        }

        var seats = new Regex(@"(?<![\w.])(?:" + string.Join("|", bySeat.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\w])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // Longest first, so "South Korean" wins over "Korean" and "United States of America" over "United States".
        var alternatives = byWord.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        var pattern = new Regex(@"(?<![\w.])(?:" + string.Join("|", alternatives) + @")(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return new Table(names, byWord, pattern, bySeat, seats);
    }

    private sealed record Table(Dictionary<string, string> Names, Dictionary<string, string> ByWord, Regex Pattern, Dictionary<string, string> BySeat, Regex Seats);
}
