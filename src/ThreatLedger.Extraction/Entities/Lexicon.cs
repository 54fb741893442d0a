using System.Collections.Frozen;
using System.Reflection;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Entities;

/// <summary>
/// The gazetteers: countries (ISO codes, demonyms, capitals), government bodies, security vendors, news outlets, threat
/// actors with aliases and attributed country, malware and tool families, sectors. The built-in lists are embedded
/// resources (<c>Entities/Data/*.tsv</c>); <see cref="Load"/> adds every <c>*.tsv</c> of a user folder on top.
/// </summary>
/// <remarks>
/// File format: UTF-8, tab-separated, <c>#</c> starts a comment line. Columns: kind, canonical name, aliases separated
/// by <c>|</c>, attributes as <c>key=value</c> pairs separated by <c>;</c>. An entry with <c>context=required</c> is
/// only recognised next to a word that says what it is ("Play ransomware", "the Royal gang"). A line of kind
/// <c>places</c> names a country (ISO code or name) and lists more of its <c>regions</c> and <c>cities</c>, which only
/// place an organisation ("a housing association in West Yorkshire").
/// </remarks>
public sealed class Lexicon
{
    /// <summary>The kind of a gazetteer line that adds regions and cities to a country (<c>Data/places.tsv</c>).</summary>
    public const string PlacesKind = "places";

    private static readonly Lazy<Lexicon> s_default = new(() => new Lexicon(ReadEmbedded()));

    private readonly Dictionary<string, List<Phrase>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> _byFirstTokenLower = new(StringComparer.Ordinal);

    private Lexicon(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        var cities = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        var places = new List<GazetteerEntry>();
        foreach (var entry in entries)
        {
            if (entry.Kind == PlacesKind)
            {
                // "places<TAB>GB<TAB><TAB>regions=…;cities=…": more places of a country, which name no entity of their own.
                places.Add(entry);
                continue;
            }

            var needsContext = string.Equals(entry.Attribute("context"), "required", StringComparison.OrdinalIgnoreCase);
            Add(entry.Name, entry, SurfaceKind.Name, needsContext);
            foreach (var alias in entry.Aliases)
            {
                Add(alias, entry, SurfaceKind.Alias, needsContext);
            }

            if (entry.Kind == EntityKinds.Country)
            {
                countries[entry.Name] = entry;
                if (entry.CountryCode is { } code)
                {
                    countries.TryAdd(code, entry);
                }

                foreach (var demonym in entry.AttributeList("demonyms"))
                {
                    Add(demonym, entry, SurfaceKind.Demonym, false);
                }

                foreach (var capital in entry.AttributeList("capitals"))
                {
                    Add(capital, entry, SurfaceKind.Capital, false);
                }

                foreach (var city in entry.AttributeList("cities").Concat(entry.AttributeList("regions")))
                {
                    cities.TryAdd(city, entry);
                }
            }
        }

        foreach (var entry in places)
        {
            if (!countries.TryGetValue(entry.Name, out var country))
            {
                throw new LexiconException($"{entry.Origin}: places for '{entry.Name}', which is no country code or name of the gazetteer");
            }

            foreach (var place in entry.AttributeList("cities").Concat(entry.AttributeList("regions")))
            {
                cities.TryAdd(place, country);
            }
        }

        CountriesByNameOrCode = countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        CountriesByCity = cities.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in gazetteers.</summary>
    public static Lexicon Default => s_default.Value;

    /// <summary>Every entry, built-in first.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Countries by canonical name or ISO code.</summary>
    public IReadOnlyDictionary<string, GazetteerEntry> CountriesByNameOrCode { get; }

    /// <summary>
    /// Countries by a city in them that is not the capital (<c>cities</c> attribute) or by one of their states, provinces
    /// or regions (<c>regions</c>): these only place an organisation ("a Basel-based drugmaker", "a university in New South
    /// Wales"); unlike capitals they never stand for the state.
    /// </summary>
    public IReadOnlyDictionary<string, GazetteerEntry> CountriesByCity { get; }

    /// <summary>The built-in gazetteers extended with every <c>*.tsv</c> file in <paramref name="directory"/>.</summary>
    public static Lexicon Load(string? directory)
    {
        if (directory is null)
        {
            return Default;
        }

        if (!Directory.Exists(directory))
        {
            throw new LexiconException($"{directory}: lexicon folder not found");
        }

        var entries = new List<GazetteerEntry>(Default.Entries);
        var files = Directory.GetFiles(directory, "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0 && !Directory.Exists(Path.Combine(directory, "events")))
        {
            throw new LexiconException($"{directory}: the lexicon folder holds no .tsv gazetteer files and no events/ trigger lexicons");
        }

        foreach (var file in files)
        {
            entries.AddRange(Parse(File.ReadAllText(file), file));
        }

        return new Lexicon(entries);
    }

    /// <summary>Parses gazetteer lines; <paramref name="origin"/> names the file in errors.</summary>
    public static IReadOnlyList<GazetteerEntry> Parse(string content, string origin)
    {
        var entries = new List<GazetteerEntry>();
        var lineNumber = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2 || string.IsNullOrWhiteSpace(columns[0]) || string.IsNullOrWhiteSpace(columns[1]))
            {
                throw new LexiconException($"{origin}:{lineNumber}: expected 'kind<TAB>name[<TAB>aliases[<TAB>attributes]]'");
            }

            if (columns.Length > 4)
            {
                throw new LexiconException($"{origin}:{lineNumber}: {columns.Length} columns, at most 4 (kind, name, aliases, attributes)");
            }

            var aliases = columns.Length > 2
                ? columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (columns.Length > 3)
            {
                foreach (var pair in columns[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var equals = pair.IndexOf('=');
                    if (equals <= 0)
                    {
                        throw new LexiconException($"{origin}:{lineNumber}: attribute '{pair}' is not key=value");
                    }

                    attributes[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
                }
            }

            entries.Add(new GazetteerEntry(columns[0].Trim(), columns[1].Trim(), aliases, attributes, $"{origin}:{lineNumber}"));
        }

        return entries;
    }

    /// <summary>
    /// Phrases whose first token is <paramref name="token"/>: those in exact case, and the case-free ones under its lower
    /// case (the lexicon's own lists, not copies: callers only read them).
    /// </summary>
    internal (IReadOnlyList<Phrase>? Exact, IReadOnlyList<Phrase>? CaseFree) Candidates(string token) =>
        (_byFirstToken.TryGetValue(token, out var exact) ? exact : null,
         _byFirstTokenLower.TryGetValue(token.ToLowerInvariant(), out var lower) ? lower : null);

    private void Add(string surface, GazetteerEntry entry, SurfaceKind kind, bool needsContext)
    {
        var tokens = Tokenizer.Tokenize(surface).Select(t => t.GetText(surface)).ToArray();
        if (tokens.Length == 0)
        {
            return;
        }

        // Sector words and other all-lower-case forms match in any case; names keep their case.
        var ignoreCase = entry.Kind == EntityKinds.Sector || surface.All(c => !char.IsUpper(c));
        var key = ignoreCase ? tokens[0].ToLowerInvariant() : tokens[0];
        if (ignoreCase)
        {
            tokens = [.. tokens.Select(t => t.ToLowerInvariant())];
        }

        var map = ignoreCase ? _byFirstTokenLower : _byFirstToken;
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(new Phrase(tokens, entry, kind, ignoreCase, needsContext));
    }

    private static List<GazetteerEntry> ReadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        const string prefix = "ThreatLedger.Extraction.Entities.Data.";
        var entries = new List<GazetteerEntry>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new LexiconException($"embedded gazetteer {name} is missing");
            using var reader = new StreamReader(stream);
            entries.AddRange(Parse(reader.ReadToEnd(), name[prefix.Length..]));
        }

        return entries;
    }

    internal static Assembly ResourceAssembly => typeof(Lexicon).Assembly;
}
