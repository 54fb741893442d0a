namespace ThreatLedger.Knowledge.Resolution;

/// <summary>Decides whether two names (with optional countries) denote the same organisation, and says why.</summary>
public static class VictimMatch
{
    /// <summary>
    /// Never when both countries are known and differ (Estonia's and Slovenia's Ministry of Foreign Affairs are two
    /// victims). Otherwise same when an exact key (name, alias or acronym) is shared; or when the distinctive words of
    /// one name are all in the other and the countries agree (both known and equal, or — when one is unknown — at
    /// least two distinctive words shared).
    /// </summary>
    public static string? Explain(VictimName a, VictimName b)
    {
        var countryA = a.Country;
        var countryB = b.Country;
        if (countryA is not null && countryB is not null && countryA != countryB)
        {
            return null;
        }

        var shared = a.Keys.Intersect(b.Keys, StringComparer.Ordinal).FirstOrDefault();
        if (shared is not null)
        {
            return $"same name or acronym ('{shared}')";
        }

        var (small, large) = a.Tokens.Count <= b.Tokens.Count ? (a.Tokens, b.Tokens) : (b.Tokens, a.Tokens);
        if (small.Count == 0 || !small.IsSubsetOf(large))
        {
            return null;
        }

        if ((countryA is null || countryB is null) && small.Count < 2)
        {
            return null;
        }

        return $"same distinctive words ({string.Join(", ", small.Order(StringComparer.Ordinal))}){(countryA ?? countryB) switch { null => string.Empty, var c => " in " + Countries.Name(c) }}";
    }
}
