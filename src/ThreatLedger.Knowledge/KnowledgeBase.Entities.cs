using System.Globalization;
using System.Text.RegularExpressions;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Resolution;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>The victims in the base, or only those of <paramref name="only"/> when given.</summary>
    private static async Task<List<VictimEntry>> LoadVictimsAsync(WriteTransaction tx, CancellationToken ct, IReadOnlyCollection<long>? only = null)
    {
        var byEntity = new Dictionary<long, (string Name, string? Country, List<string> Aliases)>();
        if (only is { Count: 0 })
        {
            return [];
        }

        // The filter lists integers the base itself gave out, so they are written into the statement as they are.
        var filter = only is null ? string.Empty : " AND e.entity_seq IN (" + string.Join(',', only.Select(seq => seq.ToString(CultureInfo.InvariantCulture))) + ")";
        await using var command = tx.Command(
            "SELECT e.entity_seq, e.name, e.country, a.alias FROM entities e LEFT JOIN entity_aliases a ON a.entity_seq = e.entity_seq WHERE e.kind = 'victim'" + filter + " ORDER BY e.entity_seq");
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var seq = Long(reader, 0);
                if (!byEntity.TryGetValue(seq, out var entry))
                {
                    byEntity[seq] = entry = (reader.GetString(1), reader.StringOrNull(2), []);
                }

                if (reader.StringOrNull(3) is { } alias)
                {
                    entry.Aliases.Add(alias);
                }
            }
        }

        return byEntity.Select(kv => new VictimEntry(kv.Key, VictimName.Of(kv.Value.Name, kv.Value.Aliases, kv.Value.Country), [kv.Value.Name, .. kv.Value.Aliases])).ToList();
    }

    /// <summary>A victim already in the base, with its name set and the names it was reported under.</summary>
    private sealed record VictimEntry(long Seq, VictimName Name, List<string> Names)
    {
        /// <summary>A targeted sector standing in for a victim ("utilities sector", see <see cref="SectorNames"/>).</summary>
        public bool IsSector => Names.Count > 0 && Names[0].EndsWith(" sector", StringComparison.Ordinal);
    }

    /// <summary>
    /// The known victim the text names (longest name found on word boundaries; acronyms matched case-sensitively;
    /// country names never count; else a shorter proper name of it, see <see cref="FindKnownVictimByWords"/>), with the
    /// text as matched. Organisations are looked for before targeted sectors.
    /// </summary>
    private static (long Seq, string Mention, int Position)? FindKnownVictim(string text, List<VictimEntry> victims)
    {
        // An organisation the text names beats a targeted sector it also names ("a water utility"): sectors stand in
        // for victims only when no organisation does.
        var organisations = victims.Where(v => !v.IsSector).ToList();
        return FindKnownVictimByName(text, organisations) ?? FindKnownVictimByWords(text, organisations) ?? FindKnownVictimByName(text, victims.Where(v => v.IsSector).ToList());
    }

    /// <summary>
    /// The known victim an article names in its text, else in its title ("FBI ties Korvex hack to North Korea" over a
    /// text that says only "the Singapore-based exchange"); a title match is placed at the start of the text.
    /// </summary>
    private static (long Seq, string Mention, int Position)? FindKnownVictimInArticle(string text, string? title, List<VictimEntry> victims) =>
        FindKnownVictim(text, victims) ?? (title is not null && FindKnownVictim(title, victims) is { } named ? named with { Position = 0 } : null);

    private static (long Seq, string Mention, int Position)? FindKnownVictimByName(string text, List<VictimEntry> victims)
    {
        (long Seq, string Mention, int Position)? best = null;
        // A name can only be found where its first word is a word of the text: one pass over the text spares a search
        // for most of the store's names.
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add(text[start..i]);
        }

        foreach (var victim in victims)
        {
            foreach (var name in victim.Names)
            {
                if (name.Length < 3 || (best is { } b && name.Length <= b.Mention.Length) || !words.Contains(FirstWord(name)) || Countries.Resolve(name) is not null)
                {
                    continue;
                }

                var comparison = name.Any(char.IsLower) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                foreach (var at in NameKeys.Occurrences(text, name, comparison).Where(at => !ExploitedProduct(text, at, at + name.Length)).Take(1))
                {
                    best = (victim.Seq, text.Substring(at, name.Length), at);
                }
            }
        }

        return best;
    }

    /// <summary>The first run of letters and digits of a name ("A.P. Moller" → "A").</summary>
    private static string FirstWord(string name)
    {
        var start = 0;
        while (start < name.Length && !char.IsLetterOrDigit(name[start]))
        {
            start++;
        }

        var end = start;
        while (end < name.Length && char.IsLetterOrDigit(name[end]))
        {
            end++;
        }

        return name[start..end];
    }

    /// <summary>
    /// True when the name at [start, end) is the product an attack exploited, not an organisation hit: "a vulnerability in
    /// FileHarbor", "the FileHarbor flaw", "exploited FileHarbor servers" — the maker of vulnerable software is rarely
    /// the victim of the incident that exploits it.
    /// </summary>
    private static bool ExploitedProduct(string text, int start, int end) =>
        ProductAfter().IsMatch(text.AsSpan(end, Math.Min(60, text.Length - end))) || ProductBefore().IsMatch(text.AsSpan(Math.Max(0, start - 80), start - Math.Max(0, start - 80)));

    [GeneratedRegex(@"^(?:'s)?(?:\s+[A-Z][\w.-]*){0,2}\s+(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-days?|0-days?|exploits?|security holes?|weakness(?:es)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProductAfter();

    [GeneratedRegex(@"(?:\b(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-days?|0-days?|weakness(?:es)?|holes?)\s+(?:\w+\s+){0,2}?(?:in|affecting)|\bexploit(?:ed|ing|s)?)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProductBefore();

    /// <summary>
    /// A known victim named by a shorter or reordered proper name ("the Puget Ridge authority" for the Puget Ridge Water
    /// Authority): a run of capitalised words whose distinctive words are all among the victim's, by the rule
    /// <see cref="VictimMatch"/> applies (at least two of them when a country is unknown). The first such run wins.
    /// </summary>
    private static (long Seq, string Mention, int Position)? FindKnownVictimByWords(string text, List<VictimEntry> victims)
    {
        foreach (var (at, phrase) in CapitalisedRuns(text))
        {
            var name = VictimName.Of(phrase, [], null);
            if (name.Tokens.Count < 2)
            {
                continue;
            }

            foreach (var victim in victims)
            {
                if (NamesPartOf(name, victim))
                {
                    return (victim.Seq, phrase, at);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A known victim that an incident's sentence names only by description ("the breach of the country's maritime safety
    /// agency" after another report named the Estonian Maritime Safety Board): a lower-case phrase ending in a word for a
    /// kind of body, whose distinctive words (at least two) are all among one known victim's, by <see cref="VictimMatch"/>.
    /// Null when no victim, or more than one, fits.
    /// </summary>
    private static (long Seq, string Mention, int Position)? FindKnownVictimByDescription(string text, int at, List<VictimEntry> victims)
    {
        if (at < 0 || at >= text.Length)
        {
            return null;
        }

        var from = text.LastIndexOfAny(['.', '\n'], Math.Max(0, at - 1)) + 1;
        var to = text.IndexOfAny(['.', '\n'], at) is var stop and >= 0 ? stop : text.Length;
        var words = new List<(int Start, int End)>();
        for (var i = from; i < to;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019'))
            {
                i++;
            }

            words.Add((start, i));
        }

        (long Seq, string Mention, int Position)? found = null;
        for (var head = 2; head < words.Count; head++)
        {
            if (!NameKeys.IsKindOfBody(text[words[head].Start..words[head].End]))
            {
                continue;
            }

            // Lower-case modifiers before the head, back to a determiner or possessive ("the", "its", "the country's").
            var first = head;
            while (first > 0 && head - first < 4 && text[words[first - 1].Start..words[first - 1].End] is var word
                && word.All(char.IsLower) && word is not ("the" or "a" or "an" or "of" or "its" or "their" or "his" or "her" or "our"))
            {
                first--;
            }

            if (head - first < 2)
            {
                continue;
            }

            var phrase = text[words[first].Start..words[head].End];
            var name = VictimName.Of(phrase, [], null);
            if (name.Tokens.Count < 2)
            {
                continue;
            }

            var matches = victims.Where(v => !v.IsSector && NamesPartOf(name, v)).ToList();
            if (matches.Count == 1)
            {
                if (found is { } earlier && earlier.Seq != matches[0].Seq)
                {
                    return null;
                }

                found = (matches[0].Seq, phrase, words[first].Start);
            }
        }

        return found;
    }

    /// <summary>Whether a shorter name or description fits a known victim: all its distinctive words are the victim's, by <see cref="VictimMatch"/>.</summary>
    private static bool NamesPartOf(VictimName name, VictimEntry victim) => VictimMatch.Explain(name, victim.Name) is not null && name.Tokens.IsSubsetOf(victim.Name.Tokens);

    /// <summary>Runs of capitalised words (with "of", "and", "for" between them) in text order, within one sentence.</summary>
    private static IEnumerable<(int At, string Phrase)> CapitalisedRuns(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsUpper(text[i]))
            {
                i++;
            }

            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var j = i;
            while (j < text.Length)
            {
                var wordEnd = j;
                while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '\''))
                {
                    wordEnd++;
                }

                if (wordEnd == j)
                {
                    break;
                }

                var word = text[j..wordEnd];
                var capital = char.IsUpper(word[0]);
                if (!capital && word is not ("of" or "and" or "for"))
                {
                    break;
                }

                if (capital)
                {
                    end = wordEnd;
                }

                if (wordEnd >= text.Length || text[wordEnd] != ' ')
                {
                    break;
                }

                j = wordEnd + 1;
            }

            if (end > start)
            {
                yield return (start, text[start..end]);
            }

            i = Math.Max(end, start + 1);
        }
    }

    /// <summary>Finds the victim entity named by a document entity (or a bare mention), or creates it; records new aliases.</summary>
    private async Task<long> ResolveVictimAsync(WriteTransaction tx, List<VictimEntry> victims, Entity? entity, string mention, CancellationToken ct)
    {
        var name = entity?.Name ?? StripArticle(mention);
        var aliases = (entity?.Aliases ?? []).Append(mention).Select(StripArticle).Where(a => a.Length > 0).ToList();
        // Articles drop the legal form ("Korvex Pte Ltd" is "Korvex" after the first line): the short name is an alias.
        aliases = aliases.Prepend(name).Select(NameKeys.WithoutLegalForm).Where(a => a is not null).Select(a => a!).Concat(aliases)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var country = entity?.Attributes.GetValueOrDefault("country") ?? Countries.FindIn(name) ?? aliases.Select(Countries.FindIn).FirstOrDefault(c => c is not null);
        var incoming = VictimName.Of(name, aliases, country);
        foreach (var known in victims)
        {
            if (VictimMatch.Explain(incoming, known.Name) is not null)
            {
                foreach (var alias in aliases.Prepend(name))
                {
                    await AddAliasAsync(tx, known.Seq, alias, "document", ct).ConfigureAwait(false);
                    known.Name.Add(alias);
                    known.Names.Add(alias);
                }

                if (country is not null && (known.Name.Country is null || known.Name.Country == country))
                {
                    // "Tatra Telekom" first, "Slovakia's second-largest mobile operator Tatra Telekom" later: the country is learned.
                    await ExecuteAsync(tx, "UPDATE entities SET country = @c WHERE entity_seq = @e AND country IS NULL", ct, ("@c", country), ("@e", known.Seq)).ConfigureAwait(false);
                    known.Name.LearnCountry(country);
                }

                return known.Seq;
            }
        }

        var created = await InsertReturningAsync(tx, "INSERT INTO entities (kind, name, country, origin) VALUES ('victim', @n, @c, 'document')", "entity_seq", ct,
            ("@n", name), ("@c", country)).ConfigureAwait(false);
        await AddAliasAsync(tx, created, name, "name", ct).ConfigureAwait(false);
        foreach (var alias in aliases)
        {
            await AddAliasAsync(tx, created, alias, "document", ct).ConfigureAwait(false);
        }

        victims.Add(new VictimEntry(created, incoming, [name, .. aliases]));
        return created;
    }

    private static string StripArticle(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }

    private static async Task AddAliasAsync(WriteTransaction tx, long entitySeq, string alias, string origin, CancellationToken ct)
    {
        var key = NameKeys.Key(alias);
        if (key.Length == 0)
        {
            return;
        }

        await ExecuteAsync(tx, "INSERT INTO entity_aliases (entity_seq, alias_key, alias, origin) VALUES (@e, @k, @a, @o) ON CONFLICT (entity_seq, alias_key) DO NOTHING", ct,
            ("@e", entitySeq), ("@k", key), ("@a", alias), ("@o", origin)).ConfigureAwait(false);
    }

    /// <summary>
    /// The other names a report gives a known actor ("Zirconium, the group also tracked as APT31") become its aliases,
    /// so later reports that use only them resolve to it — unless the name is a description or another actor owns it.
    /// </summary>
    private static async Task LearnAliasesAsync(WriteTransaction tx, long actorSeq, IEnumerable<string> names, CancellationToken ct)
    {
        foreach (var name in names)
        {
            if (ActorNames.IsDescriptive(name) || await FindActorAsync(tx, name, ct).ConfigureAwait(false) is not null)
            {
                continue;
            }

            await AddAliasAsync(tx, actorSeq, name, "document", ct).ConfigureAwait(false);
        }
    }

    /// <summary>The actor entity an alias key names, preferring the entity whose canonical name it is.</summary>
    private static async Task<(long Seq, string Name)?> FindActorAsync(WriteTransaction tx, string name, CancellationToken ct)
    {
        var key = NameKeys.Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        await using var command = tx.Command(
            "SELECT e.entity_seq, e.name FROM entity_aliases a JOIN entities e ON e.entity_seq = a.entity_seq " +
            "WHERE a.alias_key = @k AND e.kind = 'actor' ORDER BY CASE WHEN a.origin = 'name' THEN 0 ELSE 1 END, e.entity_seq LIMIT 1");
        command.AddText("@k", key);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false) ? (Long(reader, 0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// The hypothesis a claim is about: a known actor (by any alias), a named group new to the base, or — for
    /// descriptions such as "Chinese state-backed hackers" — the state at country level.
    /// </summary>
    private async Task<Hypothesis?> ResolveHypothesisAsync(WriteTransaction tx, Claim claim, Entity? accusedEntity, CancellationToken ct)
    {
        var accused = accusedEntity?.Name ?? claim.Accused;
        var country = claim.AccusedCountry ?? accusedEntity?.Attributes.GetValueOrDefault("country");
        if (accused is { Length: > 0 })
        {
            var names = accusedEntity?.Aliases.Prepend(accused).ToList() ?? [accused];
            foreach (var candidate in names)
            {
                var found = await FindActorAsync(tx, candidate, ct).ConfigureAwait(false)
                    ?? (ActorNames.WithoutDescriptor(candidate) is { } bare ? await FindActorAsync(tx, bare, ct).ConfigureAwait(false) : null);
                if (found is { } actor)
                {
                    await LearnAliasesAsync(tx, actor.Seq, names, ct).ConfigureAwait(false);
                    return new Hypothesis("actor:" + actor.Seq, actor.Name, actor.Seq);
                }
            }

            if (accusedEntity?.Kind == EntityKinds.Country || accusedEntity?.Attributes.GetValueOrDefault("descriptive") == "true" || ActorNames.IsDescriptive(accused))
            {
                country ??= Countries.Resolve(accused) ?? Countries.FindIn(accused);
                return country is null ? null : Hypothesis.Country(country.ToUpperInvariant());
            }

            var name = ActorNames.WithoutDescriptor(accused) ?? accused;
            var created = await InsertReturningAsync(tx, "INSERT INTO entities (kind, name, country, origin) VALUES ('actor', @n, @c, 'document')", "entity_seq", ct,
                ("@n", name), ("@c", country)).ConfigureAwait(false);
            await AddAliasAsync(tx, created, name, "name", ct).ConfigureAwait(false);
            await AddAliasAsync(tx, created, accused, "document", ct).ConfigureAwait(false);
            foreach (var alias in accusedEntity?.Aliases ?? [])
            {
                await AddAliasAsync(tx, created, alias, "document", ct).ConfigureAwait(false);
            }

            return new Hypothesis("actor:" + created, name, created);
        }

        return country is null ? null : Hypothesis.Country(country.ToUpperInvariant());
    }
}
