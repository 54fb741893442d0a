namespace ThreatLedger.Knowledge.Resolution;

/// <summary>The ways an organisation is named: exact keys (names, aliases, acronyms), distinctive words and country.</summary>
public sealed class VictimName
{
    private readonly HashSet<string> _tokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public VictimName(string? country = null) => Country = country;

    public string? Country { get; private set; }
    public IReadOnlySet<string> Keys => _keys;
    public IReadOnlySet<string> Tokens => _tokens;

    /// <summary>Builds the name set of one entity: its name, its aliases, the acronym of each and its country.</summary>
    public static VictimName Of(string name, IEnumerable<string> aliases, string? country)
    {
        var result = new VictimName(country);
        result.Add(name);
        foreach (var alias in aliases)
        {
            result.Add(alias);
        }

        return result;
    }

    /// <summary>Records the country a later report gives an organisation first named without one.</summary>
    public void LearnCountry(string country) => Country ??= country;

    /// <summary>Adds a name: its key, its acronym's key, its distinctive words (kept from the most specific name) and its country.</summary>
    public void Add(string name)
    {
        var key = NameKeys.Key(name);
        if (key.Length > 0)
        {
            _keys.Add(key);
        }

        if (NameKeys.Acronym(name) is { Length: >= 3 } acronym)
        {
            _keys.Add(NameKeys.Key(acronym));
        }

        var (tokens, country) = NameKeys.Distinctive(name);
        Country ??= country;
        _tokens.UnionWith(tokens);
    }
}
