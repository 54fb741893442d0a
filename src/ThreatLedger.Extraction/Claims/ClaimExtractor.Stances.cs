using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using static ThreatLedger.Extraction.Claims.ClaimVocabulary;

namespace ThreatLedger.Extraction.Claims;

// ClaimExtractor, part: Stance cues: self-claims, doubts, negated outcomes, denials, and the victim or actor a clause speaks of.
internal sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
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

            // "The US and the UK are the real cyber criminals": conjuncts before the one in the agent position.
            var nextStart = mentions[at].Start;
            for (var k = at - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (m.End > nextStart)
                {
                    continue;
                }

                var gap = text[m.End..nextStart];
                var entity = entities[m.EntityId];
                var code = entity.Attributes.GetValueOrDefault("country");
                if (gap is not (" and " or " and the ") || m.EntityId == first.EntityId || (code is not null && code == sourceCountry)
                    || entity.Attributes.ContainsKey("descriptive"))
                {
                    break;
                }

                yield return new Accused(entity.Id, entity.Name, code);
                nextStart = m.Start;
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
            var involvement = false;
            foreach (var word in s_involvementWords)
            {
                involvement |= rest.Contains(word, StringComparison.Ordinal);
            }

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
            "not found any evidence", "no reason to believe", "seen nothing", "found nothing", "nothing linking", "nothing tying",
            "nothing connecting", "nothing to link", "nothing to tie", "nothing that tied", "nothing that linked", "nothing that ties",
            "nothing that links", "no link ", "no links ", "no connection", "no suggestion", "nothing to suggest", "no reason to think",
        ];

        /// <summary>What the doubted state is said to have had with the incident ("no evidence tying the intrusion to any state actor").</summary>
        private static readonly string[] s_involvementWords =
        [
            " involved", "involvement", " was behind", " were behind", " responsible", " tying ", " tied ", " tie ", " ties ", " linking ",
            " linked ", " link ", " links ", " connecting ", " connected ", " connect ", "no link ", "no links ", "no connection",
            " the work of ", " carried out by ", " conducted by ", " behind ",
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

        /// <summary>
        /// Whether the same source declined a state's part in this incident in this or one of the two sentences before
        /// ("found no evidence tying the intrusion to any state actor. The tools matched those of Blackfen, the company said."):
        /// the culprit it names instead is its alternative to the state hypothesis.
        /// </summary>
        private bool DoubtedBySameSource(SourceFrame frame, string? incidentId, int at, List<Claim> sentenceClaims)
        {
            var from = entities.Sentences[Math.Max(0, entities.SentenceIndexAt(at) - 2)].Start;
            return Claims.Where(c => c.Evidence.Start >= from).Concat(sentenceClaims).Any(c => c.Kind == ClaimKinds.NoAttribution && c.IncidentId == incidentId
                && (frame.EntityId is { } id ? c.Source.EntityId == id : c.Source.Name == frame.Name));
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

            // "an embassy spokesperson" speaks for the embassy named before, as "a council spokesperson" for the council.
            var head = words.FirstOrDefault(w => EntityVocabulary.OrganizationAnaphors.ContainsKey(w) || w is "embassy" or "consulate" or "mission");
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
    }
}
