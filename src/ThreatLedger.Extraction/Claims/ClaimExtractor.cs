using System.Globalization;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Pipeline;
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
internal sealed partial class ClaimExtractor
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

    /// <summary>Appositives that a denial answers ("…, a claim Beijing rejected").</summary>
    private static readonly string[] s_rebuttedAppositives =
        [", a claim ", ", an accusation ", ", an allegation ", ", a charge ", ", claims ", ", accusations ", ", allegations ", ", an assessment "];

    private static readonly string[] s_governmentTitles =
        ["undersecretary", "mayor", "minister", "president", "governor", "premier", "chancellor", "senator", "ambassador", "secretary", "commissioner", "prosecutor"];

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

    private sealed partial class Run(string text, EntityAnalysis entities, IncidentAnalysis incidents, DocumentInfo info)
    {
        private readonly string _lower = text.ToLowerInvariant();
        private static readonly string[] s_sourceQualifiers =
            [" familiar with", " involved in", " close to", " briefed on", " investigating", " with knowledge of", " who "];

        private readonly SourceFrame _publisher = OwnPublisher(Publisher(info.Source), info.Source, entities);
        private (int Start, int End, string Lower)[]? _words;
        private SourceFrame? _lastExplicit;
        private SourceFrame? _previousSpeaker;
        private SourceFrame? _previousDescribedSpeaker;
        private SourceFrame? _previousQuoteSpeaker;
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
                            : previousFrame is { Explicit: true } && OpensWithModalPronoun(start, end) ? previousFrame
                            : QuotationSpeaker(s) is { } quoted ? quoted with { Start = sentence.Start, ContentStart = start }
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
                    if (claim.Kind == ClaimKinds.NoAttribution && IsPartialDecline(claim.Evidence.Text)
                        && sentenceClaims.Any(c => c.Kind == ClaimKinds.Attribution && c.AccusedCountry is not null && SameSource(c.Source, claim.Source)))
                    {
                        // "Officials stopped short of naming a specific group, but said the attribution to China's MSS was supported
                        // by …": refusing a detail beside the state the same source blames is no refusal to attribute. (Declining to
                        // name the country behind "state-sponsored hackers" still is one.)
                        continue;
                    }

                    if (claim.Kind is ClaimKinds.Attribution && claim.Source.EntityId is { } attributor && claim.AccusedEntityId is { } accusedId && s > 0
                        && RepeatsRecentClaim(attributor, accusedId, claim.IncidentId, entities.Sentences[s - 1].Start) is { } repeated)
                    {
                        CarryStatedConfidence(repeated, claim);
                        // "… a pattern it has previously linked to Lazarus. Elliptic said it was highly likely that Lazarus was
                        // responsible": the same source repeating its attribution adds no claim.
                        continue;
                    }

                    if (claim.Kind is ClaimKinds.Attribution && (claim.Source.EntityId is not null || claim.Source.Kind == SourceKinds.AnonymousOfficials)
                        && claim.Source.Kind != SourceKinds.Accused
                        && RestatedClaim(claim.Source.EntityId, claim, entities.Sentences[Math.Max(0, s - 4)].Start, sentence.Start) is { } restated)
                    {
                        // "Wattle said a criminal group was behind the attack. … \"This was the work of a sophisticated criminal
                        // group,\" said Okafor.": the same source restating its attribution to the same state (or to no state) is
                        // one claim; a named actor replaces a description ("an Iran-linked group" → "Zagros Shadow") or the state
                        // service it was first put on ("Russia's SVR" → "the hallmarks of APT29").
                        if ((IsDescriptive(Claims[restated].AccusedEntityId) || (entities.Find(Claims[restated].AccusedEntityId)?.Kind == EntityKinds.GovernmentBody
                                && entities.Find(claim.AccusedEntityId)?.Kind == EntityKinds.ThreatActor))
                            && !IsDescriptive(claim.AccusedEntityId) && claim.AccusedEntityId is not null)
                        {
                            // "Two people briefed on the inquiry said hackers working for China were responsible. One of the people said
                            // the group, known as Jade Wasp, …": unnamed sources keep the count they were introduced with.
                            Claims[restated] = claim with
                            {
                                Id = Claims[restated].Id, AccusedCountry = claim.AccusedCountry ?? Claims[restated].AccusedCountry,
                                Source = claim.Source.EntityId is null ? Claims[restated].Source : claim.Source,
                            };
                        }
                        else
                        {
                            CarryStatedConfidence(restated, claim);
                        }

                        continue;
                    }

                    if (claim.Kind is ClaimKinds.Attribution && claim.Source.Kind == SourceKinds.Government && claim.AccusedCountry is { } blamedState
                        && GovernmentRestatement(claim, blamedState, entities.Sentences[Math.Max(0, s - 4)].Start, sentence.Start) is { } stated)
                    {
                        // "Lithuania's defence minister said Russia's military intelligence was responsible … \"It was the GRU,\"" or "The
                        // attribution was repeated by the national security adviser": one government's attribution restated by its
                        // officials is one claim, naming the most specific accused.
                        if (Specificity(claim.AccusedEntityId) > Specificity(Claims[stated].AccusedEntityId))
                        {
                            Claims[stated] = Claims[stated] with { AccusedEntityId = claim.AccusedEntityId, Accused = claim.Accused };
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
                            && last.Evidence.Start >= entities.Sentences[Math.Max(0, s - 3)].Start))
                    {
                        // "Aeroluz said the claim was exaggerated. Only names were exposed, it said": one dispute, argued twice (within
                        // a few sentences: "The sheriff's office downplayed the leak. … Sheriff X said the documents contained no …"; or
                        // in two clauses of one sentence: "found no evidence that data was accessed and that supply was never interrupted").
                        continue;
                    }

                    Claims.Add(claim with { Id = "c" + (Claims.Count + 1).ToString(CultureInfo.InvariantCulture) });
                }

                if (sentenceFrame is not { Explicit: true } && sentenceClaims.Count == 0 && VendorSubject(sentence.Start, sentence.End) is { } subject)
                {
                    // "A second firm, Greyharbor Intelligence, offered a different view. In a blog post it said …": the firm the
                    // sentence is about is whom "it" means next.
                    _lastExplicit = subject;
                }

                _previousQuoteSpeaker = sentenceFrame is { Explicit: true } && HasQuoteMark(sentence.Start, sentence.End) ? sentenceFrame
                    : sentenceFrame is null || !sentenceFrame.Explicit ? QuotationSpeaker(s) : null;
                _previousSpeaker = sentenceFrame is { Explicit: true, EntityId: not null } ? sentenceFrame : null;
                _previousDescribedSpeaker = sentenceFrame is { Explicit: true, EntityId: null, Kind: SourceKinds.Government or SourceKinds.Victim or SourceKinds.Vendor }
                    && !LooksLikePersonName(sentenceFrame.Name) ? sentenceFrame : null;
            }

            // "A group calling itself X defaced 150 websites. The group claimed the attacks on Telegram.": the article telling
            // the deed of a group that claims it (or that a named source blames) adds no claim of its own, before or after.
            var voiced = Claims.Where(c => c.Kind == ClaimKinds.Attribution && c.Source.Kind != SourceKinds.Media && c.AccusedEntityId is not null)
                .Select(c => (c.AccusedEntityId, c.IncidentId)).ToHashSet();
            // "Brazilian lender's breach linked to North Korea" (the headline at the head of a page's body) when two people briefed
            // on the inquiry blame North Korea: the headline restating a state a source blames adds no claim either.
            var voicedStates = Claims.Where(c => c.Kind == ClaimKinds.Attribution && c.Source.Kind != SourceKinds.Media && c.AccusedCountry is not null)
                .Select(c => (c.AccusedCountry, c.IncidentId)).ToHashSet();
            // "Lagos lender says hackers' data claims overstated" (the headline) when the bank disputes the figure in the body: the
            // headline's summary of a dispute a named party makes adds no dispute of the outlet's own.
            var disputed = Claims.Where(c => c.Kind == ClaimKinds.SeverityDispute && c.Source.Name != _publisher.Name).Select(c => c.IncidentId).ToHashSet();
            // "Peruvian carrier says state hackers stole call records" (the headline) when the carrier says so in the body: one claim.
            var bodyStates = Claims.Where(c => c.Kind == ClaimKinds.Attribution && !RepeatsTitle(c.Evidence)).Select(c => (c.AccusedCountry, c.IncidentId)).ToHashSet();
            var kept = Claims.Where(c => !(c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Media && c.Source.EntityId is null
                && c.Source.CitedVia is null && ((c.AccusedEntityId is not null && !IsDescriptive(c.AccusedEntityId) && voiced.Contains((c.AccusedEntityId, c.IncidentId)))
                    || (c.Source.Name == _publisher.Name && c.AccusedCountry is not null && voicedStates.Contains((c.AccusedCountry, c.IncidentId)) && RepeatsTitle(c.Evidence))))
                && !(c.Kind == ClaimKinds.SeverityDispute && c.Source.Name == _publisher.Name && disputed.Contains(c.IncidentId) && RepeatsTitle(c.Evidence))
                && !(c.Kind == ClaimKinds.Attribution && c.Source.Kind != SourceKinds.Accused && IsDescriptive(c.AccusedEntityId)
                    && bodyStates.Contains((c.AccusedCountry, c.IncidentId)) && RepeatsTitle(c.Evidence))).ToList();
            if (kept.Count != Claims.Count)
            {
                Claims.Clear();
                Claims.AddRange(kept.Select((c, k) => c with { Id = "c" + (k + 1).ToString(CultureInfo.InvariantCulture) }));
            }
        }

        /// <summary>A security vendor as the subject at the head of a sentence ("A second firm, Greyharbor Intelligence, offered …"), or null.</summary>
        private SourceFrame? VendorSubject(int start, int end)
        {
            var first = entities.MentionsWithin(start, end).OrderBy(m => m.Start).FirstOrDefault();
            if (first == default || first.Kind != EntityKinds.Vendor || first.Start - start > 40)
            {
                return null;
            }

            var lead = _lower[start..first.Start].Trim();
            if (!(lead.Length == 0 || lead is "the" || lead.EndsWith(',')) || _lower.AsSpan(first.End).StartsWith("'s", StringComparison.Ordinal))
            {
                return null;
            }

            var vendor = entities[first.EntityId];
            return new SourceFrame(vendor.Name, SourceKinds.Vendor, null, null, vendor.Id, first.Start, first.End, null, vendor.Attributes.GetValueOrDefault("country"), true);
        }

        /// <summary>Whether the evidence lies in a sentence that repeats the document's title (a page's headline in its body).</summary>
        private bool RepeatsTitle(TextSpan evidence)
        {
            if (string.IsNullOrWhiteSpace(info.Title))
            {
                return false;
            }

            var sentence = entities.Sentences[entities.SentenceIndexAt(evidence.Start)];
            var line = text[sentence.Start..sentence.End].Trim().TrimEnd('.');
            return line.Length > 0 && info.Title.Trim().StartsWith(line, StringComparison.OrdinalIgnoreCase);
        }

        private static readonly string[] s_partialDeclines =
            ["specific group", "specific actor", "a country", "the country", "which country", "which state", "individual", "by name", "which group"];

        private static bool IsPartialDecline(string evidence) =>
            s_partialDeclines.Any(p => evidence.Contains(p, StringComparison.OrdinalIgnoreCase));

        private static bool SameSource(ClaimSource a, ClaimSource b) =>
            a.EntityId is not null ? a.EntityId == b.EntityId : b.EntityId is null && a.Name == b.Name;

        private bool HasQuoteMark(int start, int end) => text.AsSpan(start, end - start).IndexOfAny("\"\u201c\u201d") >= 0;

        /// <summary>
        /// The speaker of sentence <paramref name="s"/> when it is quoted speech that names no speaker of its own: the speaker
        /// named where the quotation closes ("\"We know who did this. It was the GRU,\" the minister said.") or, when it goes on
        /// with a quotation whose speaker the sentence before named ("…,\" she said. \"It was the GRU.\""), that speaker; else null.
        /// </summary>
        private SourceFrame? QuotationSpeaker(int s)
        {
            var sentence = entities.Sentences[s];
            var open = sentence.Start;
            while (open < sentence.End && char.IsWhiteSpace(text[open]))
            {
                open++;
            }

            var paragraph = text.LastIndexOf('\n', Math.Max(0, sentence.Start - 1)) + 1;
            var before = text.AsSpan(paragraph, sentence.Start - paragraph);
            // Inside a quotation: the last mark before the sentence opens one (a curly mark says which it is; straight marks
            // are counted from the paragraph's start).
            var last = before.LastIndexOfAny("\"\u201c\u201d");
            var inside = last >= 0 && (before[last] == '\u201c' || (before[last] == '"' && before.Count('"') % 2 == 1));
            var opens = open < sentence.End && text[open] is '"' or '\u201c';
            if (!inside && !opens)
            {
                return null;
            }

            var lastMark = sentence.Start > 0 ? text.LastIndexOfAny(['"', '\u201c', '\u201d'], sentence.Start - 1) : -1;
            if (inside && !opens && (lastMark < 0 || entities.SentenceIndexAt(lastMark) < s - 2
                || !Enumerable.Range(s, Math.Min(3, entities.Sentences.Count - s)).Any(k => HasQuoteMark(entities.Sentences[k].Start, entities.Sentences[k].End))))
            {
                // An odd count of quotation marks with no mark in the sentences just before or no closing one near: a stray
                // mark, not a quotation going on.
                return null;
            }

            var from = opens && !inside ? open + 1 : sentence.Start;
            if (text.AsSpan(from, sentence.End - from).IndexOfAny("\"\u201d") < 0)
            {
                // The quotation goes on past this sentence: its speaker is named where it closes.
                for (var k = s + 1; k < entities.Sentences.Count && k <= s + 3; k++)
                {
                    var next = entities.Sentences[k];
                    if (!HasQuoteMark(next.Start, next.End))
                    {
                        continue;
                    }

                    if (FindFrame(next.Start, next.End, next.Start) is { Explicit: true } closing && closing.Start > text.IndexOfAny(['"', '\u201d'], next.Start))
                    {
                        return closing;
                    }

                    break;
                }
            }

            return _previousQuoteSpeaker;
        }

        private bool IsDescriptive(string? entityId) => entities.Find(entityId) is not { } e || e.Attributes.ContainsKey("descriptive");

        /// <summary>
        /// The index of an attribution since <paramref name="from"/> by the same source, on the same incident, whose accused
        /// has the same country (both none) and of which one side is only a description or a state body, in an earlier sentence; else null.
        /// </summary>
        private int? RestatedClaim(string? sourceId, Claim claim, int from, int sentenceStart)
        {
            for (var k = Claims.Count - 1; k >= 0 && Claims[k].Evidence.Start >= from; k--)
            {
                var c = Claims[k];
                var sameSource = sourceId is not null ? c.Source.EntityId == sourceId
                    : c.Source is { Kind: SourceKinds.AnonymousOfficials, EntityId: null } && claim.Source.Kind == SourceKinds.AnonymousOfficials
                        && (c.Source.CitedVia is null || claim.Source.CitedVia is null || c.Source.CitedVia == claim.Source.CitedVia)
                        && (NamesTheGroupDescribed(claim) || (claim.Source.Count == c.Source.Count && !claim.Source.Name.StartsWith("one of", StringComparison.OrdinalIgnoreCase)));
                if (c.Evidence.Start >= sentenceStart || c.Kind != ClaimKinds.Attribution || !sameSource || c.IncidentId != claim.IncidentId)
                {
                    continue;
                }

                if (c.AccusedCountry != claim.AccusedCountry && !(claim.AccusedCountry is null && IsDescriptive(c.AccusedEntityId) && NamesStatelessActor(claim.AccusedEntityId))
                    && !(c.AccusedEntityId is null && c.AccusedCountry is null && IsUnnamedState(c.Accused) && claim.AccusedCountry is not null))
                {
                    // "a Chinese state-linked group had planted … The agency said the group, which it tracks as Red Bamboo, …": the
                    // name the source gives the group it described is the same attribution.
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

        /// <summary>
        /// The index of an attribution by a government source of the same country (or of no known country) to the same state on
        /// the same incident since <paramref name="from"/>, in an earlier sentence, when the restating source is an office holder
        /// or the state itself rather than a body of its own ("The FBI said …" after "Washington blamed …" is the FBI's claim); else null.
        /// </summary>
        private int? GovernmentRestatement(Claim claim, string state, int from, int sentenceStart)
        {
            var country = SourceCountry(claim.Source);
            for (var k = Claims.Count - 1; k >= 0 && Claims[k].Evidence.Start >= from; k--)
            {
                var c = Claims[k];
                if (c.Evidence.Start < sentenceStart && c.Kind == ClaimKinds.Attribution && c.Source.Kind == SourceKinds.Government && c.AccusedCountry == state
                    && c.IncidentId == claim.IncidentId && c.Source.Count is null && claim.Source.Count is null
                    && entities.Find(claim.Source.EntityId) is null or { Kind: EntityKinds.Person or EntityKinds.Country }
                    && (country is null || SourceCountry(c.Source) is not { } other ? entities.Find(claim.Source.EntityId)?.Kind != EntityKinds.Country : other == country))
                {
                    return k;
                }
            }

            return null;
        }

        private string? SourceCountry(ClaimSource source) => entities.Find(source.EntityId)?.Attributes.GetValueOrDefault("country");

        /// <summary>How specifically an accused is named: a named actor, a state body, a description, a state.</summary>
        private int Specificity(string? entityId) => entities.Find(entityId) switch
        {
            null => -1,
            { Kind: EntityKinds.Country } => 0,
            { Kind: EntityKinds.ThreatActor } actor when actor.Attributes.ContainsKey("descriptive") => 1,
            { Kind: EntityKinds.GovernmentBody } => 2,
            _ => 3,
        };

        private static readonly System.Text.RegularExpressions.Regex s_namedAnaphor = new(
            @"\bthe\s(?:group|gang|hackers|attackers|intruders|actor|actors|crew|unit|cluster)\s?,\s(?:[\w'-]+\s){0,4}$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

        /// <summary>
        /// Whether the claim names its accused in apposition to a definite anaphor ("the group, known as Copper Gull,"): the name
        /// of the group described before, not a new assessment by some of the sources ("one of them said it bore the hallmarks of
        /// CyberAv3ngers"). The same sources naming the group ("… the work of a group Microsoft tracks as Ember Typhoon, the people
        /// said") restate their claim too.
        /// </summary>
        private bool NamesTheGroupDescribed(Claim claim) =>
            claim.AccusedEntityId is { } accused
            && entities.MentionsWithin(claim.Evidence.Start, claim.Evidence.End).FirstOrDefault(m => m.EntityId == accused) is { } mention && mention != default
            && s_namedAnaphor.IsMatch(text.AsSpan(Math.Max(0, mention.Start - 60), mention.Start - Math.Max(0, mention.Start - 60)).ToString());

        /// <summary>
        /// Whether <paramref name="entityId"/> is a named threat actor (not a description) of no known country that may name a
        /// state's group: not a criminal or hacktivist gang ("the Akira affiliate" is no name for "Russian military intelligence").
        /// </summary>
        private bool NamesStatelessActor(string? entityId) =>
            entities.Find(entityId) is { Kind: EntityKinds.ThreatActor } actor && !actor.Attributes.ContainsKey("descriptive") && !actor.Attributes.ContainsKey("country")
            && actor.Attributes.GetValueOrDefault("actor_type") is not ("criminal" or "hacktivist");

        /// <summary>The index of an attribution by the same source of the same accused and incident made since <paramref name="from"/>, or null.</summary>
        private int? RepeatsRecentClaim(string sourceId, string accusedId, string? incidentId, int from)
        {
            // Claims are in text order: only the tail since the previous sentence is examined.
            for (var k = Claims.Count - 1; k >= 0 && Claims[k].Evidence.Start >= from; k--)
            {
                var c = Claims[k];
                if (c.Kind == ClaimKinds.Attribution && c.Source.EntityId == sourceId && c.AccusedEntityId == accusedId && c.IncidentId == incidentId)
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>
        /// "Quarrystone said the campaign was run by Amber Kestrel. \"We assess with moderate confidence that Amber Kestrel is
        /// responsible,\" Quarrystone wrote.": a restatement that states its analytic confidence gives it to the one claim.
        /// </summary>
        private void CarryStatedConfidence(int index, Claim restatement)
        {
            var earlier = Claims[index];
            if (restatement.HedgingCues.FirstOrDefault(ConfidencePhrases.Contains) is { } stated && !earlier.HedgingCues.Any(ConfidencePhrases.Contains))
            {
                var cues = earlier.HedgingCues.Append(stated).ToList();
                Claims[index] = earlier with { HedgingCues = cues, Confidence = ClaimConfidence.Score(earlier.Stance, cues) };
            }
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

        /// <summary>
        /// "The group posted screenshots. Andes Tech Journal could not independently verify the claim.": the outlet's caveat
        /// hedges the latest attribution of this or the two sentences before it ("unverified").
        /// </summary>
        private void HedgeRecentClaim(int at, List<Claim> sentenceClaims, string hedge = "unverified")
        {
            Claim Hedged(Claim claim)
            {
                var cues = claim.HedgingCues.Contains(hedge) ? claim.HedgingCues : [.. claim.HedgingCues, hedge];
                return claim with { HedgingCues = cues, Confidence = ClaimConfidence.Score(claim.Stance, cues) };
            }

            var inSentence = sentenceClaims.FindLastIndex(c => c.Kind is ClaimKinds.Attribution);
            if (inSentence >= 0)
            {
                sentenceClaims[inSentence] = Hedged(sentenceClaims[inSentence]);
                return;
            }

            var sentence = entities.SentenceIndexAt(at);
            var from = entities.Sentences[Math.Max(0, sentence - 2)].Start;
            for (var k = Claims.Count - 1; k >= 0 && Claims[k].Evidence.Start >= from; k--)
            {
                if (Claims[k].Kind is ClaimKinds.Attribution)
                {
                    Claims[k] = Hedged(Claims[k]);
                    return;
                }
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

            // "… the work of Chinese state hackers, a claim Beijing rejected": the appositive's denier speaks in a clause of its own.
            foreach (var marker in s_rebuttedAppositives)
            {
                var at = _lower.IndexOf(marker, start, end - start, StringComparison.Ordinal);
                if (at > start && !cuts.Any(x => Math.Abs(x.At - at) < 4)
                    && Words(at + marker.Length, Math.Min(end, at + marker.Length + 60)).Take(5).Any(w => DenialVerbs.Contains(w.Lower)))
                {
                    cuts.Add((at, marker.Length));
                    joins.Add(at);
                }
            }

            // "… said there was no indication of a state's role, adding that the strain had been used by X": after a doubt, the
            // same speaker's second statement is a clause of its own (the speaker carries over to its "that").
            foreach (var joiner in (string[])[", adding that ", ", and that ", " and that "])
            {
                var at = _lower.IndexOf(joiner, start, end - start, StringComparison.Ordinal);
                if (at > start && !cuts.Any(x => Math.Abs(x.At - at) < 4) && FirstDoubtCue(_lower[start..at]) >= 0)
                {
                    cuts.Add((at, joiner.Length - "that ".Length));
                    joins.Add(at);
                }
            }

            // "…, prompting speculation in local media that Algeria was behind it": the speculation is a clause of its own.
            foreach (var joiner in s_speculationJoiners)
            {
                var at = _lower.IndexOf(joiner, start, end - start, StringComparison.Ordinal);
                if (at > start && !cuts.Any(x => Math.Abs(x.At - at) < 4))
                {
                    cuts.Add((at, 2));
                    joins.Add(at);
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

        /// <summary>
        /// "…, though it could not exclude a copycat": a contrast clause whose subject is a pronoun with a modal, going on with
        /// the speaker of the clause before.
        /// </summary>
        private bool OpensWithModalPronoun(int start, int end)
        {
            var words = Words(start, Math.Min(end, start + 60));
            var first = 0;
            while (first < words.Count && (DiscourseMarkers.Contains(words[first].Lower) || words[first].Lower is "," or "though" or "although" or "while" or "whereas"))
            {
                first++;
            }

            return first + 1 < words.Count && words[first].Lower is "it" or "they" or "he" or "she" or "we"
                && words[first + 1].Lower is "could" or "can" or "cannot" or "can't" or "would" or "might" or "may" or "did" or "does" or "do" or "had" or "has" or "have" or "was" or "were";
        }

        private static readonly string[] s_speculationJoiners =
        [
            ", prompting speculation ", ", fuelling speculation ", ", fueling speculation ", ", sparking speculation ", ", amid speculation ",
            ", prompting suggestions ", ", prompting claims ",
        ];

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
