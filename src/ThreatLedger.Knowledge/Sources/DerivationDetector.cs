using System.Globalization;

namespace ThreatLedger.Knowledge.Sources;

/// <summary>
/// Finds articles that relay earlier ones without saying so plainly, so that ten outlets repeating one newspaper
/// count as one source. Articles are taken in publication order (ties: the one stored first); for each claim whose
/// original source is still its own article's outlet or a cited outlet (named parties speaking for themselves are one
/// source already), the first rule that applies gives it the original source of an earlier claim:
/// <list type="number">
/// <item><b>Cites a stored report</b>: the claim is cited via, attributed to, or names an outlet whose earlier article
/// is in the store, and that article makes a claim on the same hypothesis in the same direction.</item>
/// <item><b>Near-duplicate</b>: in the same incident, an earlier article from another outlet has a claim on the same
/// hypothesis (or one of the same state) and direction whose evidence sentence this one copies (see <see cref="TextOverlap"/>).</item>
/// <item><b>Same anonymous source</b>: in the same incident, an earlier claim on the same hypothesis and direction
/// rests on anonymous sources described in the same distinctive words (at least two besides stock words such as
/// "officials familiar with the matter") with the same count, or both uncounted ("three government and
/// private-sector sources").</item>
/// <item><b>Same story</b>: once an article is shown to relay an earlier one, its remaining first-hand claims on a
/// hypothesis that earlier article supports or rejects in the same direction are that article's too.</item>
/// </list>
/// Explicit relay cues found at ingest ("according to …") are listed too. Everything found is returned with its
/// reason, for <c>show</c>.
/// </summary>
public static class DerivationDetector
{
    /// <summary>Words that describe any anonymous source and so cannot tell two apart.</summary>
    private static readonly HashSet<string> s_genericSourceWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "with", "to", "on", "in", "for", "by", "who", "which", "that", "at",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "multiple",
        "official", "officials", "source", "sources", "people", "person", "persons", "individuals", "familiar", "matter",
        "investigation", "knowledge", "situation", "case", "said", "told", "speaking", "condition", "anonymity",
        "declined", "be", "named", "identified", "not", "authorized", "authorised", "discuss", "publicly", "briefed",
        "close", "involved", "directly", "unnamed", "anonymous", "other", "others",
    };

    /// <summary>Re-derives every claim's original source across the store.</summary>
    public static DerivationResult Detect(IReadOnlyList<SourcedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = documents.OrderBy(d => d.Published ?? DateOnly.MaxValue).ThenBy(d => d.Seq).ToList();
        var earlier = new Earlier();
        var outletDocuments = new Dictionary<string, List<SourcedDocument>>(StringComparer.Ordinal);
        var outletNames = new OutletNames();
        var claims = new Dictionary<long, ClaimOrigin>();
        var relays = new Dictionary<long, IReadOnlyList<Derivation>>();
        var reportsByIncident = new Dictionary<long, List<(SourcedDocument Document, TextFingerprint Evidence)>>();

        foreach (var document in ordered)
        {
            var own = document.OwnOrigin;
            var found = new List<Derivation>();
            if (document.RelaysOutlet is { } relayed)
            {
                var source = Latest(outletDocuments, OriginKeys.Normalize(relayed), document);
                found.Add(new Derivation(document.Seq, source?.Seq, relayed, DerivationMethods.RelayCue,
                    $"says \"{document.RelayCue}\"" + (source is null ? string.Empty : $"; {source.Label} is in the store")));
            }

            var origins = new Dictionary<long, ClaimOrigin>();
            foreach (var claim in document.Claims)
            {
                var origin = Derive(document, claim, own, earlier, outletDocuments, outletNames);
                origins[claim.Seq] = origin;
                if (origin.Derivation is { } why)
                {
                    found.Add(why);
                }
            }

            // An article whose claims show nothing may still copy how an earlier article describes the incident.
            if (!found.Any(f => f.SourceDocumentSeq is not null) && CopiedReport(document, own, reportsByIncident) is { } copied)
            {
                found.Add(copied);
            }

            // Same story: the rest of a relaying article's first-hand claims follow the article it relays.
            foreach (var source in found.Select(f => f.SourceDocumentSeq).Where(s => s is not null).Distinct().ToList())
            {
                foreach (var claim in document.Claims.Where(c => origins[c.Seq].Derivation is null && c.OriginKey == own && c.HypothesisKey is not null))
                {
                    var match = earlier.Of(source!.Value).FirstOrDefault(e => Agrees(e.Claim, claim));
                    if (match is not null)
                    {
                        var why = new Derivation(document.Seq, source, match.Document.Outlet, DerivationMethods.SameStory,
                            $"this article relays {match.Document.Label}, which makes the same claim");
                        origins[claim.Seq] = new ClaimOrigin(match.Origin, true, why);
                        found.Add(why);
                    }
                }
            }

            foreach (var claim in document.Claims)
            {
                claims[claim.Seq] = origins[claim.Seq];
                earlier.Add(new Resolved(document, claim, origins[claim.Seq].OriginKey));
            }

            if (found.Count > 0)
            {
                // One line per relayed report: the explicit cue when there is one, else the first evidence found.
                relays[document.Seq] = found
                    .DistinctBy(f => f.SourceDocumentSeq?.ToString(CultureInfo.InvariantCulture) ?? OriginKeys.Normalize(f.SourceOutlet ?? string.Empty))
                    .OrderBy(f => f.SourceDocumentSeq is null ? 1 : 0)
                    .ToList();
            }

            foreach (var report in document.Reports)
            {
                if (!reportsByIncident.TryGetValue(report.IncidentSeq, out var list))
                {
                    reportsByIncident[report.IncidentSeq] = list = [];
                }

                list.Add((document, new TextFingerprint(report.Evidence)));
            }

            if (document.Outlet is { Length: > 0 } outlet)
            {
                var key = OriginKeys.Normalize(outlet);
                if (!outletDocuments.TryGetValue(key, out var list))
                {
                    outletDocuments[key] = list = [];
                    outletNames.Add(key, outlet);
                }

                list.Add(document);
            }
        }

        return new DerivationResult { Claims = claims, Documents = relays };
    }

    private static ClaimOrigin Derive(SourcedDocument document, SourcedClaim claim, string own, Earlier earlier,
        Dictionary<string, List<SourcedDocument>> outletDocuments, OutletNames outletNames)
    {
        var unchanged = new ClaimOrigin(claim.OriginKey, claim.Relayed, null);
        if (!claim.OriginKey.StartsWith("outlet:", StringComparison.Ordinal))
        {
            return unchanged;
        }

        // 1. The claim cites, or names, an outlet whose earlier report is in the store.
        var cited = claim.OriginKey != own ? claim.OriginKey["outlet:".Length..] : NamedOutlet(claim, document, outletNames);
        if (cited is not null && outletDocuments.TryGetValue(cited, out var citedDocuments))
        {
            var name = outletNames.Name(cited);
            var match = citedDocuments.SelectMany(d => earlier.Of(d.Seq)).LastOrDefault(e => Agrees(e.Claim, claim));
            if (match is not null)
            {
                return new ClaimOrigin(match.Origin, true, new Derivation(document.Seq, match.Document.Seq, name, DerivationMethods.CitesStoredReport,
                    $"cites {name}, whose report{Of(match.Document)} is in the store and makes the same claim"));
            }

            var latest = citedDocuments[^1];
            return new ClaimOrigin("outlet:" + cited, true, new Derivation(document.Seq, latest.Seq, name, DerivationMethods.CitesStoredReport,
                $"cites {name}, whose report{Of(latest)} is in the store"));
        }

        if (claim.HypothesisKey is null || claim.IncidentSeq is null)
        {
            return unchanged;
        }

        // 2. The evidence sentence copies an earlier report's (only claims sharing a run of words can).
        foreach (var candidate in earlier.Sharing(claim).Where(e => e.Document.OwnOrigin != own && (Agrees(e.Claim, claim) || SameState(e.Claim, claim))))
        {
            var overlap = TextOverlap.Compare(earlier.Fingerprint(claim), earlier.Fingerprint(candidate.Claim));
            if (overlap.IsCopy)
            {
                var detail = overlap.SharedQuote is { } quote
                    ? $"repeats the quotation \"{quote}\" from {candidate.Document.Label}"
                    : string.Create(CultureInfo.InvariantCulture,
                        $"repeats {overlap.CopiedWords} of {overlap.ShorterWords} words of a sentence in {candidate.Document.Label} (\"{overlap.LongestPassage}\")");
                return new ClaimOrigin(candidate.Origin, true, new Derivation(document.Seq, candidate.Document.Seq, candidate.Document.Outlet, DerivationMethods.NearDuplicate, detail));
            }
        }

        // 3. The same anonymous sources, described alike and counted alike (or both uncounted).
        if (claim.SourceCount is not 1 && DescriptionKey(claim.SourceName) is { } description)
        {
            var same = earlier.On(claim.IncidentSeq.Value, claim.HypothesisKey).FirstOrDefault(e => e.Document.OwnOrigin != own && Agrees(e.Claim, claim)
                && e.Claim.SourceCount == claim.SourceCount && DescriptionKey(e.Claim.SourceName) == description);
            if (same is not null)
            {
                return new ClaimOrigin(same.Origin, true, new Derivation(document.Seq, same.Document.Seq, same.Document.Outlet, DerivationMethods.SameAnonymousSource,
                    $"rests on the same anonymous sources as {same.Document.Label}: \"{claim.SourceName}\""));
            }
        }

        return unchanged;
    }

    /// <summary>An earlier article of another outlet whose sentence describing the same incident this article copies.</summary>
    private static Derivation? CopiedReport(SourcedDocument document, string own, Dictionary<long, List<(SourcedDocument Document, TextFingerprint Evidence)>> reportsByIncident)
    {
        foreach (var report in document.Reports)
        {
            var fingerprint = new TextFingerprint(report.Evidence);
            foreach (var (earlier, evidence) in reportsByIncident.GetValueOrDefault(report.IncidentSeq) ?? [])
            {
                var overlap = earlier.OwnOrigin == own ? null : TextOverlap.Compare(fingerprint, evidence);
                if (overlap is { IsCopy: true })
                {
                    return new Derivation(document.Seq, earlier.Seq, earlier.Outlet, DerivationMethods.NearDuplicate, string.Create(CultureInfo.InvariantCulture,
                        $"describes the incident in {overlap.CopiedWords} of {overlap.ShorterWords} words of a sentence in {earlier.Label} (\"{overlap.LongestPassage}\")"));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Same direction on hypotheses of one state ("Russia's SVR" in the original, "APT29" in the copy): a copied sentence
    /// relays its source whichever of the state's names each article's claim ended up with.
    /// </summary>
    private static bool SameState(SourcedClaim a, SourcedClaim b) =>
        a.AccusedCountry is { Length: > 0 } country && string.Equals(country, b.AccusedCountry, StringComparison.OrdinalIgnoreCase)
        && a.HypothesisKey is not null && b.HypothesisKey is not null && a.Direction == b.Direction && a.Direction != 0;

    /// <summary>Same hypothesis, same direction.</summary>
    private static bool Agrees(SourcedClaim a, SourcedClaim b) =>
        a.HypothesisKey is not null && a.HypothesisKey == b.HypothesisKey && a.Direction == b.Direction && a.Direction != 0;

    /// <summary>The stored outlet a first-hand claim is attributed to ("The Harbour Courier" as the source) or names in its evidence.</summary>
    private static string? NamedOutlet(SourcedClaim claim, SourcedDocument document, OutletNames outlets)
    {
        var ownKey = document.Outlet is null ? null : OriginKeys.Normalize(document.Outlet);
        var sourceKey = OriginKeys.Normalize(claim.SourceName);
        return sourceKey != ownKey && outlets.Contains(sourceKey) ? sourceKey : outlets.NamedIn(claim.Evidence, ownKey);
    }

    /// <summary>The distinctive words of an anonymous source's description, or null when fewer than two remain.</summary>
    public static string? DescriptionKey(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var words = TextOverlap.Words(description)
            .Where(w => !s_genericSourceWords.Contains(w) && !w.All(char.IsDigit))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return words.Count >= 2 ? string.Join(' ', words) : null;
    }

    private static string Of(SourcedDocument document) =>
        document.Published is { } date ? " of " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    private static SourcedDocument? Latest(Dictionary<string, List<SourcedDocument>> outletDocuments, string outlet, SourcedDocument document) =>
        outletDocuments.TryGetValue(outlet, out var list) ? list.LastOrDefault(d => d.Seq != document.Seq) : null;

    private sealed record Resolved(SourcedDocument Document, SourcedClaim Claim, string Origin);

    /// <summary>The claims already resolved, indexed by document and by (incident, hypothesis).</summary>
    private sealed class Earlier
    {
        private readonly Dictionary<long, List<Resolved>> _byDocument = [];
        private readonly Dictionary<(long, string), List<Resolved>> _byHypothesis = [];
        private readonly Dictionary<long, TextFingerprint> _fingerprints = [];
        private readonly Dictionary<(long, string, int), List<(int Position, Resolved Resolved)>> _byRun = [];

        /// <summary>The claim's evidence prepared for comparison, once per claim.</summary>
        public TextFingerprint Fingerprint(SourcedClaim claim)
        {
            if (!_fingerprints.TryGetValue(claim.Seq, out var fingerprint))
            {
                _fingerprints[claim.Seq] = fingerprint = new TextFingerprint(claim.Evidence);
            }

            return fingerprint;
        }

        public void Add(Resolved resolved)
        {
            Append(_byDocument, resolved.Document.Seq, resolved);
            if (resolved.Claim is { IncidentSeq: { } incident, HypothesisKey: { } hypothesis })
            {
                var list = Append(_byHypothesis, (incident, hypothesis), resolved);
                var state = StateKey(resolved.Claim);
                foreach (var run in Fingerprint(resolved.Claim).Runs)
                {
                    Append(_byRun, (incident, hypothesis, run), (list.Count - 1, resolved));
                    if (state is not null && state != hypothesis)
                    {
                        Append(_byRun, (incident, state, run), (list.Count - 1, resolved));
                    }
                }
            }
        }

        /// <summary>The state an accusation points at, as an index key beside its hypothesis ("state:RU").</summary>
        private static string? StateKey(SourcedClaim claim) => claim.AccusedCountry is { Length: > 0 } country ? "state:" + country.ToUpperInvariant() : null;

        /// <summary>Earlier claims on the claim's incident and hypothesis (or its state) that share a run of words with it, oldest first.</summary>
        public IEnumerable<Resolved> Sharing(SourcedClaim claim)
        {
            if (claim is not { IncidentSeq: { } incident, HypothesisKey: { } hypothesis })
            {
                return [];
            }

            var state = StateKey(claim);
            return Fingerprint(claim).Runs
                .SelectMany(run => (_byRun.GetValueOrDefault((incident, hypothesis, run)) ?? [])
                    .Concat(state is null || state == hypothesis ? [] : _byRun.GetValueOrDefault((incident, state, run)) ?? []))
                .DistinctBy(x => x.Resolved.Claim.Seq)
                .OrderBy(x => x.Position)
                .Select(x => x.Resolved);
        }

        public IReadOnlyList<Resolved> Of(long document) => _byDocument.GetValueOrDefault(document) ?? [];

        public IReadOnlyList<Resolved> On(long incident, string hypothesis) => _byHypothesis.GetValueOrDefault((incident, hypothesis)) ?? [];

        private static List<TValue> Append<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(value);
            return list;
        }
    }
}
