using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Resolution;

namespace ThreatLedger.Knowledge.Sources;

/// <summary>
/// The original source of a claim, so that relays count once. A named party speaking for itself (a government, the
/// victim, a vendor, the accused) is the same source whichever outlet quotes it. Anonymous officials, unnamed
/// researchers and outlets are identified by the outlet that first published them: the cited-via outlet, else the
/// outlet the article relays, else the article's own outlet.
/// </summary>
public static class OriginKeys
{
    private static readonly HashSet<string> s_selfIdentifying = new(StringComparer.Ordinal)
    {
        SourceKinds.Government, SourceKinds.Victim, SourceKinds.Vendor, SourceKinds.Accused, SourceKinds.Researchers,
    };

    private static readonly HashSet<string> s_vagueDeterminers = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "several", "some", "many", "multiple", "unnamed", "anonymous", "other",
    };

    /// <summary>Plural nouns that describe sources without naming one ("Researchers said…" at a sentence start).</summary>
    private static readonly HashSet<string> s_descriptiveNouns = new(StringComparer.Ordinal)
    {
        "researchers", "experts", "analysts", "officials", "sources", "investigators", "reports", "authorities", "insiders",
        "people", "observers", "specialists", "diplomats", "lawmakers", "prosecutors", "police",
    };

    /// <summary>A normalised outlet or source name ("The Washington Post" → "washingtonpost").</summary>
    public static string Normalize(string name) => NameKeys.Key(name);

    /// <summary>
    /// The origin key of a claim and whether the claim reached this article through another outlet.
    /// <paramref name="accusedActorKey"/> is the knowledge base's key of the named actor the claim is about, if any.
    /// </summary>
    /// <paramref name="sourceEntityName"/> is the canonical name of the entity the source resolves to, if any: "researchers
    /// at ESET" and "ESET" are one vendor. <paramref name="accusedState"/> is the state an accused speaker whose words
    /// name none speaks for (a denial's "embassy spokesman" speaks for the accused state), if known.
    public static (string Key, bool Relayed) Of(ClaimSource source, string? documentOutlet, Relay? documentRelay, string documentId, string? accusedActorKey = null,
        string? sourceCountry = null, string? sourceEntityName = null, string? accusedState = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        // "… told Continental Press" in Continental Press's own article is first-hand reporting, not a relay.
        if (source.CitedVia is { } own && documentOutlet is not null && Normalize(own) == Normalize(documentOutlet))
        {
            source = source with { CitedVia = null };
        }

        var cited = source.CitedVia is not null || documentRelay is not null;
        var namedState = Countries.Resolve(source.Name);
        if (source.Kind == SourceKinds.Accused)
        {
            // An accused state speaks with one voice: "China", "Beijing" and "the Chinese foreign ministry" are one
            // source; a named group speaking for itself ("the Qilin ransomware gang claimed…", "the Qilin group said…")
            // is one source however each outlet words its name: the actor the claim resolves to.
            if ((namedState ?? Countries.FindIn(source.Name) ?? accusedState?.ToUpperInvariant() ?? Countries.FindSeatIn(source.Name)) is { } state)
            {
                return ("accused:" + state, cited);
            }

            if (accusedActorKey is not null)
            {
                return ("accused:" + accusedActorKey, cited);
            }
        }

        // A government speaks with one voice too: "Israel's National Cyber Directorate said" and "Israel has accused" are one
        // source, as coordinated statements of one state are not independent evidence.
        if (source.Kind == SourceKinds.Government && (sourceCountry?.ToUpperInvariant() ?? namedState ?? Countries.FindIn(source.Name)) is { } government
            && (source.EntityId is not null || namedState is not null || IsSpecific(source.Name)))
        {
            return ("government:" + government, cited);
        }

        if (s_selfIdentifying.Contains(source.Kind) && (source.EntityId is not null || IsSpecific(source.Name)))
        {
            return ($"{source.Kind}:{Normalize(sourceEntityName is { Length: > 0 } && source.EntityId is not null ? sourceEntityName : source.Name)}", cited);
        }

        if (source.CitedVia is { } via && RelayDetector.IsNamed(via))
        {
            return ($"outlet:{Normalize(via)}", true);
        }

        if (documentRelay is not null)
        {
            return ($"outlet:{Normalize(documentRelay.Outlet)}", true);
        }

        var outlet = documentOutlet is { Length: > 0 } ? Normalize(documentOutlet) : "document-" + Normalize(documentId);
        return ($"outlet:{outlet}", false);
    }

    /// <summary>
    /// True for a name that identifies one party ("the Chinese foreign ministry", "Mandiant", "CISA officials"), not a
    /// description ("researchers", "Initial research"): a capital that a sentence start does not explain — on a later
    /// word, an all-capitals first word, or a one-word name — and distinctive words or a country.
    /// </summary>
    private static bool IsSpecific(string name)
    {
        var (tokens, country) = NameKeys.Distinctive(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].ToLowerInvariant();
        var capitalised = words.Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0]))
            || (words[0].Length > 1 && words[0].All(c => !char.IsLetter(c) || char.IsUpper(c)))
            || (words.Length == 1 && char.IsUpper(words[0][0]) && !s_descriptiveNouns.Contains(first));
        return capitalised && (tokens.Count > 0 || country is not null)
            && !char.IsDigit(name[0]) && !s_vagueDeterminers.Contains(first);
    }
}
