using System.Globalization;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.Extraction.Time;
using static ThreatLedger.Extraction.Claims.ClaimVocabulary;

namespace ThreatLedger.Extraction.Claims;

/// <summary>
/// Finds attribution claims and the responses to them, sentence by sentence and clause by clause (clauses split at
/// "but", "however", "while", …): the source frame ("X said that", "according to X", "X, citing Y", "X cited N sources
/// … It claimed", "a report that experts consider"), then the kind — severity dispute, declined attribution, denial,
/// counter-accusation, attribution, or an alternative hypothesis when a contrasting clause or sentence names a
/// different culprit for the same incident — the accused actor or country, hedging cues and a confidence from
/// <see cref="ClaimConfidence"/>.
/// </summary>
internal sealed class ClaimExtractor
{
    private static readonly System.Text.RegularExpressions.Regex s_relativeClause = new(
        @",\s(?:which|who|whose)\s[^,;.]{1,120}(?:,|\.?\s*$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// ", a hacking group it linked to Russia's SVR," / ", a gang that researchers have tied to …": an appositive that
    /// describes the accused group, whose "linked to" is the description's, not a hedge on the claim.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex s_describedGroup = new(
        @",\s(?:a|an|the)\s(?:[\w'-]+\s){0,4}(?:group|gang|actor|unit|crew|collective|outfit|team|operation)\s(?:(?:that|which|it|they|he|she|officials|researchers|analysts|investigators|experts)\s)?(?:has\s|have\s|had\s)?(?:previously\s|long\s|also\s|repeatedly\s)?(?:linked|tied|connected|associated)\s(?:to|with)\s[^,;.]{1,120}(?:,|\.?\s*$)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>"a unit of (the)", "hackers from", "an arm of": a part of the body named after it, at the end of a look-behind window.</summary>
    private static readonly System.Text.RegularExpressions.Regex s_partOf = new(
        @"\s(?:(?:an?|the|one)\s)?(?:(?!(?:by|of|work|behind|to)\s)[\w-]+\s){0,2}(?:unit|units|arm|branch|division|team|group|cell|element|section|subgroup|hackers|operatives|officers|agents)\s(?:of|from|within|in|at|inside)\s(?:the\s)?(?:[\w-]+(?:'s|\u2019s)\s)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly string[] s_basedIn = ["are based in ", "is based in ", "were based in ", "was based in ", "operate from ", "operates from ", "operating from ", "operated from "];

    private static readonly string[] s_attackerNouns = ["hackers", "attackers", "intruders", "gang", "group", "actors", "actor", "cybercriminals", "criminals", "perpetrators"];

    /// <summary>Words that make a clause about an actor's responsibility rather than its deeds.</summary>
    private static readonly string[] s_responsibilityCues =
        ["involved", "involvement", "behind", "responsible", "the work of", "attributed", "linked to", "tied to", "culprit", "culprits"];

    private static readonly string[] s_negatableOutcomes =
    [
        " were exposed", " was exposed", " were accessed", " was accessed", " were stolen", " was stolen", " were taken", " was taken",
        " were affected", " was affected", " were compromised", " was compromised", " were leaked", " was leaked",
        " been exposed", " been accessed", " been stolen", " been taken", " been compromised", " been leaked",
        " been altered", " was altered", " were altered", " been tampered", " been modified", " been deleted",
    ];

    private static readonly string[] s_counterDeeds =
        ["behind", "responsible", "carried out", "launched", "conducted", "attacked", "hacked", "targeted", "orchestrated", "waged", "mounted",
            "attack", "attacks", "hack", "hacks", "target", "targets", "hacking", "attacking", "targeting", "spying on"];

    /// <summary>Organisation nouns that usually mean a security vendor in incident reporting ("the firm said its researchers …").</summary>
    private static readonly HashSet<string> s_securityNouns = new(StringComparer.Ordinal) { "firm", "vendor", "lab", "laboratory", "provider" };

    /// <summary>An actor's own claim is not hedged by the word that makes it one.</summary>
    private static readonly string[] s_ownClaimWords = ["claimed", "claiming", "claims", "claim"];

    private static readonly string[] s_governmentTitles =
        ["mayor", "minister", "president", "governor", "premier", "chancellor", "senator", "ambassador", "secretary", "commissioner", "prosecutor"];

    /// <summary>What an appositive says of speakers who are not named ("who spoke on condition of anonymity").</summary>
    private static readonly string[] s_anonymityCues =
        ["anonymity", "not to be named", "not be named", "not authorized", "not authorised", "not to be identified", "declined to be named"];

    private static readonly string[] s_cues = [.. ClaimConfidence.KnownCues.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<Claim> Extract(string text, EntityAnalysis entities, IncidentAnalysis incidents, DocumentInfo info)
    {
        var run = new Run(text, entities, incidents, info);
        run.Execute();
        return run.Claims;
    }

    private sealed class Run(string text, EntityAnalysis entities, IncidentAnalysis incidents, DocumentInfo info)
    {
        private readonly string _lower = text.ToLowerInvariant();
        private static readonly string[] s_sourceQualifiers =
            [" familiar with", " involved in", " close to", " briefed on", " investigating", " with knowledge of", " who "];

        private readonly SourceFrame _publisher = OwnPublisher(Publisher(info.Source), info.Source, entities);
        private (int Start, int End, string Lower)[]? _words;
        private SourceFrame? _lastExplicit;
        private SourceFrame? _previousSpeaker;
        private SourceFrame? _previousDescribedSpeaker;
        private int _sentenceIndex;
        private bool _dissent;

        public List<Claim> Claims { get; } = [];

        public void Execute()
        {
            for (var s = 0; s < entities.Sentences.Count; s++)
            {
                _sentenceIndex = s;
                var sentence = entities.Sentences[s];
                var clauses = SplitClauses(sentence.Start, sentence.End);
                SourceFrame? previousFrame = null;
                SourceFrame? previousSubject = null;
                SourceFrame? sentenceFrame = null;
                var sentenceClaims = new List<Claim>();
                for (var c = 0; c < clauses.Count; c++)
                {
                    var (start, end, contrast) = clauses[c];
                    var frame = FindFrame(start, end, sentence.Start);
                    if (contrast && (previousFrame is { Explicit: true } || previousSubject is not null) && OpensWithPredicate(start, end))
                    {
                        // "The ministry confirmed the breach but declined to say who it believed was responsible": a clause
                        // without a subject of its own; a frame found inside it ("it believed") is embedded.
                        frame = previousFrame is { Explicit: true } ? previousFrame : previousSubject;
                    }

                    if (frame is null && previousFrame is { Explicit: true } && _lower.AsSpan(start, end - start).TrimStart().StartsWith("that ", StringComparison.Ordinal))
                    {
                        // "The ministry said the attackers may have read mail but that classified networks were not affected":
                        // the same speaker's reported speech goes on.
                        frame = previousFrame;
                    }

                    if (frame is null)
                    {
                        // "The centre said it was helping, but declined to comment on who …": a clause that opens with its
                        // verb shares the subject of the clause before it.
                        frame = previousFrame is not null && !contrast ? previousFrame
                            : (previousFrame is not null || previousSubject is not null) && OpensWithPredicate(start, end) ? (previousFrame is { Explicit: true } ? previousFrame : previousSubject ?? previousFrame!)
                            : DefaultFrame(start);
                    }
                    else if (frame.Explicit)
                    {
                        _lastExplicit = frame;
                    }

                    previousFrame = frame;
                    sentenceFrame ??= frame;

                    // "The researchers did not attribute the campaign, but said …": the subject without a reporting verb.
                    previousSubject = frame.Explicit ? null : SubjectFrame(start, end, acknowledging: true);
                    var incidentId = IncidentFor(start, end, s);
                    sentenceClaims.AddRange(ClaimsOfClause(start, end, frame, incidentId, contrast || StartsWithContrast(sentence.Start) || _dissent, sentenceClaims));
                }

                // "Some researchers were more cautious." announces an alternative in the next sentence.
                var sentenceLower = _lower[sentence.Start..sentence.End];
                _dissent = sentenceClaims.Count == 0 && DissentAnnouncements.Any(d => sentenceLower.Contains(d, StringComparison.Ordinal));
                if (sentenceClaims.Count == 0 && sentenceFrame is { Explicit: true })
                {
                    QualifyEarlierClaim(s, sentenceFrame, sentenceLower);
                }

                foreach (var claim in sentenceClaims)
                {
                    if (claim.Kind is ClaimKinds.Attribution && claim.Source.EntityId is { } attributor && claim.AccusedEntityId is { } accusedId && s > 0
                        && RepeatsRecentClaim(attributor, accusedId, claim.IncidentId, entities.Sentences[s - 1].Start))
                    {
                        // "… a pattern it has previously linked to Lazarus. Elliptic said it was highly likely that Lazarus was
                        // responsible": the same source repeating its attribution adds no claim.
                        continue;
                    }

                    if (claim.Kind is ClaimKinds.Attribution && claim.Source.EntityId is { } restater && claim.Source.Kind != SourceKinds.Accused
                        && RestatedClaim(restater, claim, entities.Sentences[Math.Max(0, s - 4)].Start, sentence.Start) is { } restated)
                    {
                        // "Wattle said a criminal group was behind the attack. … \"This was the work of a sophisticated criminal
                        // group,\" said Okafor.": the same source restating its attribution to the same state (or to no state) is
                        // one claim; a named actor replaces a description ("an Iran-linked group" → "Zagros Shadow").
                        if (IsDescriptive(Claims[restated].AccusedEntityId) && !IsDescriptive(claim.AccusedEntityId) && claim.AccusedEntityId is not null)
                        {
                            Claims[restated] = claim with { Id = Claims[restated].Id };
                        }

                        continue;
                    }

                    if (claim.Kind == ClaimKinds.Denial && claim.Source.Kind == SourceKinds.Accused && claim.AccusedCountry is { } deniedState
                        && Claims.Any(c => c.Kind == ClaimKinds.Denial && c.Source.Kind == SourceKinds.Accused && c.AccusedCountry == deniedState
                            && c.IncidentId == claim.IncidentId && c.Evidence.Start < sentence.Start
                            && (c.Source.EntityId is null || claim.Source.EntityId is null || c.Source.EntityId == claim.Source.EntityId)))
                    {
                        // "North Korea dismissed the accusation as a fabrication. … KCNA quoted a foreign ministry spokesperson as
                        // saying the claim was a smear": the lead's denial, detailed later, is one denial.
                        continue;
                    }

                    if (claim.Kind == ClaimKinds.NoAttribution && s > 0 && Claims.Any(c => c.Kind == ClaimKinds.NoAttribution && c.IncidentId == claim.IncidentId
                        && c.Evidence.Start >= entities.Sentences[Math.Max(0, s - 2)].Start && c.Evidence.Start < sentence.Start
                        && (claim.Source.EntityId is { } decliner ? c.Source.EntityId == decliner : c.Source.Name == claim.Source.Name)))
                    {
                        // "The company would not say who was responsible. \"It is too early to say,\" its chief executive said.": one refusal.
                        continue;
                    }

                    if (claim.Kind == ClaimKinds.Attribution && claim.Source.Kind == SourceKinds.Media && claim.Source.EntityId is null && claim.Source.CitedVia is null
                        && claim.AccusedEntityId is { } restatedActor && !IsDescriptive(restatedActor)
                        && Claims.Any(c => c.Kind is ClaimKinds.Attribution && c.AccusedEntityId == restatedActor && c.IncidentId == claim.IncidentId && c.Source.Kind != SourceKinds.Media))
                    {
                        // "Silent Heron's tools overlap with those of OceanLotus" after a vendor attributed the attack to Silent Heron:
                        // the article describing an actor a source already named adds no claim of its own.
                        continue;
                    }

                    if (claim.Kind == ClaimKinds.SeverityDispute && claim.Source.EntityId is { } disputer && s > 0
                        && Claims.Any(last => last.Kind == ClaimKinds.SeverityDispute && last.Source.EntityId == disputer && last.IncidentId == claim.IncidentId
                            && last.Evidence.Start >= entities.Sentences[Math.Max(0, s - 3)].Start && last.Evidence.Start < sentence.Start))
                    {
                        // "Aeroluz said the claim was exaggerated. Only names were exposed, it said": one dispute, argued twice (within
                        // a few sentences: "The sheriff's office downplayed the leak. … Sheriff X said the documents contained no …").
                        continue;
                    }

                    Claims.Add(claim with { Id = "c" + (Claims.Count + 1).ToString(CultureInfo.InvariantCulture) });
                }

                _previousSpeaker = sentenceFrame is { Explicit: true, EntityId: not null } ? sentenceFrame : null;
                _previousDescribedSpeaker = sentenceFrame is { Explicit: true, EntityId: null, Kind: SourceKinds.Government or SourceKinds.Victim or SourceKinds.Vendor }
                    && !LooksLikePersonName(sentenceFrame.Name) ? sentenceFrame : null;
            }

            // "A group calling itself X defaced 150 websites. The group claimed the attacks on Telegram.": the article telling
            // the deed of a group that claims it (or that a named source blames) adds no claim of its own, before or after.
            var voiced = Claims.Where(c => c.Kind == ClaimKinds.Attribution && c.Source.Kind != SourceKinds.Media && c.AccusedEntityId is not null)
                .Select(c => (c.AccusedEntityId, c.IncidentId)).ToHashSet();
            var kept = Claims.Where(c => !(c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Media && c.Source.EntityId is null
                && c.Source.CitedVia is null && c.AccusedEntityId is not null && !IsDescriptive(c.AccusedEntityId) && voiced.Contains((c.AccusedEntityId, c.IncidentId)))).ToList();
            if (kept.Count != Claims.Count)
            {
                Claims.Clear();
                Claims.AddRange(kept.Select((c, k) => c with { Id = "c" + (k + 1).ToString(CultureInfo.InvariantCulture) }));
            }
        }

        private bool IsDescriptive(string? entityId) => entities.Find(entityId) is not { } e || e.Attributes.ContainsKey("descriptive");

        /// <summary>
        /// The index of an attribution since <paramref name="from"/> by the same source, on the same incident, whose accused
        /// has the same country (both none) and of which one side is only a description or a state body, in an earlier sentence; else null.
        /// </summary>
        private int? RestatedClaim(string sourceId, Claim claim, int from, int sentenceStart)
        {
            for (var k = Claims.Count - 1; k >= 0 && Claims[k].Evidence.Start >= from; k--)
            {
                var c = Claims[k];
                if (c.Evidence.Start >= sentenceStart || c.Kind != ClaimKinds.Attribution || c.Source.EntityId != sourceId || c.IncidentId != claim.IncidentId || c.AccusedCountry != claim.AccusedCountry)
                {
                    continue;
                }

                if (c.AccusedEntityId == claim.AccusedEntityId || IsDescriptive(c.AccusedEntityId) || IsDescriptive(claim.AccusedEntityId)
                    || entities.Find(c.AccusedEntityId)?.Kind is EntityKinds.Country or EntityKinds.GovernmentBody
                    || entities.Find(claim.AccusedEntityId)?.Kind is EntityKinds.Country or EntityKinds.GovernmentBody)
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>Whether an attribution by the same source of the same accused and incident was made since <paramref name="from"/>.</summary>
        private bool RepeatsRecentClaim(string sourceId, string accusedId, string? incidentId, int from)
        {
            // Claims are in text order: only the tail since the previous sentence is examined.
            for (var k = Claims.Count - 1; k >= 0 && Claims[k].Evidence.Start >= from; k--)
            {
                var c = Claims[k];
                if (c.Kind == ClaimKinds.Attribution && c.Source.EntityId == sourceId && c.AccusedEntityId == accusedId && c.IncidentId == incidentId)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "The NCSC said it had made the assessment with high confidence.", "It said it had high confidence in the link.": a
        /// sentence that claims nothing itself but states the analytic confidence of the same speaker's attribution in one of
        /// the two sentences before it.
        /// </summary>
        private void QualifyEarlierClaim(int sentenceIndex, SourceFrame frame, string sentenceLower)
        {
            var stated = ConfidencePhrases.FirstOrDefault(p => sentenceLower.Contains(p, StringComparison.Ordinal));
            if (stated is null || sentenceIndex == 0)
            {
                return;
            }

            var from = entities.Sentences[Math.Max(0, sentenceIndex - 2)].Start;
            for (var k = Claims.Count - 1; k >= 0 && Claims[k].Evidence.Start >= from; k--)
            {
                var claim = Claims[k];
                if (claim.Kind is not (ClaimKinds.Attribution or ClaimKinds.AlternativeHypothesis)
                    || !(claim.Source.EntityId is { } speaker ? speaker == frame.EntityId : claim.Source.Name == frame.Name))
                {
                    continue;
                }

                var cues = claim.HedgingCues.Where(c => !ConfidencePhrases.Contains(c)).Append(stated).ToList();
                Claims[k] = claim with { HedgingCues = cues, Confidence = ClaimConfidence.Score(claim.Stance, cues) };
                return;
            }
        }

        // ---- clauses and frames ----------------------------------------------------------------------------------

        private List<(int Start, int End, bool Contrast)> SplitClauses(int start, int end)
        {
            var cuts = new List<(int At, int Skip)>();
            foreach (var marker in ContrastMarkers)
            {
                var at = _lower.IndexOf(marker, start, end - start, StringComparison.Ordinal);
                while (at >= 0)
                {
                    if (!cuts.Any(x => Math.Abs(x.At - at) < 4))
                    {
                        cuts.Add((at, marker.Length));
                    }

                    at = at + marker.Length < end ? _lower.IndexOf(marker, at + marker.Length, end - at - marker.Length, StringComparison.Ordinal) : -1;
                }
            }

            // "Mandiant attributed the intrusion to APT41, and CrowdStrike blamed Fancy Bear": a second speaker after ", and"
            // or ";" starts a clause of its own (not a contrast).
            var joins = new HashSet<int>();
            foreach (var joiner in (string[])[", and ", "; "])
            {
                var at = _lower.IndexOf(joiner, start, end - start, StringComparison.Ordinal);
                while (at >= 0)
                {
                    var next = Words(at + joiner.Length, Math.Min(end, at + joiner.Length + 80));
                    if (!cuts.Any(x => Math.Abs(x.At - at) < 4) && next.Take(6).Skip(1).Any(w => ReportingVerbs.Contains(w.Lower) && !LinkingVerbs.Contains(w.Lower))
                        && next.Count > 0 && (joiner == "; " || char.IsUpper(text[next[0].Start]) || next[0].Lower is "the" or "a" or "an"))
                    {
                        cuts.Add((at, joiner.Length));
                        joins.Add(at);
                    }

                    at = at + joiner.Length < end ? _lower.IndexOf(joiner, at + joiner.Length, end - at - joiner.Length, StringComparison.Ordinal) : -1;
                }
            }

            // "While US officials pointed to Iran, researchers said …": a fronted concessive clause ends at its comma.
            var opening = _lower.AsSpan(start, Math.Min(12, end - start));
            if (opening.StartsWith("while ", StringComparison.Ordinal) || opening.StartsWith("although ", StringComparison.Ordinal)
                || opening.StartsWith("though ", StringComparison.Ordinal) || opening.StartsWith("whereas ", StringComparison.Ordinal))
            {
                var comma = _lower.IndexOf(", ", start, end - start, StringComparison.Ordinal);
                if (comma > 0 && !cuts.Any(x => Math.Abs(x.At - comma) < 4))
                {
                    cuts.Add((comma, 2));
                }
            }

            cuts.Sort((a, b) => a.At.CompareTo(b.At));
            var clauses = new List<(int, int, bool)>();
            var from = start;
            var contrast = false;
            foreach (var (at, skip) in cuts)
            {
                if (at - from > 3)
                {
                    clauses.Add((from, at, contrast));
                }

                from = at + skip;
                contrast = !joins.Contains(at);
            }

            clauses.Add((from, end, contrast));
            return clauses;
        }

        private bool OpensWithPredicate(int start, int end)
        {
            var words = Words(start, end);
            var first = 0;
            while (first < words.Count && (DiscourseMarkers.Contains(words[first].Lower) || words[first].Lower == ","))
            {
                first++;
            }

            if (first >= words.Count || char.IsUpper(text[words[first].Start]))
            {
                return false;
            }

            var w = words[first].Lower;
            return Auxiliaries.Contains(w) || ReportingVerbs.Contains(w) || PredicateOpeners.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));
        }

        private bool StartsWithContrast(int sentenceStart)
        {
            var head = _lower.AsSpan(sentenceStart, Math.Min(24, _lower.Length - sentenceStart));
            return head.StartsWith("however", StringComparison.Ordinal) || head.StartsWith("but ", StringComparison.Ordinal)
                || head.StartsWith("others", StringComparison.Ordinal) || head.StartsWith("alternatively", StringComparison.Ordinal)
                || head.StartsWith("other experts", StringComparison.Ordinal) || head.StartsWith("some experts", StringComparison.Ordinal)
                || head.StartsWith("other researchers", StringComparison.Ordinal);
        }

        private List<(int Start, int End, string Lower)> Words(int start, int end)
        {
            // Every token's lower-case text is cut once per document; a call copies the slice it asks for.
            var all = _words ??= entities.Tokens.Select(t => (t.Start, t.End, _lower[t.Start..t.End])).ToArray();
            int lo = 0, hi = all.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (all[mid].Start < start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var last = lo;
            while (last < all.Length && all[last].Start < end)
            {
                last++;
            }

            var words = new List<(int Start, int End, string Lower)>(last - lo);
            words.AddRange(new ArraySegment<(int Start, int End, string Lower)>(all, lo, last - lo));
            return words;
        }

        /// <summary>
        /// The publication speaking for itself: an outlet's own reporting, or a vendor's or agency's report in its own
        /// voice ("We attribute the activity to …") when the source is a security firm or government body.
        /// </summary>
        private SourceFrame DefaultFrame(int at) => _publisher with { Start = at, ContentStart = at };

        /// <summary>"Outlet: Canadian Centre for Cyber Security" when the text names that body: the publisher is the body, of its kind.</summary>
        private static SourceFrame OwnPublisher(SourceFrame publisher, string? source, EntityAnalysis entities)
        {
            if (source is null)
            {
                return publisher;
            }

            var own = entities.Entities.FirstOrDefault(e => e.Kind is EntityKinds.GovernmentBody or EntityKinds.Vendor
                && (string.Equals(e.Name, source, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(source, StringComparer.OrdinalIgnoreCase)));
            return own is null ? publisher
                : publisher with { Kind = own.Kind == EntityKinds.Vendor ? SourceKinds.Vendor : SourceKinds.Government, CountryCode = own.Attributes.GetValueOrDefault("country") };
        }

        private static SourceFrame Publisher(string? source)
        {
            var name = source ?? "the article";
            var lower = name.ToLowerInvariant();
            var kind = source is not null && !IsMediaWords(lower) && KindOf(lower, null) is { } own && own is SourceKinds.Vendor or SourceKinds.Government
                ? own
                : source is not null && !IsMediaWords(lower) && ContainsWord(lower, "research", "intelligence", "security", "threat") ? SourceKinds.Vendor
                : SourceKinds.Media;
            return new(name, kind, null, null, null, 0, 0, null, null, false);
        }

        private static string FirstAfterTimeWords(List<(int Start, int End, string Lower)> words, int from)
        {
            var k = from;
            while (k < words.Count && k - from < 4 && SubjectTimeWords.Contains(words[k].Lower))
            {
                k++;
            }

            return k < words.Count ? words[k].Lower : string.Empty;
        }

        private SourceFrame? FindFrame(int start, int end, int sentenceStart)
        {
            var words = Words(start, end);

            // "according to X[, citing Y]"
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (words[i].Lower == "according" && words[i + 1].Lower == "to")
                {
                    var (npStart, npEnd, next) = NounPhrase(words, i + 2, [",", ".", ";", "that", "which", "who"]);
                    if (npEnd <= npStart)
                    {
                        continue;
                    }

                    var frame = MakeFrame(npStart, npEnd, "according to", words[i].Start, start);
                    if (VerbFrame(words[..i], start) is { } speaker && speaker.Kind != SourceKinds.Media)
                    {
                        // "Mandiant attributed the attack to X, according to a person familiar with the investigation".
                        return speaker with { CitedVia = text[npStart..npEnd] };
                    }

                    if (i == 0 && next + 1 < words.Count && words[next].Lower == "," && VerbFrame(words[(next + 1)..], start) is { } inner
                        && inner.Kind != SourceKinds.Media && inner.Explicit)
                    {
                        // "According to The Guardian, Microsoft researchers believe …": the researchers speak, through the outlet.
                        return inner with { CitedVia = text[npStart..npEnd], Start = words[i].Start };
                    }

                    var citingAt = next + 1 < words.Count && words[next].Lower == "," && words[next + 1].Lower == "citing" ? next + 2
                        : next + 2 < words.Count && words[next].Lower == "," && words[next + 1].Lower == "which" && words[next + 2].Lower == "cited" ? next + 3
                        : -1;
                    if (citingAt > 0)
                    {
                        var (cStart, cEnd, _) = NounPhrase(words, citingAt, CitedObjectStops);
                        if (cEnd > cStart && MakeFrame(cStart, cEnd, "citing", words[i].Start, start) is { } cited)
                        {
                            frame = cited with { CitedVia = text[npStart..npEnd] };
                        }
                    }

                    return frame;
                }
            }

            // "Citing The Harbour Courier, Fjord Security Weekly understands that …": the claim reached the speaker through
            // the cited outlet (cited_via), as with "according to the Financial Times".
            var lead = 0;
            while (lead < words.Count && DiscourseMarkers.Contains(words[lead].Lower))
            {
                lead++;
            }

            if (lead < words.Count && words[lead].Lower == "citing")
            {
                var (cStart, cEnd, next) = NounPhrase(words, lead + 1, [",", ".", ";"]);
                if (cEnd > cStart && next < words.Count && VerbFrame(words[(next + 1)..], start) is { } citer)
                {
                    return citer with { CitedVia = text[cStart..cEnd], Start = words[lead].Start };
                }
            }

            if (CarriedStatement(words, start) is { } carried)
            {
                return carried;
            }

            if (VerbFrame(words, start) is { } verbFrame)
            {
                if (PassiveAgentFrame(words, start) is { EntityId: not null } agent && agent.EntityId != verbFrame.EntityId)
                {
                    // "… has been attributed by Google's Threat Intelligence Group to UNC1069, the company said": the agent
                    // attributes; a named speaker who reports it is the channel.
                    return agent with { Verb = verbFrame.Verb, CitedVia = Pronouns.Contains(verbFrame.Name) ? null : verbFrame.Name };
                }

                return ReportedBy(words, verbFrame);
            }

            return PassiveAgentFrame(words, start) ?? CitedFrame(words, end);
        }

        /// <summary>
        /// "KCNA carried a statement by a foreign ministry spokesperson calling …", "state media quoted an official as saying …":
        /// the quoted party speaks, through the outlet that carried its words (whose country it shares when it names none).
        /// </summary>
        private SourceFrame? CarriedStatement(List<(int Start, int End, string Lower)> words, int clauseStart)
        {
            for (var i = 1; i + 2 < words.Count; i++)
            {
                int npFrom;
                if (words[i].Lower is "quoted" or "quotes" && !(words[i - 1].Lower is "was" or "were" or "is" or "be" or "been"))
                {
                    npFrom = i + 1;
                }
                else if (words[i].Lower is "carried" or "published" or "ran" or "issued" && words[i + 1].Lower is "a" or "an" or "the"
                    && words[i + 2].Lower == "statement" && i + 4 < words.Count && words[i + 3].Lower is "by" or "from")
                {
                    npFrom = i + 4;
                }
                else
                {
                    continue;
                }

                var (npStart, npEnd, next) = NounPhrase(words, npFrom, [",", ".", ";", "calling", "saying", "as", "who", "that", "which", "denying", "rejecting", "\""]);
                if (npEnd <= npStart || (words[i].Lower is "quoted" or "quotes" && !(next + 1 < words.Count && words[next].Lower == "as" && words[next + 1].Lower is "saying" or "calling")))
                {
                    continue;
                }

                var (cStart, cEnd) = PhraseBefore(words, i);
                var last = words.FindLastIndex(i - 1, x => x.End <= cEnd && x.Start >= cStart);
                while (last > 0 && words[last].Start > cStart && SubjectTimeWords.Contains(words[last].Lower))
                {
                    // "KCNA news agency on Wednesday carried …": the carrier without its time.
                    cEnd = words[--last].End;
                }

                if (cEnd <= cStart || MakeFrame(npStart, npEnd, "said", cStart, words[next - 1].End) is not { } quotedParty)
                {
                    continue;
                }

                var carrierCountry = entities.MentionsWithin(cStart, cEnd).Select(m => entities[m.EntityId])
                    .Select(e => e.Attributes.GetValueOrDefault("country")).FirstOrDefault(c => c is not null);
                var kind = quotedParty.Kind is SourceKinds.Unknown && carrierCountry is not null ? SourceKinds.Government : quotedParty.Kind;
                var frame = quotedParty with { Kind = kind, CitedVia = text[cStart..cEnd], CountryCode = quotedParty.CountryCode ?? carrierCountry };
                _lastExplicit = frame;
                return frame;
            }

            return null;
        }

        /// <summary>
        /// "…, as first reported by The Record", "X blamed Y, the Herald reported on Thursday": the outlet that carried the
        /// speaker's words.
        /// </summary>
        private SourceFrame ReportedBy(List<(int Start, int End, string Lower)> words, SourceFrame frame)
        {
            if (frame.CitedVia is null && frame.Kind != SourceKinds.Media)
            {
                foreach (var m in entities.MentionsWithin(frame.ContentStart, words.Count > 0 ? words[^1].End : frame.ContentStart))
                {
                    var before = _lower[Math.Max(0, m.Start - 6)..m.Start];
                    var after = _lower[m.End..Math.Min(_lower.Length, m.End + 12)];
                    if (m.Kind == EntityKinds.Outlet && (before.EndsWith(", ", StringComparison.Ordinal) || before.EndsWith(", the ", StringComparison.Ordinal))
                        && (after.StartsWith(" reported", StringComparison.Ordinal) || after.StartsWith(" reports", StringComparison.Ordinal)
                            || after.StartsWith(" said", StringComparison.Ordinal) || after.StartsWith(" says", StringComparison.Ordinal)))
                    {
                        return frame with { CitedVia = entities[m.EntityId].Name };
                    }
                }
            }

            for (var i = 2; i + 1 < words.Count; i++)
            {
                if (words[i].Lower == "by" && words[i - 1].Lower == "reported" && (words[i - 2].Lower == "as" || (i >= 3 && words[i - 2].Lower == "first" && words[i - 3].Lower == "as"))
                    && frame.CitedVia is null && frame.Kind != SourceKinds.Media)
                {
                    var (npStart, npEnd, _) = NounPhrase(words, i + 1, [",", ".", ";", "on", "in", "which", "who", "that"]);
                    if (npEnd > npStart)
                    {
                        return frame with { CitedVia = text[npStart..npEnd] };
                    }
                }
            }

            return frame;
        }

        /// <summary>
        /// "The attack has been linked to the Lazarus Group by several blockchain analytics firms": the agent of a passive
        /// attribution is its source.
        /// </summary>
        private SourceFrame? PassiveAgentFrame(List<(int Start, int End, string Lower)> words, int clauseStart)
        {
            for (var i = 1; i < words.Count; i++)
            {
                if (!(AttributionVerbs.Contains(words[i].Lower) || BlameVerbs.Contains(words[i].Lower) || words[i].Lower == "claimed")
                    || words[i - 1].Lower is not ("been" or "was" or "were" or "is" or "are" or "being"))
                {
                    continue;
                }

                for (var k = i + 1; k + 1 < words.Count && k - i < 24; k++)
                {
                    if (words[k].Lower == "," && words[k + 1].Lower is "a" or "an" or "the" or "which" or "who")
                    {
                        // ", a Chinese state-sponsored group," before "by Microsoft".
                        var close = k + 1;
                        while (close < words.Count && words[close].Lower is not ("," or ";" or ".") && close - k < 12)
                        {
                            close++;
                        }

                        k = close;
                        continue;
                    }

                    if (words[k].Lower is "," or ";" or ".")
                    {
                        break;
                    }

                    if (words[k].Lower != "by")
                    {
                        continue;
                    }

                    if (k - 1 > i && words[k - 1].Lower is var participle && participle.Length > 3 && participle.EndsWith("ed", StringComparison.Ordinal))
                    {
                        // "had been traced to servers previously used by APT41": the agent of another participle.
                        break;
                    }

                    // "has been attributed by Google's Threat Intelligence Group to UNC1069": the agent before the accused.
                    var (npStart, npEnd, _) = NounPhrase(words, k + 1, [",", ".", ";", "including", "such", "which", "who", "that", "after", "in", "on", "to"]);
                    if (npEnd > npStart && MakeFrame(npStart, npEnd, words[i].Lower, words[0].Start, clauseStart) is { } agent)
                    {
                        return agent;
                    }
                }
            }

            return null;
        }

        private SourceFrame? VerbFrame(List<(int Start, int End, string Lower)> words, int clauseStart)
        {
            // "\"We assess … was conducted by the SVR,\" the ministry said": the verbs inside a quote are the quoted speaker's;
            // the speaker after the closing quote is the source.
            var quoteClose = QuoteWithSpeaker(words);
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i].Lower;
                if (!ReportingVerbs.Contains(w) || i < quoteClose)
                {
                    continue;
                }

                if (i == quoteClose + 1 && quoteClose >= 1 && InvertedSpeaker(words, i, clauseStart) is { } inverted)
                {
                    // "\"This was the work of criminals,\" said Okafor.", "…,\" said Rachel Kim, head of research at X.".
                    return inverted;
                }

                if (w is "dubbed" or "called" or "named" or "branded" or "labelled" or "labeled" && i + 1 < words.Count
                    && (char.IsUpper(text[words[i + 1].Start]) || IsQuoteMark(words[i + 1].Lower)) && words[i + 1].Lower is not ("the" or "it" or "them"))
                {
                    // "a backdoor dubbed GhostQuill", "a gang called Moonveil": a naming participle, not speech.
                    continue;
                }

                if (i > 0 && char.IsUpper(text[words[i].Start]))
                {
                    // "in the United States", "Threat Reports": a capitalised verb form inside a clause is part of a name.
                    continue;
                }

                var next = i + 1 < words.Count ? words[i + 1].Lower : string.Empty;
                if (ThatOnlyVerbs.Contains(w) && FirstAfterTimeWords(words, i + 1) != "that" && !SpeaksAfterComma(words, i))
                {
                    // "warned that", "warned on Tuesday that": reported content; "warned customers" is not.
                    continue;
                }

                // "Investigators are examining whether …", "are looking into whether …": an open question is a hedged claim.
                if (WhetherVerbs.Contains(w) && !(next == "whether" || (next == "into" && i + 2 < words.Count && words[i + 2].Lower == "whether")))
                {
                    continue;
                }

                if (w is "cited" or "citing")
                {
                    continue;
                }

                if (i > 0 && words[i - 1].Lower is "'s" or "\u2019s" or "the" or "its" or "their" or "his" or "her" or "these" or "those" or "such" or "a"
                    && w is "claims" or "claim" or "reports" or "states" or "notes" or "finds" or "links" or "ties")
                {
                    // "did not comment on the group's claims", "the reports": a noun, not a verb of speech.
                    continue;
                }

                if (w == "pointed" && !(next is "to" || (next == "the" && i + 2 < words.Count && words[i + 2].Lower == "finger")))
                {
                    // "officials pointed to Iranian hackers", "pointed the finger at": an attribution; "pointed out" is not.
                    continue;
                }

                if (CognitiveVerbs.Contains(w) && HasTrailingSpeakerAfter(words, i))
                {
                    // "Investigators believe X was behind the attack, two officials familiar with the inquiry said": the
                    // belief is what the trailing speakers report; they are the source.
                    continue;
                }

                if (NamingVerbs.Contains(w) && !words.Skip(i + 1).Take(12).Any(x => x.Lower == "as"))
                {
                    // "named a GRU unit … as responsible" attributes; "a group named Ghostline" does not speak.
                    continue;
                }

                if (LinkingVerbs.Contains(w) && next is "to" or "with" or "by" or "")
                {
                    continue;
                }

                if (i > 0 && words[i - 1].Lower is "been" or "was" or "were" or "is" or "are" or "being"
                    && (BlameVerbs.Contains(w) || AttributionVerbs.Contains(w) || w is "suspected" or "believed" or "alleged" or "assessed" or "considered"
                        or "thought" or "understood" or "reported" or "said"))
                {
                    // "Iranian hackers have been blamed for …", "A breach … has been attributed to X by Y", "A group is suspected of
                    // breaching …": the subject of a passive attribution is the accused or the incident, not a source.
                    continue;
                }

                // Subject: back to a stop word, skipping auxiliaries ("has also attacked", "strongly denied") and an
                // appositive (", which the hospital hired to investigate,").
                int citedStart = 0, citedEnd = 0, roleStart = 0, roleEnd = 0;
                var anonymous = false;
                var j = i - 1;
                if (w is "warning" or "stating")
                {
                    // "X published a joint advisory on Wednesday warning that …": the publisher of the document speaks.
                    var published = -1;
                    for (var p = i - 1; p >= Math.Max(0, i - 9); p--)
                    {
                        if (words[p].Lower is "published" or "issued" or "released" or "posted" or "put")
                        {
                            published = p;
                            break;
                        }
                    }

                    if (published < 0)
                    {
                        continue;
                    }

                    j = published - 1;
                }

                while (j >= 0 && Auxiliaries.Contains(words[j].Lower))
                {
                    j--;
                }

                var namedApposition = -1;
                if (j > 0 && words[j].Lower == ",")
                {
                    // ", joined by cyber agencies from Canada, Australia and New Zealand,": an accompaniment, with commas of its
                    // own, between the subject and its verb.
                    for (var k = j - 2; k > 0 && j - k < 16; k--)
                    {
                        if (words[k].Lower == "," && words[k + 1].Lower is "joined" or "along" or "alongside" or "together" or "supported")
                        {
                            j = k - 1;
                            break;
                        }
                    }
                }

                if (j > 0 && words[j].Lower == ",")
                {
                    var open = j - 1;
                    while (open > 0 && words[open].Lower != "," && j - open < 15)
                    {
                        open--;
                    }

                    var appositive = open > 0 && open + 1 < j ? _lower[words[open + 1].Start..words[j - 1].End] : string.Empty;
                    anonymous = s_anonymityCues.Any(a => appositive.Contains(a, StringComparison.Ordinal));
                    if (open > 0 && words[open].Lower == "," && IsNameOnly(words[open + 1].Start, words[j - 1].End))
                    {
                        // "A pro-Russian hacktivist group, NoName057(16), claimed …": the name in apposition belongs to the subject.
                        namedApposition = j - 1;
                        j = open - 1;
                    }

                    // ", which …,", ", who …,", ", a unit of …,", ", speaking on condition of anonymity,".
                    // ", Peru's second-largest mobile operator,": a country's possessive opens a description too.
                    var countryPossessive = open > 0 && open + 2 < j && words[open + 2].Lower is "'s" or "\u2019s"
                        && entities.MentionsWithin(words[open + 1].Start, words[open + 1].End).Any(m => m.Kind == EntityKinds.Country);
                    if (open > 0 && words[open].Lower == "," && (countryPossessive || words[open + 1].Lower is "which" or "who" or "whose" or "a" or "an" or "the" or "citing"
                        or "known" or "also" or "formerly" or "better" or "dubbed" or "called" or "one" or "in" or "speaking" or "joined" or "along"
                        or "alongside" or "together"
                        || (words[open + 1].Lower.Length > 4 && words[open + 1].Lower.EndsWith("ing", StringComparison.Ordinal))))
                    {
                        if (words[open + 1].Lower == "citing" && j - open > 2)
                        {
                            citedStart = words[open + 2].Start;
                            citedEnd = words[j - 1].End;
                        }
                        else if (words[open + 1].Lower is "a" or "an" or "the" && j - open > 2)
                        {
                            roleStart = words[open + 1].Start;
                            roleEnd = words[j - 1].End;
                        }

                        j = open - 1;
                    }
                }

                var subjectEnd = j;
                while (j >= 0 && !SubjectStops.Contains(words[j].Lower) && (j == subjectEnd || !ReportingVerbs.Contains(words[j].Lower)) && subjectEnd - j < 12)
                {
                    j--;
                }

                if (j > 0 && words[j].Lower == "who" && subjectEnd - j <= 10)
                {
                    // "Two researchers who reviewed the malware told …": the subject before its relative clause.
                    subjectEnd = j - 1;
                    j = subjectEnd;
                    while (j >= 0 && !SubjectStops.Contains(words[j].Lower) && !ReportingVerbs.Contains(words[j].Lower) && subjectEnd - j < 12)
                    {
                        j--;
                    }
                }

                if (namedApposition >= 0 && subjectEnd >= 0 && subjectEnd < namedApposition)
                {
                    subjectEnd = namedApposition;
                }

                // "Three government and private-sector sources": a coordinated modifier belongs to the subject.
                if (j > 0 && words[j].Lower == "and" && subjectEnd >= 0 && words[subjectEnd].Lower is "sources" or "officials" or "people" or "experts" or "researchers" or "analysts")
                {
                    j--;
                    while (j >= 0 && !SubjectStops.Contains(words[j].Lower) && subjectEnd - j < 14)
                    {
                        j--;
                    }
                }

                var first = j + 1;
                while (first <= subjectEnd && DiscourseMarkers.Contains(words[first].Lower))
                {
                    first++;
                }

                while (subjectEnd > first && SubjectTimeWords.Contains(words[subjectEnd].Lower))
                {
                    subjectEnd--;
                }

                if (first <= subjectEnd && CoordinatedSubject(words, first, subjectEnd) is { } coordinated)
                {
                    var jointStart = words[coordinated.First].Start;
                    var joint = MakeFrame(words[first].Start, words[subjectEnd].End, w, jointStart, words.Count - i <= 3 ? clauseStart : words[i].End);
                    if (joint is not null)
                    {
                        return joint with { Name = text[jointStart..words[subjectEnd].End], Count = coordinated.Count, EntityId = null, CountryCode = null };
                    }
                }

                if (first > subjectEnd)
                {
                    // "… claiming that" after "news from a US-based news outlet": the subject sits before a participle.
                    continue;
                }

                var subjectStart = words[first].Start;
                var subjectStop = words[subjectEnd].End;
                var contentStart = words.Count - i <= 3 || IsTrailingSpeaker(words, first, i) ? clauseStart : words[i].End;
                var frame = MakeFrame(subjectStart, subjectStop, w, subjectStart, contentStart);
                if (frame is null && citedEnd > citedStart && MakeFrame(citedStart, citedEnd, w, subjectStart, contentStart) is { } citedOnly)
                {
                    // "The newspaper, citing unnamed officials, reported …" before any outlet is named: the officials speak
                    // through the newspaper.
                    return citedOnly with { CitedVia = text[subjectStart..subjectStop] };
                }

                if ((frame is null || frame is { Kind: SourceKinds.Unknown, EntityId: var unplaced } && entities.Find(unplaced) is null or { Kind: EntityKinds.Person })
                    && roleEnd > roleStart && RoleBody(roleStart, roleEnd) is { } body)
                {
                    // "Liu Pengyu, a spokesperson for the Chinese embassy in Washington, said …": the person speaks for the body.
                    frame = new SourceFrame(text[subjectStart..subjectStop], KindOf(body.Name.ToLowerInvariant(), body) ?? SourceKinds.Unknown, null, null, body.Id,
                        subjectStart, contentStart, w, body.Attributes.GetValueOrDefault("country"), true);
                }
                else if (frame is { Kind: SourceKinds.Unknown } && roleEnd > roleStart && KindOf(_lower[roleStart..roleEnd], null) is SourceKinds.Researchers)
                {
                    // "Anders Holm, an analyst at a Copenhagen consultancy, said …": a researcher whose employer is not recognised.
                    frame = frame with { Kind = SourceKinds.Researchers };
                }

                if (frame is null)
                {
                    continue;
                }

                if (anonymous && frame.Kind is SourceKinds.Government or SourceKinds.Unknown)
                {
                    // "Two Danish officials, who spoke on condition of anonymity, said …".
                    frame = frame with { Kind = SourceKinds.AnonymousOfficials };
                }

                if ((IsTrailingSpeaker(words, first, i) || CitingSoonAfter(words, i)) && CitingAfter(words, i) is { } citedAfter && frame.Kind == SourceKinds.Media)
                {
                    // "…, Nordic Wire reported on Thursday, citing two people familiar with the investigation.": the people
                    // speak through the outlet.
                    return citedAfter with { CitedVia = frame.Name, Start = frame.Start, ContentStart = clauseStart };
                }

                if (w is "told" or "tells" && i + 1 < words.Count && ToldOutlet(words[i + 1].Start) is { } outlet)
                {
                    // "two people familiar with the investigation told Bloomberg": the outlet carried their words.
                    frame = frame with { CitedVia = outlet };
                }

                if (citedEnd > citedStart && MakeFrame(citedStart, citedEnd, w, subjectStart, contentStart) is { } cited)
                {
                    // "A report by a local newspaper, citing two people involved, said …".
                    return cited with { CitedVia = text[subjectStart..subjectStop] };
                }

                // "a newspaper report that experts consider …": the report is the channel.
                if (j >= 1 && words[j].Lower == "that")
                {
                    var (rStart, rEnd) = PhraseBefore(words, j);
                    if (rEnd > rStart && IsMediaWords(_lower[rStart..rEnd]))
                    {
                        frame = frame with { CitedVia = text[rStart..rEnd], Start = rStart };
                    }
                }

                return frame;
            }

            return null;
        }

        private static bool IsQuoteMark(string lower) => lower is "\"" or "\u201c" or "\u201d";

        /// <summary>
        /// The index of a closing quotation mark after a comma (or "?", "!") that a speaker follows within a few words
        /// ("…,\" the ministry said", "…,\" said Okafor"), or -1.
        /// </summary>
        private static int QuoteWithSpeaker(List<(int Start, int End, string Lower)> words)
        {
            for (var k = 1; k + 1 < words.Count; k++)
            {
                if (!IsQuoteMark(words[k].Lower) || words[k - 1].Lower is not ("," or "?" or "!"))
                {
                    continue;
                }

                for (var v = k + 1; v < words.Count && v - k <= 8; v++)
                {
                    if (IsQuoteMark(words[v].Lower) || words[v].Lower is "." or ";")
                    {
                        break;
                    }

                    if (ReportingVerbs.Contains(words[v].Lower) && !LinkingVerbs.Contains(words[v].Lower))
                    {
                        return k;
                    }
                }
            }

            return -1;
        }

        /// <summary>
        /// The speaker after an inverted reporting verb that follows a quote: "said Okafor", "said a spokesperson for the
        /// centre", "said Rachel Kim, head of threat intelligence at Sentry Arc" (the person speaks for the body the role names).
        /// </summary>
        private SourceFrame? InvertedSpeaker(List<(int Start, int End, string Lower)> words, int verb, int clauseStart)
        {
            var (npStart, npEnd, next) = NounPhrase(words, verb + 1, [",", ".", ";", "on", "in", "at", "who", "which", "during", "after", "adding", "\"", "\u201c", "\u201d", "told"]);
            if (npEnd <= npStart || next - verb > 9 || !(char.IsUpper(text[npStart]) || words[verb + 1].Lower is "a" or "an" or "the" or "one" or "two" or "three"))
            {
                return null;
            }

            var w = words[verb].Lower;
            var frame = MakeFrame(npStart, npEnd, w, clauseStart, clauseStart);
            if (next < words.Count && words[next].Lower == ",")
            {
                var close = next + 1;
                while (close < words.Count && words[close].Lower is not ("," or "." or ";") && close - next < 16)
                {
                    close++;
                }

                if (close > next + 1 && (frame is null || frame is { Kind: SourceKinds.Unknown } && entities.Find(frame.EntityId) is null or { Kind: EntityKinds.Person })
                    && RoleBody(words[next + 1].Start, words[close - 1].End) is { } body)
                {
                    frame = new SourceFrame(text[npStart..npEnd], KindOf(body.Name.ToLowerInvariant(), body) ?? SourceKinds.Unknown, null, null, body.Id,
                        clauseStart, clauseStart, w, body.Attributes.GetValueOrDefault("country"), true);
                }
            }

            return frame;
        }

        /// <summary>Verbs of belief whose subject holds a view that another speaker may be reporting.</summary>
        private static readonly HashSet<string> CognitiveVerbs = new(StringComparer.Ordinal)
        {
            "believe", "believes", "suspect", "suspects", "think", "thinks", "assess", "assesses", "consider", "considers",
        };

        /// <summary>Whether a reporting verb after <paramref name="verb"/> has a trailing speaker (", two officials said.").</summary>
        private static bool HasTrailingSpeakerAfter(List<(int Start, int End, string Lower)> words, int verb)
        {
            for (var k = verb + 2; k < words.Count; k++)
            {
                if (!ReportingVerbs.Contains(words[k].Lower) || CognitiveVerbs.Contains(words[k].Lower))
                {
                    continue;
                }

                var comma = k - 1;
                while (comma > verb && k - comma <= 12 && words[comma].Lower != ",")
                {
                    comma--;
                }

                // ", a cluster that open-source reporting links to China": a speaker inside an appositive's relative clause
                // speaks of the appositive's noun, not of the whole sentence.
                var relative = Enumerable.Range(comma + 1, Math.Max(0, k - comma - 1)).Any(r => words[r].Lower is "that" or "which" or "who" or "whom");
                if (comma > verb + 1 && words[comma].Lower == "," && !relative && IsTrailingSpeaker(words, comma + 1, k))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Hackers breached X in March, the agency confirmed on Friday": a short subject after a comma, then the verb and circumstance only.</summary>
        private static bool SpeaksAfterComma(List<(int Start, int End, string Lower)> words, int verb)
        {
            var k = verb - 1;
            while (k > 0 && verb - k <= 4 && words[k].Lower != ",")
            {
                k--;
            }

            return k > 0 && k < verb - 1 && words[k].Lower == "," && IsTrailingSpeaker(words, k + 1, verb);
        }

        /// <summary>Whether the span is exactly one named entity (not a description): "NoName057(16)", "Acme Corp".</summary>
        private bool IsNameOnly(int start, int end)
        {
            var mention = entities.BestMentionFor(start, end);
            return mention is { } m && m.Start == start && m.End == end && m.How == MentionKind.Name
                && m.Kind is EntityKinds.ThreatActor or EntityKinds.Organization or EntityKinds.Vendor or EntityKinds.GovernmentBody or EntityKinds.Person;
        }

        /// <summary>"reported on Thursday, citing unnamed sources, that …": a citation right after the verb, past time words only.</summary>
        private static bool CitingSoonAfter(List<(int Start, int End, string Lower)> words, int verb)
        {
            for (var k = verb + 1; k + 1 < words.Count && k - verb <= 5; k++)
            {
                if (words[k].Lower == "," && words[k + 1].Lower == "citing")
                {
                    return true;
                }

                if (!SubjectTimeWords.Contains(words[k].Lower))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>"…, citing two people familiar with …" after the verb at <paramref name="verb"/>: the cited source.</summary>
        private SourceFrame? CitingAfter(List<(int Start, int End, string Lower)> words, int verb)
        {
            for (var k = verb + 1; k + 1 < words.Count; k++)
            {
                if (words[k].Lower == "citing")
                {
                    var (cStart, cEnd, _) = NounPhrase(words, k + 1, CitedObjectStops);
                    return cEnd > cStart ? MakeFrame(cStart, cEnd, "citing", words[k].Start, words[k].Start) : null;
                }
            }

            return null;
        }

        /// <summary>
        /// "The intrusion was the work of X, prosecutors said on Friday.": a speaker after a comma, with nothing but time or
        /// circumstance after its verb, reports what came before it.
        /// </summary>
        private static bool IsTrailingSpeaker(List<(int Start, int End, string Lower)> words, int subjectFirst, int verb)
        {
            // "…, the ministry said", "…,\" the ministry said".
            if (subjectFirst < 2 || !(words[subjectFirst - 1].Lower == ","
                || (IsQuoteMark(words[subjectFirst - 1].Lower) && words[subjectFirst - 2].Lower is "," or "?" or "!")))
            {
                return false;
            }

            // Up to ", citing …" or ", adding …", only circumstance may follow the verb ("said on Friday in a statement").
            for (var k = verb + 1; k < words.Count; k++)
            {
                if (words[k].Lower == "," && k + 1 < words.Count && words[k + 1].Lower is "citing" or "adding")
                {
                    return k - verb <= 8;
                }

                if (words[k].Lower is "that" or "\"" or "\u201c" or ":" or ",")
                {
                    return false;
                }
            }

            return words.Count - verb <= 8;
        }

        /// <summary>
        /// "The United States, the United Kingdom and Australia jointly accused …": the subject ends at a conjunction, and the
        /// conjuncts before it are countries or government bodies like the last one. Returns the first conjunct's word and the
        /// number of parties.
        /// </summary>
        private (int First, int Count)? CoordinatedSubject(List<(int Start, int End, string Lower)> words, int first, int last)
        {
            if (first == 0 || words[first - 1].Lower is not ("and" or ",") || !IsStateParty(words[first].Start, words[last].End))
            {
                return null;
            }

            var count = 1;
            var k = first - 1;
            var earliest = first;
            while (k > 0 && words[k].Lower is "and" or ",")
            {
                var conjunctEnd = k - 1;
                if (words[conjunctEnd].Lower == ",")
                {
                    conjunctEnd--;
                }

                var conjunctStart = conjunctEnd;
                while (conjunctStart > 0 && words[conjunctStart - 1].Lower is not ("and" or "," or ";" or ":" or "that" or "\"") && conjunctEnd - conjunctStart < 8)
                {
                    conjunctStart--;
                }

                if (conjunctEnd < 0 || !IsStateParty(words[conjunctStart].Start, words[conjunctEnd].End))
                {
                    break;
                }

                count++;
                earliest = conjunctStart;
                k = conjunctStart - 1;
            }

            return count > 1 ? (earliest, count) : null;
        }

        private bool IsStateParty(int start, int end)
        {
            var mention = entities.BestMentionFor(start, end);
            if (mention is not { } m || m.Kind is not (EntityKinds.Country or EntityKinds.GovernmentBody) || m.Start < start || m.End > end)
            {
                return false;
            }

            // The whole conjunct is the name, give or take a leading article or its country ("Britain's National Cyber Security Centre").
            var rest = (text[start..m.Start] + text[m.End..end]).Trim().ToLowerInvariant();
            if (rest.EndsWith("'s", StringComparison.Ordinal) || rest.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                var owner = entities.MentionsWithin(start, m.Start).FirstOrDefault(o => o.Kind == EntityKinds.Country);
                return owner != default && (text[start..owner.Start].Trim().ToLowerInvariant() is "" or "the")
                    && text[owner.End..m.Start].Trim() is "'s" or "\u2019s";
            }

            return rest is "" or "the";
        }

        /// <summary>The outlet told something ("told Bloomberg"), unless it is the article's own publisher: that is first-hand reporting.</summary>
        private string? ToldOutlet(int at)
        {
            foreach (var m in entities.MentionsWithin(at, Math.Min(text.Length, at + 60)))
            {
                if (m.Kind != EntityKinds.Outlet || m.Start - at > 4)
                {
                    return null;
                }

                var name = entities[m.EntityId].Name;
                var mentioned = text[m.Start..m.End];
                return info.Source is { } own && (string.Equals(own, name, StringComparison.OrdinalIgnoreCase) || string.Equals(own, mentioned, StringComparison.OrdinalIgnoreCase))
                    ? null
                    : name;
            }

            return null;
        }

        private SourceFrame? CitedFrame(List<(int Start, int End, string Lower)> words, int end)
        {
            // "X cited N sources …" sets the frame for what follows ("It claimed …").
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Lower is not ("cited" or "citing"))
                {
                    continue;
                }

                var (oStart, oEnd, _) = NounPhrase(words, i + 1, CitedObjectStops);
                var (sStart, sEnd) = PhraseBefore(words, i);
                if (oEnd > oStart && sEnd > sStart)
                {
                    var cited = MakeFrame(oStart, oEnd, "cited", sStart, end);
                    if (cited is not null)
                    {
                        var frame = cited with { CitedVia = text[sStart..sEnd] };
                        _lastExplicit = frame;
                        return frame;
                    }
                }
            }

            return null;
        }

        private (int Start, int End) PhraseBefore(List<(int Start, int End, string Lower)> words, int index)
        {
            var j = index - 1;
            while (j >= 0 && Auxiliaries.Contains(words[j].Lower))
            {
                j--;
            }

            var last = j;
            while (j >= 0 && !SubjectStops.Contains(words[j].Lower) && last - j < 10)
            {
                j--;
            }

            var first = j + 1;
            while (first <= last && DiscourseMarkers.Contains(words[first].Lower))
            {
                first++;
            }

            return first > last ? (0, 0) : (words[first].Start, words[last].End);
        }

        private static (int Start, int End, int Next) NounPhrase(List<(int Start, int End, string Lower)> words, int from, IReadOnlyCollection<string> stops)
        {
            var i = from;
            while (i < words.Count && !stops.Contains(words[i].Lower) && i - from < 10)
            {
                i++;
            }

            return i == from ? (0, 0, i) : (words[from].Start, words[i - 1].End, i);
        }

        private SourceFrame? MakeFrame(int start, int end, string? verb, int frameStart, int contentStart)
        {
            // A name cut at one of its own words ("Cybersecurity and Infrastructure Security Agency" at "and") is taken whole.
            foreach (var straddling in entities.MentionsWithin(Math.Max(0, start - 120), end + 4))
            {
                if (straddling.Start < start && straddling.End > start && straddling.Kind != EntityKinds.Sector)
                {
                    start = straddling.Start;
                    end = Math.Max(end, straddling.End);
                    break;
                }
            }

            var name = text[start..end].Trim().TrimEnd(',');

            // "Two officials familiar with the investigation" is the same kind of source as "two officials": keep the head.
            foreach (var qualifier in s_sourceQualifiers)
            {
                var cut = name.IndexOf(qualifier, StringComparison.OrdinalIgnoreCase);
                if (cut > 0)
                {
                    name = name[..cut];
                }
            }

            var lowerName = name.ToLowerInvariant();
            if (name.Length == 0)
            {
                return null;
            }

            if (lowerName is "we" or "our team" or "our researchers" or "our analysts")
            {
                // First person in a vendor's or agency's report: the publisher itself.
                return DefaultFrame(frameStart) with { Start = frameStart, ContentStart = contentStart, Verb = verb, Explicit = true };
            }

            if (lowerName.StartsWith("one of ", StringComparison.Ordinal) && _lastExplicit is not null
                && (lowerName[7..] is "them" or "those" || Pronouns.Contains(lowerName[7..])))
            {
                // "Two people familiar with the matter said … One of them said …": one of the sources before.
                return _lastExplicit with { Name = name, Count = 1, Start = frameStart, ContentStart = contentStart, Verb = verb };
            }

            if (Pronouns.Contains(lowerName) && (lowerName is "it" or "they" or "he" or "she" || entities.BestMentionFor(start, end) is null))
            {
                if (_lastExplicit is null)
                {
                    // "The company said …" about an organisation the text named in a form no recogniser caught: the
                    // description speaks; a business an incident report only describes is its victim.
                    var words = lowerName.Split(' ');
                    return words.Length == 2 && words[0] == "the" && EntityVocabulary.OrganizationAnaphors.TryGetValue(words[1], out var preferred)
                        && preferred == EntityKinds.Organization && !s_securityNouns.Contains(words[1])
                        ? new SourceFrame(name, incidents.Incidents.Count > 0 ? SourceKinds.Victim : SourceKinds.Unknown, null, null, null, frameStart, contentStart, verb, null, true)
                        : null;
                }

                return _lastExplicit with { Start = frameStart, ContentStart = contentStart, Verb = verb };
            }

            var mention = entities.BestMentionFor(start, end);
            Entity? entity = mention is { } m && m.Start >= start - 4 && m.End <= end + 4 && m.Kind != EntityKinds.Sector ? entities[m.EntityId] : null;
            if (entity is null or { Kind: EntityKinds.Person })
            {
                // "a council spokesperson"; "Council leader Martin Ogden" speaks for the council.
                entity = SpokespersonOf(lowerName, start) ?? entity;
            }

            var researcherOf = false;
            if ((entity is { Kind: EntityKinds.Person } minister ? minister.Attributes.GetValueOrDefault("title") is "minister" : entity is null && ContainsWord(lowerName, "minister"))
                && _previousSpeaker is { EntityId: { } ministryId } && entities.Find(ministryId) is { Kind: EntityKinds.GovernmentBody } ministry
                && ministry.Name.Contains("Ministry", StringComparison.Ordinal))
            {
                // "Taiwan's Ministry of Digital Affairs said … Minister Chen told reporters …": the minister of the ministry that just spoke.
                entity = ministry;
            }

            if (entity is { Kind: EntityKinds.Person } titled && mention is { } personMention && personMention.Start > start
                && entities.MentionsWithin(start, personMention.Start).Select(m => entities[m.EntityId])
                    .LastOrDefault(e => e.Kind is EntityKinds.Vendor or EntityKinds.Organization or EntityKinds.GovernmentBody or EntityKinds.Outlet) is { } employer)
            {
                // "Pinewood analyst Marcus Tell", "Kestrel Labs researcher Ana Ruiz": the body named before the person's title.
                entity = titled.Attributes.ContainsKey("title") ? employer : entity;
                researcherOf = titled.Attributes.GetValueOrDefault("title") is "analyst" or "researcher" or "expert" && employer.Kind == EntityKinds.Organization
                    && !incidents.Incidents.Any(i => i.VictimEntityId == employer.Id);
            }

            if (entity is { Kind: EntityKinds.Person } person && person.Attributes.GetValueOrDefault("title") is { } title && s_staffTitles.Contains(title)
                && !person.Attributes.ContainsKey("role")
                && incidents.Incidents.Select(i => i.VictimEntityId).FirstOrDefault(v => v is not null && VictimNamedRecently(v, start)) is { } victimId
                && entities.Find(victimId) is { Kind: EntityKinds.Organization or EntityKinds.GovernmentBody } victim)
            {
                // "chief executive Helen Marsh said …", "spokeswoman Dana Whitfield said …" in a report on the victim: a member of
                // its staff whom the text ties to no other body speaks for it.
                entity = victim;
            }

            if (entity is { Kind: EntityKinds.ThreatActor } && entity.Attributes.ContainsKey("descriptive")
                && entities.MentionsWithin(start, end).Select(m => entities[m.EntityId])
                    .FirstOrDefault(e => e.Kind == EntityKinds.ThreatActor && !e.Attributes.ContainsKey("descriptive")) is { } named)
            {
                // "A pro-Iranian hacktivist group calling itself Cyber Toufan claimed …": the group by its name.
                entity = named;
            }

            if (entity is not null && entity.Kind == EntityKinds.Country && !IsCountrySubject(lowerName, entity))
            {
                entity = null;
            }

            // "Iran's mission to the United Nations": the leading country owns the source, not the body named after it.
            var leading = entities.MentionsWithin(start, Math.Min(text.Length, end)).FirstOrDefault(m => m.Kind == EntityKinds.Country && m.Start <= start + 4);
            if (leading != default && entity is not null && entity.Kind != EntityKinds.Country && !entity.Attributes.ContainsKey("country")
                && text.AsSpan(leading.End, Math.Min(3, text.Length - leading.End)).ToString() is "'s " or "\u2019s ")
            {
                entity = null;
            }

            if (entity is null && LooksLikePersonName(name) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 1 } single
                && entities.Entities.LastOrDefault(e => e.Kind == EntityKinds.Person && e.Name.Split(' ').Contains(single[0], StringComparer.Ordinal)) is { } known)
            {
                // "Liu added" after "Liu Wenhao, a spokesperson for …": a family name written first is the same person.
                entity = known;
            }

            var kind = (researcherOf ? SourceKinds.Vendor : null) ?? KindOf(lowerName, entity)
                ?? (leading != default && entity is null ? SourceKinds.Government : null)
                ?? (IsAcronym(name) ? SourceKinds.Unknown : null);
            if (kind is null && entity is null && LooksLikePersonName(name) && (name.Contains(' ', StringComparison.Ordinal) || IsSurnameOfNamedPerson(name, start)))
            {
                // "Martin Hale said", "said Okafor": a person the text names without a title the recognisers know.
                return UntitledSpeaker(name, start, frameStart, contentStart, verb);
            }

            if (kind == SourceKinds.Unknown && entity is { Kind: EntityKinds.Person } speaker)
            {
                // "Liu Wenhao, a spokesperson for the Chinese embassy, said … \"…,\" Liu added.": the body the person spoke for
                // before; or the body an earlier introduction ties them to.
                var earlier = Claims.LastOrDefault(c => c.Source.EntityId is not null && c.Source.EntityId != speaker.Id
                    && c.Source.Name.Contains(speaker.Name, StringComparison.Ordinal) && c.Source.Kind is not (SourceKinds.Unknown or SourceKinds.Media));
                if (earlier is not null && entities.Find(earlier.Source.EntityId) is { } spokenFor)
                {
                    var code = spokenFor.Attributes.GetValueOrDefault("country");
                    var own = earlier.Source.Kind == SourceKinds.Accused ? KindOf(spokenFor.Name.ToLowerInvariant(), spokenFor) ?? earlier.Source.Kind : earlier.Source.Kind;
                    return new SourceFrame(name, own, null, null, spokenFor.Id, frameStart, contentStart, verb, code, true);
                }

                var introduced = UntitledSpeaker(speaker.Name, start, frameStart, contentStart, verb);
                if (introduced.Kind != SourceKinds.Unknown && introduced.EntityId is not null)
                {
                    return introduced with { Name = name };
                }
            }

            if (kind is null)
            {
                return null;
            }

            var country = entity?.Attributes.GetValueOrDefault("country")
                ?? (leading != default ? entities[leading.EntityId].Attributes.GetValueOrDefault("country") : null);
            return new SourceFrame(name, kind, Count(lowerName), null, entity?.Id, frameStart, contentStart, verb, country, true);
        }

        /// <summary>"Sarah Okafor", "Okafor", "Martin Hale": one to three capitalised words, no digits, no article.</summary>
        private static bool LooksLikePersonName(string name)
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length is >= 1 and <= 3 && parts[0] is not ("The" or "A" or "An" or "This" or "That" or "It" or "We" or "They" or "He" or "She")
                && parts.All(p => p.Length >= 2 && char.IsUpper(p[0]) && p.Skip(1).Any(char.IsLower) && p.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.')
                    && !EntityVocabulary.NonNameStarters.Contains(p) && !EntityVocabulary.CalendarWords.Contains(p)
                    && !SubjectTimeWords.Contains(p.ToLowerInvariant()) && !DiscourseMarkers.Contains(p) && !Auxiliaries.Contains(p.ToLowerInvariant())
                    && !Pronouns.Contains(p) && !ReportingVerbs.Contains(p.ToLowerInvariant()));
        }

        /// <summary>Whether a lone capitalised word is the last name of someone the text named in full before ("Sarah Okafor" … "Okafor").</summary>
        private bool IsSurnameOfNamedPerson(string word, int before)
        {
            for (var at = before > 0 ? text.LastIndexOf(" " + word, before - 1, StringComparison.Ordinal) : -1; at > 0;
                 at = text.LastIndexOf(" " + word, at - 1, StringComparison.Ordinal))
            {
                var end = at + 1 + word.Length;
                var prior = at - 1;
                if ((end >= text.Length || !char.IsLetter(text[end])) && prior >= 0 && char.IsLower(text[prior]))
                {
                    var wordStart = prior;
                    while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                    {
                        wordStart--;
                    }

                    if (char.IsUpper(text[wordStart]) && LooksLikePersonName(text[wordStart..at]))
                    {
                        return true;
                    }
                }

                if (at == 0)
                {
                    break;
                }
            }

            return false;
        }

        /// <summary>
        /// A speaker named without a title: the body an earlier introduction ties them to ("Sarah Okafor, who leads the
        /// company's security team," → the company; "Anders Holm, an analyst at Tidewater," → Tidewater), else the described
        /// speaker of the sentence before ("…, the Defence Secretary has told MPs. Martin Hale said …"), else the person
        /// alone (of unknown kind) rather than the outlet.
        /// </summary>
        private SourceFrame UntitledSpeaker(string name, int start, int frameStart, int contentStart, string? verb)
        {
            var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            var victims = incidents.Incidents.Select(i => i.VictimEntityId).Where(v => v is not null).ToHashSet();
            for (var at = start > 0 ? text.LastIndexOf(surname + ",", start - 1, StringComparison.Ordinal) : -1; at >= 0;
                 at = at > 0 ? text.LastIndexOf(surname + ",", at - 1, StringComparison.Ordinal) : -1)
            {
                var from = at + surname.Length + 1;
                while (from < text.Length && text[from] == ' ')
                {
                    from++;
                }

                var stop = text.IndexOfAny([',', '.', ';'], from);
                var to = Math.Min(stop < 0 ? text.Length : stop, from + 140);
                var lead = _lower.AsSpan(from, to - from);
                if (!(lead.StartsWith("who ", StringComparison.Ordinal) || lead.StartsWith("a ", StringComparison.Ordinal)
                    || lead.StartsWith("an ", StringComparison.Ordinal) || lead.StartsWith("the ", StringComparison.Ordinal)))
                {
                    continue;
                }

                var victim = entities.MentionsWithin(from, to).FirstOrDefault(m => victims.Contains(m.EntityId));
                if (victim != default)
                {
                    return new SourceFrame(name, SourceKinds.Victim, null, null, victim.EntityId, frameStart, contentStart, verb, null, true);
                }

                if (RoleBody(from, to) is { } body)
                {
                    return new SourceFrame(name, KindOf(body.Name.ToLowerInvariant(), body) ?? SourceKinds.Unknown, null, null, body.Id, frameStart, contentStart, verb,
                        body.Attributes.GetValueOrDefault("country"), true);
                }

                if (KindOf(lead.ToString(), null) is SourceKinds.Researchers or SourceKinds.Vendor)
                {
                    // "Lucia Ferreyra, an independent researcher in Buenos Aires,".
                    return new SourceFrame(name, SourceKinds.Researchers, null, null, null, frameStart, contentStart, verb, null, true);
                }

                break;
            }

            if (_previousDescribedSpeaker is { } described && entities.SentenceIndexAt(start) == _sentenceIndex && name.Contains(' ', StringComparison.Ordinal))
            {
                return described with { Name = name, Start = frameStart, ContentStart = contentStart, Verb = verb, Count = null };
            }

            return new SourceFrame(name, SourceKinds.Unknown, null, null, null, frameStart, contentStart, verb, null, true);
        }

        /// <summary>"The MIVD said …": an organisation the text names only by an acronym it never expands speaks for itself.</summary>
        private static bool IsAcronym(string name)
        {
            var bare = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
            return bare.Length is >= 2 and <= 8 && bare.All(c => char.IsAsciiLetterUpper(c) || c == '-') && char.IsAsciiLetterUpper(bare[0]);
        }

        private static bool IsCountrySubject(string lowerName, Entity country) =>
            lowerName.Split(' ').Length <= 3 || lowerName.Contains(country.Name.ToLowerInvariant(), StringComparison.Ordinal);

        private static string? KindOf(string lowerName, Entity? entity)
        {
            if (entity is not null)
            {
                switch (entity.Kind)
                {
                    case EntityKinds.Outlet:
                        return SourceKinds.Media;
                    case EntityKinds.Vendor:
                        return SourceKinds.Vendor;
                    case EntityKinds.GovernmentBody or EntityKinds.Country:
                        return SourceKinds.Government;
                    case EntityKinds.ThreatActor:
                        return SourceKinds.Accused;
                    case EntityKinds.Organization:
                        // "the blockchain analytics firm Chainsight": an organisation the text describes as a security or analytics firm.
                        return IsVendorWords(lowerName) || ContainsWord(lowerName, "analyst", "analysts", "researcher", "researchers") ? SourceKinds.Vendor : SourceKinds.Victim;
                    case EntityKinds.Person:
                        // "Mayor Karen Lutz", "Deputy Minister Ana Ruiz": an office holder speaks for the government.
                        if (ContainsWord(lowerName, s_governmentTitles))
                        {
                            return SourceKinds.Government;
                        }

                        break;
                    default:
                        break;
                }
            }

            if (IsMediaWords(lowerName))
            {
                return SourceKinds.Media;
            }

            if (ContainsWord(lowerName, "official", "officials", "sources", "source", "insider", "insiders", "familiar", "spokesperson", "spokesman", "spokeswoman", "people", "person", "persons"))
            {
                if (ContainsWord(lowerName, "provincial", "municipal", "county", "city", "regional", "local")
                    && ContainsWord(lowerName, "official", "officials"))
                {
                    // "Provincial officials", "city officials" speak for their government, not anonymously.
                    return SourceKinds.Government;
                }

                if (lowerName.Contains("spokes", StringComparison.Ordinal))
                {
                    return ContainsWord(lowerName, "government", "ministry", "embassy", "agency", "police", "department") ? SourceKinds.Government : SourceKinds.Unknown;
                }

                return SourceKinds.AnonymousOfficials;
            }

            if (ContainsWord(lowerName, "researcher", "researchers", "research", "expert", "experts", "analyst", "analysts", "investigator",
                "investigators", "investigation", "analysis", "academics", "scientists", "specialists"))
            {
                return SourceKinds.Researchers;
            }

            if (ContainsWord(lowerName, "agency", "ministry", "authority", "directorate", "inspectorate", "government")
                && !ContainsWord(lowerName, "firm", "company", "vendor", "vendors", "lab", "labs", "private"))
            {
                // "the national cybersecurity agency": a state body, whatever its field.
                return SourceKinds.Government;
            }

            if (IsVendorWords(lowerName))
            {
                return SourceKinds.Vendor;
            }

            if (ContainsWord(lowerName, "firm", "company", "companies", "provider", "operator", "hospital", "organisation", "organization"))
            {
                return SourceKinds.Unknown;
            }

            if (ContainsWord(lowerName, "government", "ministry", "agency", "authorities", "police", "prosecutors", "department", "minister",
                "president", "embassy", "fbi", "cisa", "nsa", "white house", "kremlin", "spokesperson", "secretary", "chancellor", "governor",
                "mayor", "ambassador", "premier", "senator", "sheriff"))
            {
                return SourceKinds.Government;
            }

            // A named person the text gives no office that says whom they speak for.
            return entity?.Kind == EntityKinds.Person ? SourceKinds.Unknown : null;
        }

        private static bool IsVendorWords(string lowerName) =>
            ContainsWord(lowerName, "vendor", "vendors", "lab", "labs", "analytics") || lowerName.Contains("security firm", StringComparison.Ordinal)
            || lowerName.Contains("intelligence firm", StringComparison.Ordinal) || lowerName.Contains("research firm", StringComparison.Ordinal)
            || lowerName.Contains("security company", StringComparison.Ordinal) || lowerName.Contains("intelligence company", StringComparison.Ordinal)
            || lowerName.Contains("cybersecurity", StringComparison.Ordinal) || lowerName.Contains("antivirus", StringComparison.Ordinal)
            || lowerName.Contains("security consultancy", StringComparison.Ordinal);

        private static bool IsMediaWords(string lowerName) => ContainsWord(lowerName, "outlet", "outlets", "newspaper", "newspapers", "report",
            "reports", "media", "news", "journalist", "journalists", "magazine", "publication", "broadcaster", "paper", "reporting", "daily", "press",
            "weekly", "times", "post", "journal", "courier", "herald", "wire", "gazette", "tribune", "review", "chronicle", "observer", "ledger");

        private static bool ContainsWord(string lowerName, params string[] words)
        {
            foreach (var part in lowerName.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                var word = part.Trim('\u2019', '\'', '"');

                // "the government's top spokesman": the possessive is the word.
                if (words.Contains(word) || (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) && words.Contains(word[..^2]))
                {
                    return true;
                }
            }

            return false;
        }

        private static int? Count(string lowerName)
        {
            var first = lowerName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (first is null)
            {
                return null;
            }

            if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            return first switch
            {
                "one" or "a" or "an" when lowerName.Contains("source", StringComparison.Ordinal) || lowerName.Contains("official", StringComparison.Ordinal) || lowerName.Contains("person", StringComparison.Ordinal) => 1,
                "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
                "eleven" => 11, "twelve" => 12, "dozen" => 12,
                _ => null,
            };
        }

        // ---- incidents ---------------------------------------------------------------------------------------------

        private string? IncidentFor(int start, int end, int sentenceIndex)
        {
            var inClause = incidents.EventsWithin(start, end).FirstOrDefault(e => e.Type is not (EventTypes.Discover or EventTypes.Patch));
            if (inClause is not null)
            {
                return incidents.Incidents.FirstOrDefault(i => i.Hopper == inClause.Hopper)?.Id;
            }

            var current = incidents.IncidentAtSentence.Count > sentenceIndex ? incidents.IncidentAtSentence[sentenceIndex] : incidents.Incidents.FirstOrDefault()?.Id;

            // A claim before the article first names its incident ("A group claimed on Telegram that it had taken down …")
            // is about the incident the article goes on to describe.
            current ??= incidents.IncidentAtSentence.Skip(sentenceIndex + 1).FirstOrDefault(i => i is not null) ?? incidents.Incidents.FirstOrDefault()?.Id;

            // "… has also attacked another entity": the claim is about the incident the next sentence introduces.
            var clause = _lower[start..end];
            if (NewIncidentCues.Any(c => clause.Contains(c, StringComparison.Ordinal)) && sentenceIndex + 1 < incidents.IncidentAtSentence.Count
                && incidents.IncidentAtSentence[sentenceIndex + 1] is { } next && next != current && !incidents.Incidents.Any(i => i.Id == next && i.EventIds.Count == 0))
            {
                return next;
            }

            return current;
        }

        private string? EventFor(int start, int end, string? incidentId)
        {
            var inClause = incidents.EventsWithin(start, end).FirstOrDefault(e => e.Type is not (EventTypes.Discover or EventTypes.Patch));
            return inClause?.Id ?? incidents.Find(incidentId)?.EventIds.FirstOrDefault();
        }

        // ---- claims of one clause -----------------------------------------------------------------------------------

        private IEnumerable<Claim> ClaimsOfClause(int start, int end, SourceFrame frame, string? incidentId, bool contrast, List<Claim> sentenceClaims)
        {
            var content = Math.Max(start, Math.Min(frame.ContentStart, end));
            var clauseLower = _lower[start..end];
            var contentLower = _lower[content..end];
            var evidenceStart = Math.Min(start, Math.Max(frame.Start, 0) is var fs && fs < start && fs >= SentenceStartOf(start) ? fs : start);
            var evidence = Span(evidenceStart, end);
            var eventId = EventFor(start, end, incidentId);
            var victimId = incidents.Find(incidentId)?.VictimEntityId;
            if (frame.Kind == SourceKinds.Unknown && frame.EntityId is null && victimId is not null && IsBareSpokesperson(frame.Name) && VictimNearby(victimId, start))
            {
                // "Riverside Medical Center declined to say … A spokesperson said …": the victim's spokesperson.
                frame = frame with { EntityId = victimId };
            }
            else if (frame.Kind == SourceKinds.Unknown && frame.EntityId is null && IsBareSpokesperson(frame.Name) && _previousSpeaker is { } body
                && entities.Find(body.EntityId) is { Kind: EntityKinds.GovernmentBody or EntityKinds.Organization or EntityKinds.Vendor })
            {
                // "China's Taiwan Affairs Office dismissed the accusation. A spokesperson said …": the body that spoke just before.
                frame = frame with { EntityId = body.EntityId, Kind = body.Kind, CountryCode = body.CountryCode };
            }

            var sourceKind = frame.EntityId is not null && frame.EntityId == victimId ? SourceKinds.Victim : frame.Kind;

            // 1. Severity disputes ("denied the severity of the attack", "only accessed the email system").
            var declinesState = DoubtsStateInvolvement(clauseLower);
            var severity = !declinesState && (SeverityCues.Any(c => clauseLower.Contains(c, StringComparison.Ordinal)) || NegatedOutcome(clauseLower));
            if (severity)
            {
                var disputing = frame.Explicit ? frame : SubjectFrame(start, end) ?? frame;
                if (disputing.Kind == SourceKinds.Accused && !frame.Explicit)
                {
                    // "This detail implies that the actors only accessed …" is the article's inference, not the actors' claim.
                    disputing = frame;
                }

                var kind = disputing.EntityId is not null && disputing.EntityId == victimId ? SourceKinds.Victim : disputing.Kind;
                yield return MakeClaim(ClaimKinds.SeverityDispute, Stances.Disputes, disputing with { Kind = kind }, null, incidentId, eventId, evidenceStart, end, evidence);
            }

            // 2. Declined attribution ("a second group it did not name" is a relative clause, not a refusal).
            var declinesAt = declinesState ? DoubtAt(clauseLower) : -1;
            if ((clauseLower.Contains("this attribution", StringComparison.Ordinal) || clauseLower.Contains("that attribution", StringComparison.Ordinal))
                && Claims.LastOrDefault() is { Kind: ClaimKinds.Attribution } attributed
                && entities.SentenceIndexAt(attributed.Evidence.Start) >= entities.SentenceIndexAt(start) - 2)
            {
                // "We assess that … UNC5337 … The Cyber Centre has not independently confirmed this attribution.": a caveat on
                // the attribution just made, not a refusal to attribute.
                yield break;
            }

            if (declinesState || NoAttributionCues.Any(c => clauseLower.Contains(c, StringComparison.Ordinal) && !InRelativeClause(clauseLower, c)))
            {
                var declining = SubjectFrame(start, end) ?? frame;
                if (frame.Explicit && declining != frame && declining.Name.ToLowerInvariant() is "it" or "they" or "he" or "she" or "we")
                {
                    // "The trust said it was too early to say who was responsible": the pronoun after the verb is the speaker.
                    declining = frame;
                }

                var kind = declining.EntityId is not null && declining.EntityId == victimId ? SourceKinds.Victim : declining.Kind;
                yield return MakeClaim(ClaimKinds.NoAttribution, Stances.Declines, declining with { Kind = kind }, null, incidentId, eventId, evidenceStart, end, evidence);
                if (declinesAt < 0 || start + declinesAt <= content + 12)
                {
                    yield break;
                }

                // "… was the work of an opportunistic criminal group, and that investigators had not found evidence of Russian
                // involvement": doubt about a state after a culprit the speaker does name; the words before the doubt may
                // still attribute.
                end = start + declinesAt;
                clauseLower = _lower[start..end];
                contentLower = _lower[content..end];
            }

            if (severity && !s_strongAttributionCues.Any(c => contentLower.Contains(c, StringComparison.Ordinal)))
            {
                yield break;
            }

            var words = Words(content, end);
            var denial = (frame.Verb is not null && DenialVerbs.Contains(frame.Verb)) || words.Any(w => DenialVerbs.Contains(w.Lower))
                || DenialPhrases.Any(p => clauseLower.Contains(p, StringComparison.Ordinal));

            // "The LockBit gang claimed to have breached its billing system, which the company denied": an actor claiming a
            // deed does not deny it; the denial in the relative clause is the victim's.
            denial &= !(frame.Verb is "claimed" or "claims" && entities.Find(frame.EntityId) is { Kind: EntityKinds.ThreatActor });
            var sourceCountry = frame.CountryCode;

            // 3a. "denied that its systems had been breached": the incident itself is denied — a dispute of its severity — and an
            // actor's claim the denial answers ("after a group calling itself X claimed to have stolen data") is a claim of its own.
            if (denial && DeniesOutcome(content, end))
            {
                var disputing = frame.Explicit ? frame : SubjectFrame(start, end) ?? frame;
                var kind = disputing.EntityId is not null && disputing.EntityId == victimId ? SourceKinds.Victim : disputing.Kind;
                yield return MakeClaim(ClaimKinds.SeverityDispute, Stances.Disputes, disputing with { Kind = kind }, null, incidentId, eventId, evidenceStart, end, evidence);
                foreach (var embedded in EmbeddedSelfClaims(start, end, disputing, incidentId, eventId))
                {
                    yield return embedded;
                }

                yield break;
            }

            // 3. Denials: the accused is the speaker's own country ("denied that their country was the culprit"), else the clause's actor.
            if (denial)
            {
                var blameAt = words.FindIndex(w => BlameVerbs.Contains(w.Lower));
                if (blameAt < 0)
                {
                    blameAt = CounterClaimStart(words);
                }

                var denialEnd = blameAt >= 0 ? words[blameAt].Start : end;

                // "denied that … was the culprit and blamed the US": the denial's evidence ends before the conjunction.
                var trimmed = _lower[evidenceStart..denialEnd].TrimEnd();
                foreach (var tail in (string[])[" and", ",", " but", " while"])
                {
                    if (trimmed.EndsWith(tail, StringComparison.Ordinal))
                    {
                        trimmed = trimmed[..^tail.Length].TrimEnd();
                    }
                }

                denialEnd = Math.Max(evidenceStart + 1, evidenceStart + trimmed.Length);
                var accused = DeniedParty(content, denialEnd, frame, incidentId);
                if (accused is not null)
                {
                    var denier = frame with { Kind = accused.Value.Country is not null && accused.Value.Country == sourceCountry ? SourceKinds.Accused : sourceKind };
                    yield return MakeClaim(ClaimKinds.Denial, Stances.Denies, denier, accused, incidentId, eventId, evidenceStart, denialEnd, Span(evidenceStart, denialEnd));
                    if (blameAt >= 0 && CounterAccused(words, blameAt, end, sourceCountry) is { } counter)
                    {
                        yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, denier, counter, incidentId, eventId, evidenceStart, end, evidence);
                    }

                    yield break;
                }
            }

            // 4. Counter-accusations: an accused party blaming someone else.
            var blame = words.FindIndex(w => BlameVerbs.Contains(w.Lower));
            if (frame.Verb is not null && BlameVerbs.Contains(frame.Verb) && blame < 0)
            {
                blame = -2;
            }

            if (blame != -1 && sourceCountry is not null && IsAccusedParty(sourceCountry, incidentId))
            {
                var target = CounterAccused(words, Math.Max(blame, 0), end, sourceCountry);
                if (target is not null)
                {
                    yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, frame with { Kind = SourceKinds.Accused }, target, incidentId, eventId, evidenceStart, end, evidence);
                    yield break;
                }
            }

            // 5. Self-claims by an actor ("LockBit claimed responsibility", "the gang listed the hospital on its leak site").
            var claimant = frame.Explicit ? frame : ActorSubject(start, end) ?? frame;
            if (claimant.EntityId is not null && entities.Find(claimant.EntityId) is { Kind: EntityKinds.ThreatActor } actor
                && (SelfClaimCues.Any(c => HasUnnegated(clauseLower, c))
                    || (claimant == frame && frame.Verb is "claimed" or "claims" or "claiming"
                        && (incidents.EventsWithin(content, end).Any() || ClaimedDeeds.Any(d => ContainsPhrase(contentLower, d))))
                    || (claimant == frame && frame.Verb is "said" or "says" or "told" or "announced" or "wrote" or "stated" or "boasted" or "posted"
                        && ActorSubject(start, end) is { EntityId: var subjectId } && subjectId == actor.Id && SpeaksOfItsOwnDeed(contentLower)
                        && incidents.EventsWithin(content, end).Any())))
            {
                frame = claimant;
                var self = new Accused(actor.Id, actor.Name, actor.Attributes.GetValueOrDefault("country"));
                yield return MakeClaim(ClaimKinds.Attribution, Stances.Asserts, frame with { Kind = SourceKinds.Accused }, self, incidentId, eventId, evidenceStart, end, evidence, s_ownClaimWords);
                yield break;
            }

            if (claimant.EntityId is not null && entities.Find(claimant.EntityId) is { Kind: EntityKinds.ThreatActor }
                && SelfClaimCues.Any(c => clauseLower.Contains(c, StringComparison.Ordinal)))
            {
                // "The BlackSuit gang … has not listed the council on its leak site": the group does not claim; nor does the clause blame it.
                yield break;
            }

            if (claimant.EntityId is null || entities.Find(claimant.EntityId) is not { Kind: EntityKinds.ThreatActor })
            {
                var embeddedClaims = EmbeddedSelfClaims(start, end, frame, incidentId, eventId).ToList();
                foreach (var embedded in embeddedClaims)
                {
                    yield return embedded;
                }

                // "The company blamed the X gang, which claimed …" is the company's attribution as well; "Police said X
                // claimed …" only reports the claim.
                if (embeddedClaims.Count > 0 && !(frame.Verb is { } speakerVerb && (BlameVerbs.Contains(speakerVerb) || AttributionVerbs.Contains(speakerVerb))))
                {
                    yield break;
                }
            }

            // 6. Attributions and alternative hypotheses.
            // "Harrow attributed the operation … to APT29": the reporting verb is itself the attribution.
            // "She said the United States was the world's biggest source of cyberattacks": an accused state's voice calling
            // another the real attacker.
            var counterCue = sourceCountry is not null && IsAccusedParty(sourceCountry, incidentId)
                && CounterAccusationCues.Any(c => c != "itself" && c != "themselves" && contentLower.Contains(c, StringComparison.Ordinal));
            var hasCue = frame.Verb is { } verb && (AttributionVerbs.Contains(verb) || BlameVerbs.Contains(verb))
                || AttributionCues.Any(c => ContainsPhrase(contentLower, c)) || incidents.EventsWithin(content, end).Any() || counterCue;
            if (!hasCue)
            {
                yield break;
            }

            var candidates = AccusedIn(content, end, sourceCountry).ToList();
            if (candidates.Count == 0 && frame.Explicit && frame.Kind != SourceKinds.Accused && AnaphoricAccused(content, end, contentLower) is { } anaphoric
                && !Claims.Concat(sentenceClaims).Any(c => c.AccusedEntityId == anaphoric.EntityId && c.Source.Name == frame.Name))
            {
                // "Danish authorities were looking into whether the group was involved": a new source on an actor named
                // earlier only through an anaphor.
                candidates.Add(anaphoric);
            }

            if (candidates.Count == 0 && counterCue
                && entities.MentionsWithin(content, end).Select(m => entities[m.EntityId])
                    .FirstOrDefault(e => e.Kind == EntityKinds.Country && e.Attributes.GetValueOrDefault("country") is { } code && code != sourceCountry) is { } other)
            {
                yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, frame with { Kind = SourceKinds.Accused },
                    new Accused(other.Id, other.Name, other.Attributes["country"]), incidentId, eventId, evidenceStart, end, evidence);
                yield break;
            }

            if (candidates.Count == 0)
            {
                yield break;
            }

            var first = candidates[0];
            if (first.Country is null && first.EntityId is not null && entities.Find(first.EntityId) is { Kind: EntityKinds.ThreatActor } located
                && located.Attributes.GetValueOrDefault("actor_type") is not ("criminal" or "hacktivist") && !located.Attributes.ContainsKey("aligned_with")
                && BasedIn(content, end) is { } home)
            {
                // "a cluster it tracks as Silent Heron, which it believes is based in Vietnam": where a (not criminal) actor works from.
                first = first with { Country = home };
            }

            if (first.Country is null && first.EntityId is not null && entities.Find(first.EntityId) is { Kind: EntityKinds.ThreatActor } && SponsorIn(content, end) is { } sponsor)
            {
                // "We track the cluster as DUSTVEIL and assess that it operates on behalf of the Iranian government": the
                // speaker names the actor's sponsor in the same clause.
                first = first with { Country = sponsor };
            }
            var previous = Claims.Concat(sentenceClaims).LastOrDefault(c => c.IncidentId == incidentId && c.Kind is ClaimKinds.Attribution or ClaimKinds.AlternativeHypothesis);
            var different = previous is not null && previous.AccusedEntityId != first.EntityId && !SameActor(previous.AccusedEntityId, first.EntityId)
                && (previous.AccusedCountry != first.Country || ActorType(previous.AccusedEntityId) != ActorType(first.EntityId));
            var seconds = !different && previous is { Kind: ClaimKinds.AlternativeHypothesis } && previous.Source.Name != frame.Name
                && previous.AccusedEntityId != first.EntityId && (contrast || AlternativeCues.Any(c => ContainsPhrase(clauseLower, c)));
            if ((different || seconds) && (contrast || AlternativeCues.Any(c => ContainsPhrase(clauseLower, c))))
            {
                // "Others point to a specific suspect. Researchers at X said … the Hollow Crown ransomware operation": a second
                // source naming a culprit of the alternative's kind offers that alternative too.
                yield return MakeClaim(ClaimKinds.AlternativeHypothesis, Stances.OffersAlternative, frame with { Kind = sourceKind }, first, incidentId, eventId, evidenceStart, end, evidence);
                yield break;
            }

            if (sourceCountry is not null && first.Country is not null && first.Country != sourceCountry && IsAccusedParty(sourceCountry, incidentId))
            {
                // "A spokesperson [of China's office] … claimed that Taiwanese hackers had repeatedly attacked mainland
                // institutions": an accused state's voice blaming another party.
                yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, frame with { Kind = SourceKinds.Accused }, first, incidentId, eventId, evidenceStart, end, evidence);
                yield break;
            }

            yield return MakeClaim(ClaimKinds.Attribution, Stances.Asserts, frame with { Kind = sourceKind }, first, incidentId, eventId, evidenceStart, end, evidence);
            var accusedIds = new HashSet<string?> { first.EntityId };
            foreach (var also in CoordinatedAccused(first, content, end, sourceCountry))
            {
                // "blamed North Korea and Iran for …": every conjunct is accused.
                accusedIds.Add(also.EntityId);
                yield return MakeClaim(ClaimKinds.Attribution, Stances.Asserts, frame with { Kind = sourceKind }, also, incidentId, eventId, evidenceStart, end, evidence);
            }

            if (first.EntityId is not null && entities.Find(first.EntityId) is { Kind: EntityKinds.ThreatActor }
                && candidates.Skip(1).FirstOrDefault(a => a.EntityId is not null && entities.Find(a.EntityId) is { Kind: EntityKinds.Country }) is { EntityId: not null } state
                && StateNamedBefore(state.EntityId, first.EntityId, content, end) && !accusedIds.Contains(state.EntityId))
            {
                // "accused China of being behind the attack … and said APT31 had targeted …": the state is accused too.
                yield return MakeClaim(ClaimKinds.Attribution, Stances.Asserts, frame with { Kind = sourceKind }, state, incidentId, eventId, evidenceStart, end, evidence);
            }
        }

        /// <summary>"said on Friday that it had stolen …", "said they were behind the attack": an actor speaking of its own deed.</summary>
        private static bool SpeaksOfItsOwnDeed(string contentLower)
        {
            var lead = contentLower.TrimStart();
            var that = lead.IndexOf("that ", StringComparison.Ordinal);
            if (that is >= 0 and < 60)
            {
                // Past "on Friday that", "in a post on its website on Sunday that".
                lead = lead[(that + 5)..];
            }

            return lead.StartsWith("it ", StringComparison.Ordinal) || lead.StartsWith("they ", StringComparison.Ordinal)
                || lead.StartsWith("we ", StringComparison.Ordinal) || lead.StartsWith("its members ", StringComparison.Ordinal)
                || lead.StartsWith("the group ", StringComparison.Ordinal) || lead.StartsWith("the gang ", StringComparison.Ordinal);
        }

        /// <summary>Whether the cue occurs at least once without a negation just before it ("has not listed the council on its leak site").</summary>
        private static bool HasUnnegated(string clauseLower, string cue)
        {
            for (var at = clauseLower.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = clauseLower.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                // The negation may stand anywhere before the cue: "has not listed the council on its leak site".
                var lead = clauseLower[..at];
                if (!(lead.Contains(" not ", StringComparison.Ordinal) || lead.Contains("n't ", StringComparison.Ordinal)
                    || lead.Contains(" never ", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether every occurrence of the cue follows "&lt;party noun&gt; it|they|that|which" ("the second group it did not name").</summary>
        private static bool InRelativeClause(string clauseLower, string cue)
        {
            for (var at = clauseLower.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = clauseLower.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                var before = clauseLower[..at].TrimEnd().Split(' ');
                if (before.Length < 2 || before[^1] is not ("it" or "they" or "that" or "which" or "officials" or "investigators")
                    || !UnnamedPartyNouns.Contains(before[^2]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The actors or states joined to the first accused by "and" or a comma ("blamed North Korea and Iran", "APT28, APT29 and Turla").</summary>
        private IEnumerable<Accused> CoordinatedAccused(Accused first, int start, int end, string? sourceCountry)
        {
            if (first.EntityId is null)
            {
                yield break;
            }

            var mentions = entities.MentionsWithin(start, end)
                .Where(m => m.How != MentionKind.Coreference && m.Kind is EntityKinds.ThreatActor or EntityKinds.Country)
                .OrderBy(m => m.Start).ThenByDescending(m => m.End)
                .ToList();
            var at = mentions.FindIndex(m => m.EntityId == first.EntityId);
            if (at < 0)
            {
                yield break;
            }

            var previousEnd = mentions[at].End;
            for (var k = at + 1; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (m.Start < previousEnd)
                {
                    continue;
                }

                var gap = text[previousEnd..m.Start];
                var entity = entities[m.EntityId];
                if (gap is not (" and " or ", " or ", and " or " and the " or ", and the ")
                    || (gap == ", " && (entity.Attributes.ContainsKey("descriptive") || entity.Kind == EntityKinds.Country)))
                {
                    // "Lazarus, the North Korean state-sponsored group": an appositive describes, it does not add a culprit.
                    yield break;
                }

                var code = entity.Attributes.GetValueOrDefault("country");
                if ((code is not null && code == sourceCountry) || m.EntityId == first.EntityId)
                {
                    yield break;
                }

                yield return new Accused(entity.Id, entity.Name, code);
                previousEnd = m.End;
            }
        }

        /// <summary>
        /// The actor an anaphor ("the group", "the hackers") in the content refers to, when the clause speaks of its
        /// responsibility ("was involved", "was behind", "the work of") rather than of its deeds.
        /// </summary>
        private Accused? AnaphoricAccused(int start, int end, string contentLower)
        {
            if (!s_responsibilityCues.Any(c => ContainsPhrase(contentLower, c)))
            {
                return null;
            }

            foreach (var m in entities.MentionsWithin(start, end))
            {
                if (m.Kind == EntityKinds.ThreatActor && m.How == MentionKind.Coreference)
                {
                    var actor = entities[m.EntityId];
                    return new Accused(actor.Id, actor.Name, actor.Attributes.GetValueOrDefault("country"));
                }
            }

            return null;
        }

        /// <summary>Phrases that tie an actor to its deed or its sponsor firmly enough that a dispute in the same clause does not cancel them.</summary>
        private static readonly string[] s_strongAttributionCues =
        [
            "operated by", "run by", "a front for", "controlled by", "on behalf of", "working for", "works for", "directed by",
            "was behind", "were behind", "carried out by", "the work of",
        ];

        /// <summary>Where the first doubt cue ("no evidence", …) occurs in <paramref name="clauseLower"/>, or -1.</summary>
        private static int FirstDoubtCue(string clauseLower)
        {
            var doubt = -1;
            foreach (var cue in s_doubtCues)
            {
                var at = clauseLower.IndexOf(cue, StringComparison.Ordinal);
                if (at >= 0 && (doubt < 0 || at < doubt))
                {
                    doubt = at;
                }
            }

            return doubt;
        }

        /// <summary>Where the doubt about a state's part begins in <paramref name="clauseLower"/>.</summary>
        private static int DoubtAt(string clauseLower)
        {
            var doubt = FirstDoubtCue(clauseLower);
            if (doubt > 0)
            {
                // Back to the start of the doubting clause: "…, and that investigators had not found evidence".
                var comma = clauseLower.LastIndexOf(',', doubt);
                doubt = comma > 0 && doubt - comma < 40 ? comma : doubt;
            }

            return doubt;
        }

        /// <summary>
        /// "found no evidence supporting reports that a state actor was involved", "no indication that the Russian state was
        /// involved": doubt about a state's part is a declined attribution, not a dispute of the damage.
        /// </summary>
        private static bool DoubtsStateInvolvement(string clauseLower)
        {
            var doubt = FirstDoubtCue(clauseLower);
            if (doubt < 0)
            {
                return false;
            }

            var rest = clauseLower.AsSpan(doubt);
            var involvement = rest.Contains(" involved", StringComparison.Ordinal) || rest.Contains("involvement", StringComparison.Ordinal)
                || rest.Contains(" was behind", StringComparison.Ordinal) || rest.Contains(" were behind", StringComparison.Ordinal)
                || rest.Contains(" responsible", StringComparison.Ordinal);
            if (!involvement)
            {
                return false;
            }

            foreach (var word in s_stateWords)
            {
                if (ContainsPhrase(rest, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] s_doubtCues =
        [
            "no evidence", "no indication", "no sign ", "no signs ", "not found evidence", "not find evidence", "no proof", "not seen evidence",
            "not found any evidence", "no reason to believe",
        ];

        private static readonly string[] s_stateWords =
        [
            "state", "states", "government", "governments", "foreign", "nation-state", "state-sponsored", "state-backed", "kremlin", "russian",
            "chinese", "iranian", "north korean", "intelligence service", "intelligence services",
        ];

        /// <summary>"no financial information or Social Security numbers were exposed": nothing of a kind was hit.</summary>
        private static bool NegatedOutcome(string clauseLower)
        {
            for (var at = clauseLower.IndexOf(" no ", StringComparison.Ordinal); at >= 0; at = clauseLower.IndexOf(" no ", at + 1, StringComparison.Ordinal))
            {
                var window = clauseLower.AsSpan(at, Math.Min(90, clauseLower.Length - at));
                foreach (var outcome in s_negatableOutcomes)
                {
                    if (window.Contains(outcome, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether the content denies that the incident happened ("denied that its systems had been breached"), naming no culprit before it.</summary>
        private bool DeniesOutcome(int content, int end)
        {
            var window = _lower[content..Math.Min(end, content + 90)];
            foreach (var outcome in DeniedOutcomes)
            {
                var at = window.IndexOf(outcome, StringComparison.Ordinal);
                if (at >= 0 && (at == 0 || !char.IsLetter(window[at - 1])))
                {
                    var lead = window[..at];
                    if (lead.Contains("involvement", StringComparison.Ordinal) || lead.Contains("responsibility", StringComparison.Ordinal)
                        || lead.Contains("role in", StringComparison.Ordinal) || lead.Contains("part in", StringComparison.Ordinal))
                    {
                        // "denied involvement in the breach": the actor denies its part, not the incident.
                        return false;
                    }

                    return !entities.MentionsWithin(content, content + at).Any(m => m.Kind is EntityKinds.ThreatActor or EntityKinds.Country && m.How != MentionKind.Coreference
                        && !text.AsSpan(m.End).StartsWith("'s", StringComparison.Ordinal) && !text.AsSpan(m.End).StartsWith("\u2019s", StringComparison.Ordinal));
                }
            }

            return false;
        }

        /// <summary>
        /// "… after a group calling itself Anonymous Sudan claimed to have stolen taxpayer data": a named actor claiming a deed
        /// inside another speaker's clause speaks for itself.
        /// </summary>
        private IEnumerable<Claim> EmbeddedSelfClaims(int start, int end, SourceFrame frame, string? incidentId, string? eventId)
        {
            foreach (var m in entities.MentionsWithin(start, end))
            {
                if (m.Kind != EntityKinds.ThreatActor || m.How == MentionKind.Coreference || m.EntityId == frame.EntityId)
                {
                    continue;
                }

                var actor = entities[m.EntityId];
                var namedInClause = entities.MentionsWithin(start, end).Any(o => o.Kind == EntityKinds.ThreatActor && !entities[o.EntityId].Attributes.ContainsKey("descriptive"));
                if ((actor.Attributes.ContainsKey("descriptive") && namedInClause) || !(ClaimsInItsOwnName(m.End, end) || ClaimedBy(start, m.Start)))
                {
                    // A description beside the group's name ("a group calling itself X") is not a second claimant.
                    continue;
                }

                var self = new Accused(actor.Id, actor.Name, actor.Attributes.GetValueOrDefault("country"));
                var speaker = new SourceFrame(text[m.Start..m.End], SourceKinds.Accused, null, null, actor.Id, m.Start, m.End, "claimed", self.Country, true);
                yield return MakeClaim(ClaimKinds.Attribution, Stances.Asserts, speaker, self, incidentId, eventId, m.Start, end, Span(m.Start, end), s_ownClaimWords);
                yield break;
            }
        }

        /// <summary>"an attack claimed by a pro-Russian hacktivist group", "responsibility was claimed by X": the actor's own claim, in the passive.</summary>
        private bool ClaimedBy(int clauseStart, int mentionStart)
        {
            var lead = _lower[Math.Max(clauseStart, mentionStart - 50)..mentionStart].TrimEnd();

            // "claimed by the hacktivist group Rook Collective": past the description before the name.
            foreach (var head in (string[])[" group", " gang", " collective", " crew"])
            {
                if (lead.EndsWith(head, StringComparison.Ordinal))
                {
                    lead = lead[..^head.Length];
                    foreach (var type in (string[])[" hacktivist", " ransomware", " hacking", " extortion", " criminal", " cybercrime"])
                    {
                        if (lead.EndsWith(type, StringComparison.Ordinal))
                        {
                            lead = lead[..^type.Length];
                            break;
                        }
                    }

                    break;
                }
            }

            foreach (var determiner in (string[])[" a", " an", " the"])
            {
                if (lead.EndsWith(determiner, StringComparison.Ordinal))
                {
                    lead = lead[..^determiner.Length];
                    break;
                }
            }

            return lead.EndsWith("claimed by", StringComparison.Ordinal) && !lead.EndsWith("not claimed by", StringComparison.Ordinal);
        }

        /// <summary>
        /// Whether the words after an actor's name are its own claim: "X claimed to have …", or through a relative clause,
        /// "the X extortion group, which claimed on a hacking forum to have stolen …".
        /// </summary>
        private bool ClaimsInItsOwnName(int nameEnd, int end)
        {
            var after = _lower[nameEnd..Math.Min(end, nameEnd + 100)];
            if (EmbeddedClaimVerbs.Any(v => after.StartsWith(v, StringComparison.Ordinal)))
            {
                return true;
            }

            var comma = after.IndexOf(", which claim", StringComparison.Ordinal);
            if (comma < 0)
            {
                comma = after.IndexOf(", which had claimed", StringComparison.Ordinal);
            }

            if (comma < 0)
            {
                comma = after.IndexOf(", who claim", StringComparison.Ordinal);
            }

            if (comma < 0)
            {
                return false;
            }

            // Only the name's head noun may stand between the name and the relative clause.
            var head = after[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (head.Length > 3 || head.Any(w => !EntityVocabulary.GangHeads.Contains(w) && w is not ("ransomware" or "extortion" or "hacking" or "hacktivist")))
            {
                return false;
            }

            var relative = after[comma..];
            return relative.Contains(" to have ", StringComparison.Ordinal) || relative.Contains("responsibility", StringComparison.Ordinal)
                || relative.Contains("claimed the attack", StringComparison.Ordinal) || ClaimedDeeds.Any(d => ContainsPhrase(relative, d));
        }

        /// <summary>Whether the state is named, as the accused, before the actor in the clause ("accused China of …, and said APT31 …").</summary>
        private bool StateNamedBefore(string stateId, string actorId, int start, int end)
        {
            var mentions = entities.MentionsWithin(start, end).ToList();
            var state = mentions.FirstOrDefault(m => m.EntityId == stateId);
            var actor = mentions.FirstOrDefault(m => m.EntityId == actorId);
            return state != default && actor != default && state.End <= actor.Start
                && !mentions.Any(o => o.Kind == EntityKinds.ThreatActor && o.Start <= state.Start && o.End >= state.End)
                && !text.AsSpan(state.End).StartsWith("'s", StringComparison.Ordinal) && !text.AsSpan(state.End).StartsWith("\u2019s", StringComparison.Ordinal);
        }

        private static bool IsBareSpokesperson(string name) =>
            name.ToLowerInvariant() is "a spokesperson" or "a spokesman" or "a spokeswoman" or "the spokesperson" or "the spokesman" or "the spokeswoman"
                or "a representative" or "a company spokesperson" or "a company spokesman" or "a company spokeswoman";

        /// <summary>Titles of an organisation's own staff (not of office holders, researchers or outsiders).</summary>
        private static readonly HashSet<string> s_staffTitles = new(StringComparer.Ordinal)
        {
            "spokesperson", "spokesman", "spokeswoman", "executive", "chief", "ceo", "cto", "ciso", "cio", "chairman", "chairwoman", "chair",
            "president", "director", "manager", "superintendent", "officer", "head", "founder", "administrator", "supervisor", "sheriff",
        };

        /// <summary>Whether the victim is named in this sentence or one of the three before it.</summary>
        private bool VictimNamedRecently(string victimId, int at)
        {
            var sentence = entities.SentenceIndexAt(at);
            var from = entities.Sentences[Math.Max(0, sentence - 3)].Start;
            return entities.MentionsWithin(from, entities.Sentences[sentence].End).Any(m => m.EntityId == victimId);
        }

        /// <summary>Whether the victim is named in this sentence or the one before it.</summary>
        private bool VictimNearby(string victimId, int at)
        {
            var sentence = entities.SentenceIndexAt(at);
            var from = entities.Sentences[Math.Max(0, sentence - 1)].Start;
            return entities.MentionsWithin(from, entities.Sentences[sentence].End).Any(m => m.EntityId == victimId);
        }

        private string? ActorType(string? id) => entities.Find(id)?.Attributes.GetValueOrDefault("actor_type");

        private bool SameActor(string? a, string? b)
        {
            if (a is null || b is null)
            {
                return false;
            }

            var ea = entities.Find(a);
            var eb = entities.Find(b);
            return ea is not null && eb is not null && ea.Attributes.GetValueOrDefault("uses") is { } uses && uses == eb.Name;
        }

        private int SentenceStartOf(int offset) => entities.Sentences[entities.SentenceIndexAt(offset)].Start;

        /// <summary>The body an appositive role names: "a spokesperson for the Chinese embassy", "the ministry's head of cyber policy".</summary>
        private Entity? RoleBody(int start, int end)
        {
            var role = _lower[start..end];
            if (role.StartsWith("the ", StringComparison.Ordinal) && entities.MentionsWithin(start, end).LastOrDefault() is { } named && named.End == end
                && named.How == MentionKind.Name && entities[named.EntityId] is { Kind: EntityKinds.Vendor or EntityKinds.Organization or EntityKinds.GovernmentBody or EntityKinds.Outlet } company)
            {
                // "A third company, the Tallinn-based Kiviaed Security, said …": the appositive names the speaker.
                return company;
            }

            if (!(role.Contains("spokes", StringComparison.Ordinal) || role.Contains("official", StringComparison.Ordinal) || role.Contains("minister", StringComparison.Ordinal)
                || role.Contains("director", StringComparison.Ordinal) || role.Contains("head of", StringComparison.Ordinal) || role.Contains("chief", StringComparison.Ordinal)
                || role.Contains("representative", StringComparison.Ordinal) || role.Contains("executive", StringComparison.Ordinal)
                || role.Contains("analyst", StringComparison.Ordinal) || role.Contains("researcher", StringComparison.Ordinal)
                || role.Contains("expert", StringComparison.Ordinal) || role.Contains("leads ", StringComparison.Ordinal)
                || role.Contains("works for", StringComparison.Ordinal) || role.Contains("works at", StringComparison.Ordinal)
                || role.Contains("engineer", StringComparison.Ordinal) || role.Contains("founder", StringComparison.Ordinal)))
            {
                return null;
            }

            return entities.MentionsWithin(start, end).Select(m => entities[m.EntityId])
                .FirstOrDefault(e => e.Kind is EntityKinds.GovernmentBody or EntityKinds.Organization or EntityKinds.Vendor or EntityKinds.Outlet);
        }

        /// <summary>"a council spokesperson", "hospital officials": the organisation named earlier with that head word.</summary>
        private Entity? SpokespersonOf(string lowerName, int before)
        {
            var words = lowerName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!words.Any(w => w.StartsWith("spokes", StringComparison.Ordinal) || w.StartsWith("official", StringComparison.Ordinal)
                || w is "representative" or "representatives" or "executive" or "executives" or "staff" or "leader" or "chief" or "head"
                    or "director" or "manager" or "president" or "chairman" or "chairwoman" or "chair"))
            {
                return null;
            }

            var head = words.FirstOrDefault(w => EntityVocabulary.OrganizationAnaphors.ContainsKey(w));
            if (head is null)
            {
                return null;
            }

            return entities.MentionsWithin(Math.Max(0, before - 3000), before)
                .Where(m => m.Kind is EntityKinds.Organization or EntityKinds.GovernmentBody
                    && entities[m.EntityId].Name.Contains(head, StringComparison.OrdinalIgnoreCase))
                .Select(m => entities[m.EntityId])
                .LastOrDefault();
        }

        /// <summary>A threat actor opening the clause ("The BlackSuit gang listed the council …"), as the speaker of its own deed.</summary>
        private SourceFrame? ActorSubject(int start, int end)
        {
            var lead = start;
            while (lead < end && char.IsWhiteSpace(text[lead]))
            {
                lead++;
            }

            // "However, the Medusa gang added the bank to its extortion site": past a discourse marker.
            var opener = Words(lead, Math.Min(end, lead + 20));
            if (opener.Count > 1 && DiscourseMarkers.Contains(opener[0].Lower) && opener[1].Lower == ",")
            {
                lead = opener[1].End;
                while (lead < end && char.IsWhiteSpace(text[lead]))
                {
                    lead++;
                }
            }

            // "On Monday evening, the Rhysida group posted …": past a fronted time adverbial.
            opener = Words(lead, Math.Min(end, lead + 40));
            var comma = opener.FindIndex(w => w.Lower == ",");
            if (comma is > 0 and <= 5 && opener.Take(comma).All(w => IsTimeWord(w.Lower))
                && opener.Take(comma).Any(w => w.Lower is not ("on" or "in" or "at" or "by" or "the" or "a" or "last" or "this" or "few" or "within" or "also" or "publicly" or "previously" or "recently" or "initially" or "mid" or "late" or "early")))
            {
                lead = opener[comma].End;
                while (lead < end && char.IsWhiteSpace(text[lead]))
                {
                    lead++;
                }
            }

            // "The BlackSuit gang listed …", or a named group inside the subject ("A group calling itself Ghostline posted …").
            // "A ransomware gang known as BlackBasta": the name, not the description.
            var subjects = entities.MentionsWithin(start, end).Where(m => m.Kind == EntityKinds.ThreatActor
                && (m.Start - lead <= 4 || (m.Start - lead <= 40 && IsSubjectLead(text[lead..m.Start])))).ToList();
            var m = subjects.FirstOrDefault(m => !entities[m.EntityId].Attributes.ContainsKey("descriptive"));
            m = m == default ? subjects.FirstOrDefault() : m;
            if (m == default)
            {
                return null;
            }

            var actor = entities[m.EntityId];
            return new SourceFrame(text[m.Start..m.End], SourceKinds.Accused, null, null, actor.Id, m.Start, m.End, null,
                actor.Attributes.GetValueOrDefault("country"), true);
        }

        private static bool IsTimeWord(string lower) =>
            ClaimVocabulary.SubjectTimeWords.Contains(lower) || TimeWords.Contains(lower) || (lower.Length > 0 && char.IsAsciiDigit(lower[0]));

        private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
        {
            "in", "at", "by", "late", "early", "mid", "evening", "morning", "night", "afternoon", "overnight", "hours", "days", "weeks",
            "months", "later", "ago", "weekend", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "the", "a", "few", "two", "three", "several", "within",
        };

        private static bool IsSubjectLead(string lead)
        {
            var lower = lead.ToLowerInvariant();
            return (lower.StartsWith("a ", StringComparison.Ordinal) || lower.StartsWith("the ", StringComparison.Ordinal) || lower.StartsWith("an ", StringComparison.Ordinal))
                && (lower.Contains(" calling itself ", StringComparison.Ordinal) || lower.Contains(" known as ", StringComparison.Ordinal)
                    || lower.Contains(" calls itself ", StringComparison.Ordinal) || lower.Contains(" call themselves ", StringComparison.Ordinal)
                    || lower.Contains(" called ", StringComparison.Ordinal) || lower.Contains(" named ", StringComparison.Ordinal) || lower.Contains(" dubbed ", StringComparison.Ordinal));
        }

        private SourceFrame? SubjectFrame(int start, int end, bool acknowledging = false)
        {
            var words = Words(start, end);
            var i = words.FindIndex(w => w.Lower is "has" or "have" or "had" or "did" or "declined" or "refused" or "would" or "is" or "was" or "stopped" or "refrained"
                or "downplayed" or "downplays" or "played" or "disputed" or "disputes" or "denied" or "denies" or "insisted" or "insists"
                || (acknowledging && w.Lower is "confirmed" or "acknowledged" or "admitted" or "disclosed" or "announced" or "notified"));
            if (i <= 0)
            {
                return null;
            }

            var first = 0;
            var stop = i;
            while (stop > 0 && words[stop - 1].Lower is "\"" or "\u201c" or "\u201d" or "'")
            {
                stop--;
            }

            // "Mercy Valley Health, which runs four hospitals, acknowledged …": the subject before its appositive.
            if (stop > 2 && words[stop - 1].Lower == ",")
            {
                var open = stop - 2;
                while (open > 0 && words[open].Lower != "," && stop - open < 16)
                {
                    open--;
                }

                if (open > 0 && words[open].Lower == "," && (words[open + 1].Lower is "which" or "who" or "a" or "an" or "the" or "one"
                    || IsNameOnly(words[open + 1].Start, words[stop - 2].End)))
                {
                    // ", which runs four hospitals," or a name in apposition ("A spokesperson for the EEAS, Lena Korhonen,").
                    stop = open;
                }
            }

            for (var k = stop - 1; k >= 0; k--)
            {
                if (ReportingVerbs.Contains(words[k].Lower) || words[k].Lower is "that" or "\"" or "\u201c" or "," or ":")
                {
                    first = k + 1;
                    break;
                }
            }

            while (first < i && DiscourseMarkers.Contains(words[first].Lower))
            {
                first++;
            }

            return first < stop ? MakeFrame(words[first].Start, words[stop - 1].End, words[i].Lower, words[first].Start, words[i].End) : null;
        }

        private readonly record struct Accused(string? EntityId, string Name, string? Country);

        private bool IsAccusedParty(string country, string? incidentId) =>
            Claims.Any(c => c.IncidentId == incidentId && c.AccusedCountry == country && c.Kind is ClaimKinds.Attribution or ClaimKinds.AlternativeHypothesis or ClaimKinds.Denial)
            || Claims.Any(c => c.AccusedCountry == country && c.Kind == ClaimKinds.Denial);

        private Accused? DeniedParty(int content, int end, SourceFrame frame, string? incidentId)
        {
            var clause = _lower[content..end];
            if (entities.Find(frame.EntityId) is { Kind: EntityKinds.ThreatActor } denier && !AccusedIn(content, end, null).Any())
            {
                // "Cangaceiro Crew denied involvement in the breach": the group denies its own part.
                return new Accused(denier.Id, denier.Name, denier.Attributes.GetValueOrDefault("country"));
            }

            if ((clause.Contains("their country", StringComparison.Ordinal) || clause.Contains("its country", StringComparison.Ordinal)
                 || clause.Contains("our country", StringComparison.Ordinal) || clause.Contains("his country", StringComparison.Ordinal)
                 || !AccusedIn(content, end, null).Any()) && frame.CountryCode is { } own)
            {
                return CountryAccused(own);
            }

            foreach (var accused in AccusedIn(content, end, null))
            {
                if (IsRebuttedAccuser(accused, content, end))
                {
                    // "called the claim a smear campaign by Seoul and Washington": the accusers the denier rebuts are not accused.
                    continue;
                }

                return accused;
            }

            if (frame.CountryCode is { } speakerCountry)
            {
                return CountryAccused(speakerCountry);
            }

            var last = Claims.LastOrDefault(c => c.IncidentId == incidentId && c.Kind == ClaimKinds.Attribution);
            return last is null ? null : new Accused(last.AccusedEntityId, last.Accused ?? "unknown", last.AccusedCountry);
        }

        /// <summary>Whether every mention of the accused in the span follows "a smear campaign by", "fabricated by" and the like.</summary>
        private bool IsRebuttedAccuser(Accused accused, int start, int end)
        {
            var mentions = entities.MentionsWithin(start, end).Where(m => m.EntityId == accused.EntityId).ToList();
            return mentions.Count > 0 && mentions.All(m =>
            {
                var before = _lower[Math.Max(start, m.Start - 40)..m.Start];
                return before.TrimEnd().EndsWith(" by", StringComparison.Ordinal) && (DenialPhrases.Any(p => before.Contains(p, StringComparison.Ordinal))
                    || before.Contains("campaign", StringComparison.Ordinal) || before.Contains("cooked up", StringComparison.Ordinal)
                    || before.Contains("invented", StringComparison.Ordinal) || before.Contains("concocted", StringComparison.Ordinal));
            });
        }

        /// <summary>
        /// "rejected the accusations and said the United States was itself the biggest hacker empire": the word where a
        /// denial turns into an accusation without a blame verb, or -1.
        /// </summary>
        private int CounterClaimStart(List<(int Start, int End, string Lower)> words)
        {
            var clause = words.Count == 0 ? string.Empty : _lower[words[0].Start..words[^1].End];
            var cued = CounterAccusationCues.Any(c => ContainsPhrase(clause, c));
            var denied = words.FindIndex(w => DenialVerbs.Contains(w.Lower) || DenialPhrases.Contains(w.Lower));
            if (!cued)
            {
                // "called the accusation baseless and said Israel was behind the attack": a second statement naming
                // another culprit in an agent position.
                for (var i = Math.Max(denied, 0) + 1; i + 1 < words.Count; i++)
                {
                    // "and said", "and instead said", "and in turn said".
                    var verbAt = i + 1;
                    while (verbAt < words.Count && verbAt - i <= 3 && words[verbAt].Lower is "instead" or "also" or "in" or "turn" or "countered" or "then")
                    {
                        verbAt++;
                    }

                    if (words[i].Lower != "and" || verbAt >= words.Count || words[verbAt].Lower is not ("said" or "says" or "insisted" or "added" or "suggested" or "claimed" or "countered"))
                    {
                        continue;
                    }

                    var rest = _lower[words[verbAt].End..words[^1].End];
                    if (s_counterDeeds.Any(d => ContainsPhrase(rest, d)) && AccusedIn(words[verbAt].End, words[^1].End, null).Any())
                    {
                        return i;
                    }
                }

                return -1;
            }

            for (var i = Math.Max(denied, 0) + 1; i + 1 < words.Count; i++)
            {
                if (words[i].Lower is "and" or "," && words[i + 1].Lower is "said" or "says" or "called" or "calling" or "saying" or "added" or "insisted" or "accused"
                    || words[i].Lower is "saying" or "calling" or "adding")
                {
                    return i;
                }
            }

            return -1;
        }

        private static readonly string[] s_sponsorLinks =
        [
            "on behalf of ", "operated by ", "operates for ", "backed by ", "sponsored by ", "working for ", "works for ", "directed by ",
            "controlled by ", "run by ",
        ];

        private static readonly string[] s_homeLinks = ["is based in ", "are based in ", "was based in ", "operates out of ", "operating out of ", "operates from ", "based out of "];

        /// <summary>The country right after "is based in", "operates out of" in the clause, if any.</summary>
        private string? BasedIn(int start, int end)
        {
            var lower = _lower[start..end];
            foreach (var link in s_homeLinks)
            {
                var at = lower.IndexOf(link, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var from = start + at + link.Length;
                var country = entities.MentionsWithin(from, Math.Min(end, from + 20)).Select(m => entities[m.EntityId])
                    .FirstOrDefault(e => e.Kind == EntityKinds.Country && e.Attributes.ContainsKey("country"));
                if (country is not null)
                {
                    return country.Attributes["country"];
                }
            }

            return null;
        }

        /// <summary>The country after a sponsorship link in the clause ("on behalf of the Iranian government"), if any.</summary>
        private string? SponsorIn(int start, int end)
        {
            var lower = _lower[start..end];
            foreach (var link in s_sponsorLinks)
            {
                var at = lower.IndexOf(link, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var from = start + at + link.Length;
                var country = entities.MentionsWithin(from, Math.Min(end, from + 40))
                    .Select(m => entities[m.EntityId])
                    .FirstOrDefault(e => e.Kind is EntityKinds.Country or EntityKinds.GovernmentBody && e.Attributes.ContainsKey("country"));
                if (country is not null)
                {
                    return country.Attributes["country"];
                }
            }

            return null;
        }

        private Accused? CountryAccused(string code)
        {
            var country = entities.Entities.FirstOrDefault(e => e.Kind == EntityKinds.Country && e.Attributes.GetValueOrDefault("country") == code);
            return new Accused(country?.Id, country?.Name ?? code, code);
        }

        private Accused? CounterAccused(List<(int Start, int End, string Lower)> words, int blameIndex, int end, string? sourceCountry)
        {
            var from = blameIndex >= 0 && blameIndex < words.Count ? words[blameIndex].End : words.Count > 0 ? words[0].Start : end;
            if (from < end && RebuttalAccusations.Any(r => _lower.AsSpan(from, end - from).Contains(r, StringComparison.Ordinal)))
            {
                // "accused the Netherlands of smearing China" rebuts the attribution; it does not blame the attack on anyone.
                return null;
            }

            foreach (var m in entities.MentionsWithin(from, end))
            {
                if (m.Kind is EntityKinds.Country or EntityKinds.ThreatActor or EntityKinds.GovernmentBody)
                {
                    var entity = entities[m.EntityId];
                    var code = entity.Attributes.GetValueOrDefault("country");
                    if (code is not null && code == sourceCountry)
                    {
                        continue;
                    }

                    return entity.Kind == EntityKinds.GovernmentBody && code is not null ? CountryAccused(code) : new Accused(entity.Id, entity.Name, code);
                }
            }

            // "blaming them": the last other country named before in the sentence.
            var next = from < end ? _lower[from..Math.Min(end, from + 12)].TrimStart() : string.Empty;
            if (next.StartsWith("them", StringComparison.Ordinal) || next.StartsWith("it ", StringComparison.Ordinal) || next.StartsWith("washington", StringComparison.Ordinal))
            {
                var sentenceStart = SentenceStartOf(from);
                var before = entities.MentionsWithin(sentenceStart, from).Where(m => m.Kind == EntityKinds.Country)
                    .Select(m => entities[m.EntityId]).LastOrDefault(e => e.Attributes.GetValueOrDefault("country") != sourceCountry);
                if (before is not null)
                {
                    return new Accused(before.Id, before.Name, before.Attributes.GetValueOrDefault("country"));
                }
            }

            return null;
        }

        /// <summary>Accused candidates in a span: threat actors first, then countries in an agent position.</summary>
        private IEnumerable<Accused> AccusedIn(int start, int end, string? excludeCountry)
        {
            var mentions = entities.MentionsWithin(start, end).ToList();
            // "the intruders" resolved by coreference is not a new accusation.
            foreach (var m in mentions.Where(m => m.Kind == EntityKinds.ThreatActor && m.How != MentionKind.Coreference)
                         .OrderBy(m => entities[m.EntityId].Attributes.ContainsKey("descriptive") ? 1 : 0))
            {
                var actor = entities[m.EntityId];
                yield return new Accused(actor.Id, actor.Name, actor.Attributes.GetValueOrDefault("country"));
            }

            foreach (var m in mentions.Where(m => m.Kind == EntityKinds.GovernmentBody && m.How != MentionKind.Coreference))
            {
                var body = entities[m.EntityId];
                var code = body.Attributes.GetValueOrDefault("country");
                if (code is not null && code != excludeCountry && IsAgent(m.Start, m.End, start))
                {
                    yield return new Accused(body.Id, body.Name, code);
                }
            }

            foreach (var m in mentions.Where(m => m.Kind == EntityKinds.Country))
            {
                var nested = mentions.Any(o => o.Kind != EntityKinds.Country && o.Kind != EntityKinds.Sector && o.Start <= m.Start && o.End >= m.End);
                if (nested || OwnsCommonNoun(m.End))
                {
                    // "used by China's communications, finance and defence systems": a possessive country owns what follows.
                    continue;
                }

                var country = entities[m.EntityId];
                var code = country.Attributes.GetValueOrDefault("country");
                if (code is null || code == excludeCountry)
                {
                    continue;
                }

                if (IsAgent(m.Start, m.End, start))
                {
                    yield return new Accused(country.Id, country.Name, code);
                }
            }
        }

        private static readonly HashSet<string> s_agentNouns = new(StringComparer.Ordinal)
        {
            "hackers", "military", "intelligence", "spy", "spies", "government", "state", "security", "secret", "special", "cyber", "army",
            "armed", "own", "regime", "leadership", "authorities", "agents", "operatives", "services", "spooks",
        };

        /// <summary>Whether a possessive after the mention ends at <paramref name="mentionEnd"/> owns a noun that is no agent ("China's communications").</summary>
        private bool OwnsCommonNoun(int mentionEnd)
        {
            var after = _lower.AsSpan(mentionEnd, Math.Min(40, _lower.Length - mentionEnd));
            if (!(after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("\u2019s ", StringComparison.Ordinal)))
            {
                return false;
            }

            var rest = after[3..].ToString();
            var next = rest.Split([' ', ',', '.'], 2)[0];
            return next.Length > 0 && char.IsLower(text[mentionEnd + 3]) && !s_agentNouns.Contains(next);
        }

        private bool IsAgent(int mentionStart, int mentionEnd, int clauseStart)
        {
            // The verb that makes a name the accused ("blamed Pyongyang", "accused China of") may sit just before the
            // reported content, so look back within the sentence rather than the content.
            var before = _lower[Math.Max(Math.Min(clauseStart, SentenceStartOf(mentionStart)), mentionStart - 30)..mentionStart];
            if (before.EndsWith(" the ", StringComparison.Ordinal))
            {
                // "conducted by the SVR": the article belongs to the name, the verb is before it.
                before = before[..^4];
            }

            var wide = _lower[Math.Max(Math.Min(clauseStart, SentenceStartOf(mentionStart)), mentionStart - 60)..mentionStart];
            if (s_partOf.Match(wide) is { Success: true } part)
            {
                // "conducted by a unit of the SVR", "the work of hackers from Russia's GRU": the part stands for the whole.
                before = wide[Math.Max(0, part.Index - 30)..part.Index] + " ";
                var lead = before.TrimEnd();
                if (lead.EndsWith(',') && lead.LastIndexOf(',', lead.Length - 2) is var prior
                    && (string[])[" by ", " work of ", " behind "] is var agentWords
                    && agentWords.Any(a => lead.LastIndexOf(a, StringComparison.Ordinal) is var at && at >= 0 && at > prior && lead.Length - at < 40))
                {
                    // "the work of Center 16, a unit of Russia's FSB": the body the named unit belongs to is accused with it.
                    return true;
                }
            }

            if (before.EndsWith("by ", StringComparison.Ordinal) || before.EndsWith("work of ", StringComparison.Ordinal) || before.EndsWith("to ", StringComparison.Ordinal) && (before.Contains("attributed", StringComparison.Ordinal) || before.Contains("linked", StringComparison.Ordinal) || before.Contains("tied", StringComparison.Ordinal))
                || before.EndsWith("on ", StringComparison.Ordinal) && before.Contains("blame", StringComparison.Ordinal)
                || before.Contains("blamed ", StringComparison.Ordinal) || before.Contains("accused ", StringComparison.Ordinal) || before.EndsWith("finger at ", StringComparison.Ordinal)
                || before.Contains("charged ", StringComparison.Ordinal) || before.Contains("indicted ", StringComparison.Ordinal)
                || before.Contains("sanctioned ", StringComparison.Ordinal) || before.EndsWith("on behalf of ", StringComparison.Ordinal)
                || before.EndsWith("suspects ", StringComparison.Ordinal) || before.EndsWith("suspect ", StringComparison.Ordinal))
            {
                return true;
            }

            // "the hackers are based in Russia", "the gang is believed to operate from Russia": where the attackers are.
            if (s_basedIn.Any(b => before.EndsWith(b, StringComparison.Ordinal)))
            {
                var sentenceLead = _lower[SentenceStartOf(mentionStart)..mentionStart];
                if (s_attackerNouns.Any(n => ContainsPhrase(sentenceLead, n)))
                {
                    return true;
                }
            }

            var after = _lower[mentionEnd..Math.Min(_lower.Length, mentionEnd + 40)].TrimStart();
            var next = after.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (next.Length == 0)
            {
                return false;
            }

            // "Norway was breached" is a victim, "China was behind" an agent.
            if (next[0] is "was" or "were" or "is" or "are" or "been" && next.Length > 1
                && next[1] is not ("behind" or "responsible" or "the" or "culprit" or "also" or "likely" or "probably" or "allegedly" or "reportedly"
                    or "suspected" or "believed" or "thought" or "accused" or "alleged" or "blamed" or "widely"))
            {
                return false;
            }

            var verb = next[0] is "has" or "have" or "had" or "was" or "were" or "is" or "are" or "also" && next.Length > 1 ? next[1] : next[0];
            if (verb == "also" && next.Length > 2)
            {
                verb = next[2].Split(' ')[0];
            }

            return verb is "attacked" or "hacked" or "breached" or "compromised" or "targeted" or "launched" or "carried" or "conducted"
                or "orchestrated" or "behind" or "responsible" or "the" or "stole" or "infiltrated" or "infected" or "deployed" or "hit" or "spied"
                or "sponsored" or "backed" or "directed" or "ordered" or "culprit" or "attacking" or "targeting"
                or "suspected" or "believed" or "thought" or "accused" or "alleged" or "blamed" or "widely";
        }

        /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="lower"/> between non-letters (a whole word or phrase).</summary>
        private static bool ContainsPhrase(ReadOnlySpan<char> lower, string phrase)
        {
            var offset = 0;
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0;)
            {
                var start = offset + at;
                var end = start + phrase.Length;
                if ((start == 0 || !char.IsLetter(lower[start - 1])) && (end >= lower.Length || !char.IsLetter(lower[end])))
                {
                    return true;
                }

                offset = start + 1;
                at = lower[offset..].IndexOf(phrase, StringComparison.Ordinal);
            }

            return false;
        }

        private TextSpan Span(int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
            {
                end--;
            }

            return new TextSpan(start, end, text[start..end]);
        }

        /// <summary>Whether "may" occurs in lower case (the modal, not the month) in [<paramref name="start"/>, <paramref name="end"/>).</summary>
        private bool ModalMayIn(int start, int end)
        {
            for (var at = _lower.IndexOf("may", start, end - start, StringComparison.Ordinal); at >= 0 && at < end;
                 at = at + 3 < end ? _lower.IndexOf("may", at + 3, end - at - 3, StringComparison.Ordinal) : -1)
            {
                var bounded = (at == 0 || !char.IsLetter(_lower[at - 1])) && (at + 3 >= _lower.Length || !char.IsLetter(_lower[at + 3]));
                if (bounded && text[at] == 'm')
                {
                    return true;
                }

                if (bounded && text[at] == 'M' && SentenceStartOf(at) == at)
                {
                    // "May I …" is rare in news; a sentence-initial "May" followed by a name is a month ("May 5 saw …"), so only
                    // a following pronoun or "be" makes it the modal.
                    var next = _lower.AsSpan(at + 3, Math.Min(6, _lower.Length - at - 3)).TrimStart();
                    if (next.StartsWith("be ", StringComparison.Ordinal) || next.StartsWith("have", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private Claim MakeClaim(string kind, string stance, SourceFrame frame, Accused? accused, string? incidentId, string? eventId, int cueStart, int cueEnd, TextSpan evidence, IReadOnlyList<string>? exclude = null)
        {
            var cues = new List<string>();

            // ", which is believed to operate from Russia," describes the subject; its hedges are not the claim's.
            var window = s_describedGroup.Replace(s_relativeClause.Replace(_lower[Math.Max(0, Math.Min(cueStart, frame.Start))..cueEnd], ","), ",");
            foreach (var cue in s_cues)
            {
                if (ContainsPhrase(window, cue) && !cues.Contains(cue) && (exclude is null || !exclude.Contains(cue)))
                {
                    cues.Add(cue);
                }
            }

            // "may have" subsumes "may".
            cues.RemoveAll(c => cues.Any(o => o != c && o.StartsWith(c + " ", StringComparison.Ordinal)));
            if (cues.Contains("may") && !ModalMayIn(Math.Max(0, Math.Min(cueStart, frame.Start)), cueEnd))
            {
                // "the breach … in May": the month, not the modal.
                cues.Remove("may");
            }

            if (frame.CitedVia is not null && !cues.Contains("cited") && !cues.Contains("citing") && !cues.Contains("according to"))
            {
                cues.Add("according to");
            }

            if (kind is ClaimKinds.Denial or ClaimKinds.SeverityDispute or ClaimKinds.CounterAccusation or ClaimKinds.NoAttribution)
            {
                // A denier's "claimed" describes the accusation, not the denial's own firmness.
                cues.RemoveAll(c => c is "claimed" or "claims" or "claim" or "alleged" or "allegations" or "allegation" or "reports" or "reported" or "according to");
            }

            if (kind == ClaimKinds.NoAttribution)
            {
                // "confirmed the attack but declined to name …": the confirmation is of the incident, not of the refusal.
                cues.RemoveAll(c => c is "confirmed" or "confirms" or "whether");
            }

            return new Claim
            {
                Id = string.Empty,
                Kind = kind,
                IncidentId = incidentId,
                EventId = eventId,
                AccusedEntityId = accused?.EntityId,
                Accused = accused?.Name,
                AccusedCountry = accused?.Country,
                Source = new ClaimSource { Name = frame.Name, Kind = frame.Kind, Count = frame.Count, CitedVia = frame.CitedVia, EntityId = frame.EntityId },
                Stance = stance,
                HedgingCues = cues,
                Confidence = ClaimConfidence.Score(stance, cues),
                Evidence = evidence,
            };
        }
    }
}
