namespace ThreatLedger.Extraction.Entities;

/// <summary>One gazetteer line: an entity kind, its canonical name, aliases and attributes.</summary>
/// <param name="Kind">An <see cref="Model.EntityKinds"/> value (users may add their own).</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names (acronyms, vendor names for the same actor, …).</param>
/// <param name="Attributes">
/// Attributes: <c>code</c> (countries), <c>country</c>, <c>actor_type</c>, <c>malware_type</c>, <c>sector</c>,
/// <c>demonyms</c>, <c>capitals</c> and <c>cities</c> and <c>regions</c> (countries, <c>|</c>-separated; cities and regions only place organisations).
/// </param>
/// <param name="Origin">File and line it came from, for error messages.</param>
public sealed record GazetteerEntry(
    string Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Attributes,
    string Origin)
{
    /// <summary>The attribute's value, or null.</summary>
    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;

    /// <summary>The attribute's <c>|</c>-separated values.</summary>
    public IReadOnlyList<string> AttributeList(string key) =>
        Attributes.TryGetValue(key, out var value) ? value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    /// <summary>ISO 3166-1 alpha-2 code: a country's own code or the country an entry belongs to.</summary>
    public string? CountryCode => Attribute("code") ?? Attribute("country");
}
