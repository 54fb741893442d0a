using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using static ThreatLedger.Extraction.Claims.ClaimVocabulary;

namespace ThreatLedger.Extraction.Claims;

// ClaimExtractor, part: The claims of one clause: its kind, accused party, hedging and confidence.
internal sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
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
            var severity = !declinesState && (SeverityCues.Any(c => clauseLower.Contains(c, StringComparison.Ordinal)) || NegatedOutcome(clauseLower)
                || DisputesReportedScale(clauseLower));
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

            if (!declinesState && VerificationCaveats.Any(c => clauseLower.Contains(c, StringComparison.Ordinal))
                && (SubjectFrame(start, end) ?? frame) is { Kind: SourceKinds.Media, CitedVia: null })
            {
                // "Andes Tech Journal could not independently verify the claim": the outlet's caveat on what it reports is no
                // refusal to attribute; it hedges the claim it qualifies.
                HedgeRecentClaim(start, sentenceClaims);
                yield break;
            }

            if (!declinesState && s_inconclusive.FirstOrDefault(c => clauseLower.Contains(c, StringComparison.Ordinal)) is { } caveat
                && !AttributionCues.Any(c => ContainsPhrase(contentLower, c)))
            {
                // "…, but cautioned that investigators had not reached a firm conclusion": the caveat hedges the attribution it
                // follows (this sentence's, or one of the two before).
                HedgeRecentClaim(start, sentenceClaims, caveat.Contains("conclus", StringComparison.Ordinal) ? "inconclusive" : "preliminary");
            }

            if (declinesState || NoAttributionCues.Any(c => clauseLower.Contains(c, StringComparison.Ordinal) && !InRelativeClause(clauseLower, c))
                || UnprovenInvolvement(clauseLower))
            {
                // "\"Officials have not blamed any country,\" Undersecretary Paula Rojas said": inside a quotation the speaker
                // after it declines, not the subject the quotation speaks of.
                // "Moscow's involvement has not been proven, the prime minister said": the subject is what is unproven.
                var declining = frame.Explicit && (QuotedBeforeSpeaker(start, frame) || UnprovenInvolvement(clauseLower)) ? frame : SubjectFrame(start, end) ?? frame;
                if (frame.Explicit && declining != frame && declining.Name.ToLowerInvariant() is "it" or "they" or "he" or "she" or "we"
                    or ['i', 't', 's', ' ', ..] or ['t', 'h', 'e', 'i', 'r', ' ', ..] or ['o', 'u', 'r', ' ', ..])
                {
                    // "The trust said it was too early to say who was responsible": the pronoun after the verb is the speaker;
                    // "The office said its investigation was continuing and that it would not comment": so is the owner of "its …".
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
            // "KCNA did not respond to the accusation, which it typically dismisses as a fabrication": what the party habitually
            // says of such accusations is no denial of this one.
            var habitual = s_habitualRelative.Match(clauseLower) is { Success: true } h ? h.Index : clauseLower.Length;
            var denial = (frame.Verb is not null && DenialVerbs.Contains(frame.Verb)) || words.Any(w => w.Start - start < habitual && DenialVerbs.Contains(w.Lower))
                || DenialPhrases.Any(p => clauseLower.AsSpan(0, habitual).Contains(p, StringComparison.Ordinal));

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
                        foreach (var also in CoordinatedAccused(counter, words[blameAt].Start, end, sourceCountry))
                        {
                            yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, denier, also, incidentId, eventId, evidenceStart, end, evidence);
                        }
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
                    foreach (var also in CoordinatedAccused(target.Value, content, end, sourceCountry))
                    {
                        yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, frame with { Kind = SourceKinds.Accused }, also, incidentId, eventId, evidenceStart, end, evidence);
                    }

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
                || AttributionCues.Any(c => ContainsPhrase(contentLower, c)) || incidents.EventsWithin(content, end).Any() || counterCue
                || NamesTheCulprit(content, end);
            if (AlternativeCulprit(content, end, contentLower, hasCue) is { } described)
            {
                // "They stressed that a criminal motive remained the most likely explanation", "the intrusions could also be the work
                // of hacktivists copying X's techniques": a kind of culprit the text describes without a name — an alternative to an
                // attribution made before, or the speaker's own attribution when there is none.
                // A state's hackers are an alternative only to a culprit of no state.
                var stateKind = IsUnnamedState(described.Name);
                var alternative = Claims.Concat(sentenceClaims).Any(c => c.IncidentId == incidentId && c.Kind == ClaimKinds.Attribution
                    && c.AccusedEntityId != described.EntityId && !(stateKind && c.AccusedCountry is not null) && c.Accused != described.Name);
                yield return alternative
                    ? MakeClaim(ClaimKinds.AlternativeHypothesis, Stances.OffersAlternative, frame with { Kind = sourceKind }, described, incidentId, eventId, evidenceStart, end, evidence)
                    : MakeClaim(ClaimKinds.Attribution, Stances.Asserts, frame with { Kind = sourceKind }, described, incidentId, eventId, evidenceStart, end, evidence);
                yield break;
            }

            if (!hasCue)
            {
                yield break;
            }

            if ((IsTrackRecord(contentLower) || IsGenericStatement(contentLower)) && !(victimId is not null && entities.MentionsWithin(content, end).Any(m => m.EntityId == victimId)))
            {
                // "Iran has been accused for years of targeting water facilities", "Russian-speaking gangs have hit hundreds of
                // public bodies": an actor's record, not a claim about who attacked this victim.
                yield break;
            }

            if (!frame.Explicit && DescribesTool(content, end))
            {
                // "ShadowPad is a modular backdoor shared among several Chinese espionage groups": the article's background
                // on a tool, not a claim about who attacked this victim.
                yield break;
            }

            if (ContainsPhrase(contentLower, "false flag") || ContainsPhrase(contentLower, "false-flag"))
            {
                // "the attack could be a false flag designed to make it look as if Russia was involved": someone else posing as
                // the state the traces point to — an alternative to the claim, with the culprit unnamed.
                yield return MakeClaim(ClaimKinds.AlternativeHypothesis, Stances.OffersAlternative, frame with { Kind = sourceKind },
                    new Accused(null, "unknown (false flag)", null), incidentId, eventId, evidenceStart, end, evidence);
                yield break;
            }

            // "had been traced to Iran by a foreign intelligence agency": the agent who attributes is not its own accused.
            var candidates = AccusedIn(content, end, sourceCountry).Where(a => a.EntityId is null || a.EntityId != frame.EntityId || frame.Kind == SourceKinds.Accused).ToList();
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
                var counterFirst = new Accused(other.Id, other.Name, other.Attributes["country"]);
                yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, frame with { Kind = SourceKinds.Accused },
                    counterFirst, incidentId, eventId, evidenceStart, end, evidence);
                foreach (var also in CoordinatedAccused(counterFirst, content, end, sourceCountry))
                {
                    // "It is Washington and London that run the largest hacking operations": each state is counter-accused.
                    yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, frame with { Kind = SourceKinds.Accused },
                        also, incidentId, eventId, evidenceStart, end, evidence);
                }

                yield break;
            }

            if (candidates.Count == 0)
            {
                yield break;
            }

            var first = candidates[0];
            if (IsDescriptive(first.EntityId) && first.Country is not null
                && candidates.Skip(1).FirstOrDefault(a => a.Country == first.Country && entities.Find(a.EntityId) is { Kind: EntityKinds.GovernmentBody }
                    && NamedAfter(a.EntityId!, first.EntityId!, content, end)) is { EntityId: not null } service)
            {
                // "hackers working for Russia's foreign intelligence service, the SVR": the service named is the accused.
                first = service;
            }

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
                && (previous.AccusedCountry != first.Country || ActorType(previous.AccusedEntityId) != ActorType(first.EntityId)
                    || (!IsDescriptive(previous.AccusedEntityId) && !IsDescriptive(first.EntityId)
                        && entities.Find(previous.AccusedEntityId)?.Kind == EntityKinds.ThreatActor && entities.Find(first.EntityId)?.Kind == EntityKinds.ThreatActor));
            var seconds = !different && previous is { Kind: ClaimKinds.AlternativeHypothesis } && previous.Source.Name != frame.Name
                && previous.AccusedEntityId != first.EntityId && (contrast || AlternativeCues.Any(c => ContainsPhrase(clauseLower, c)));
            if ((different || seconds) && (contrast || AlternativeCues.Any(c => ContainsPhrase(clauseLower, c))
                || (previous is { AccusedCountry: { } stateBlamed } && first.Country != stateBlamed && DoubtedBySameSource(frame, incidentId, start, sentenceClaims))))
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
                foreach (var also in CoordinatedAccused(first, content, end, sourceCountry))
                {
                    // "The US and the UK are the real cyber criminals": both states.
                    yield return MakeClaim(ClaimKinds.CounterAccusation, Stances.CounterAccuses, frame with { Kind = SourceKinds.Accused }, also, incidentId, eventId, evidenceStart, end, evidence);
                }

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

        /// <summary>Caveats that leave the attribution just made open ("had not reached a firm conclusion", "the evidence was preliminary").</summary>
        private static readonly string[] s_inconclusive =
        [
            "not reached a firm conclusion", "not reached a conclusion", "no firm conclusion", "not reached any conclusion", "no conclusion",
            "inconclusive", "not conclusive", "not yet conclusive", "evidence was preliminary", "evidence is preliminary", "findings were preliminary",
            "findings are preliminary", "assessment was preliminary", "assessment is preliminary",
        ];

        /// <summary>", which it typically dismisses …", ", which Beijing routinely denies": a party's habit, in a relative clause.</summary>
        private static readonly System.Text.RegularExpressions.Regex s_habitualRelative = new(
            @",\s(?:which|something)\s(?:[\w']+\s){1,3}?(?:typically|usually|routinely|often|always|regularly|habitually|generally|invariably)\s",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>"a well-resourced state actor" → "well-resourced state actor": the text's words for a state's hackers it does not name.</summary>
        private static string StateLabel(string matched)
        {
            var label = matched.Trim();
            return label.StartsWith("a ", StringComparison.Ordinal) ? label[2..] : label.StartsWith("an ", StringComparison.Ordinal) ? label[3..] : label;
        }

        /// <summary>Whether an accused name is one <see cref="StateLabel"/> made: a state's hackers, the state unnamed.</summary>
        private static bool IsUnnamedState(string? accused) =>
            accused is not null && s_describedCulprit.Match(accused) is { Success: true } m && m.Groups["state"].Success && m.Length == accused.Length;

        /// <summary>A culprit described by its kind or motive rather than named ("a criminal motive", "an insider", "hacktivists").</summary>
        private static readonly System.Text.RegularExpressions.Regex s_describedCulprit = new(
            @"\b(?:(?<criminals>(?:a\s|an\s)?(?:criminal|financial|profit|monetary|financially\smotivated|ransom|extortion)\s(?:motive|motivation)|(?:cyber)?criminals|a\s(?:criminal|cybercriminal|cybercrime)\s(?:gang|group|operation|enterprise))"
            + @"|(?<insider>an?\s(?:disgruntled\s|rogue\s|malicious\s)?insider|insiders|an?\s(?:disgruntled|rogue)\s(?:former\s)?(?:employee|worker|contractor))"
            + @"|(?<hacktivists>hacktivists|an?\s(?:hacktivist|activist)\s(?:group|collective))"
            + @"|(?<copycat>an?\scopycat|copycats)"
            + @"|(?<foreign>(?:the\s)?(?:involvement|role)\sof\s(?:an?\s)?foreign\s(?:actors?|states?|governments?|powers?|intelligence\sservices?))"
            + @"|(?<state>(?:a\s|an\s)?(?:well-resourced\s|sophisticated\s)?(?:state-sponsored|state-backed|state-linked|state-affiliated|nation-state|government-backed|state)\s(?:hackers|attackers|actors?|groups?|hacking\sgroups?|threat\sactors?|operators|operation)))\b",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>Words that hold a described culprit open as a possibility ("remained the most likely explanation", "had not been ruled out").</summary>
        private static readonly string[] s_possibilityCues =
        [
            "likely explanation", "probable explanation", "plausible explanation", "not been ruled out", "not ruled out", "not rule out",
            "not be ruled out", "cannot rule out", "can't rule out", "could not exclude", "cannot exclude", "can't exclude", "not be excluded",
            "not been excluded", "could also be", "may also be", "might also be", "could also have been", "may also have been", "might also have been",
            "also possible", "a possibility", "more likely", "most likely", "remained likely", "remains likely",
        ];

        /// <summary>
        /// The culprit a clause holds possible by its kind or motive ("a criminal motive remained the most likely explanation",
        /// "could not exclude a copycat", "could also be the work of hacktivists copying X's techniques") when no actor, body or
        /// state is named before it; null when the clause names one first, rules the culprit out, or holds nothing possible.
        /// </summary>
        private Accused? AlternativeCulprit(int content, int end, string contentLower, bool hasCue)
        {
            var match = s_describedCulprit.Match(contentLower);
            if (!match.Success || !(match.Groups["state"].Success ? hasCue : s_possibilityCues.Any(c => contentLower.Contains(c, StringComparison.Ordinal))))
            {
                // A state's hackers held responsible ("state-sponsored hackers were likely behind the breach") need a word of
                // attribution; a criminal or insider kind, a word of possibility.
                return null;
            }

            var before = contentLower[..match.Index];
            if (before.Contains("no evidence", StringComparison.Ordinal) || before.Contains("no indication", StringComparison.Ordinal)
                || before.EndsWith("ruled out ", StringComparison.Ordinal) && !before.EndsWith("not ruled out ", StringComparison.Ordinal)
                || before.EndsWith("rather than ", StringComparison.Ordinal) || before.EndsWith("not ", StringComparison.Ordinal)
                || (before.EndsWith("that ", StringComparison.Ordinal) && !OpensContent(before[..^5])) || before.EndsWith("which ", StringComparison.Ordinal))
            {
                // "found no evidence of a criminal motive", "rather than criminals": the kind is doubted, not held possible; "a tool
                // that criminals often abuse": a relative clause about something else.
                return null;
            }

            var at = content + match.Index;
            var named = entities.MentionsWithin(content, end).Where(m => m.Kind is EntityKinds.ThreatActor or EntityKinds.GovernmentBody or EntityKinds.Country
                && m.How != MentionKind.Coreference).ToList();
            if (named.Any(m => m.End <= at))
            {
                // "Russia, or perhaps criminals": the text names a culprit first; the common path takes it.
                return null;
            }

            if (named.FirstOrDefault(m => m.Start < at + match.Length && m.End > at) is { EntityId: not null } covering)
            {
                // "hacktivists copying Dusk Mantis techniques": the described culprit, not the actor named after it (whom the common
                // path would put first). Alone, or with a name ("a criminal gang known as X"), the common path takes it.
                var described = entities[covering.EntityId];
                return described.Kind == EntityKinds.ThreatActor && described.Attributes.ContainsKey("descriptive")
                    && named.Any(m => m.Start >= covering.End && m.Kind == EntityKinds.ThreatActor && !IsDescriptive(m.EntityId))
                    ? new Accused(described.Id, described.Name, described.Attributes.GetValueOrDefault("country"))
                    : null;
            }

            var label = match.Groups["criminals"].Success ? "criminals" : match.Groups["insider"].Success ? "insider"
                : match.Groups["hacktivists"].Success ? "hacktivists" : match.Groups["copycat"].Success ? "copycat"
                : match.Groups["state"].Success ? StateLabel(match.Value) : "foreign state (unnamed)";
            return new Accused(null, label, null);
        }

        private static readonly string[] s_reportedScale =
        [
            "reports of a", "reports of the", "media reports", "the figure", "the figures", "the number of", "the numbers", "the estimate",
            "the reported number", "the reported figure", "reports that", "the reports",
        ];

        private static readonly string[] s_wrongWords = ["inaccurate", "incorrect", "untrue", "not accurate", "not correct", "misleading", "wrong"];

        /// <summary>
        /// "reports of a serious breach were \"inaccurate\"", "the number of affected subscribers was wrong": the victim or a
        /// regulator disputing the reported scale — unless the clause is about who is responsible ("reports that Russia was behind
        /// it are untrue" denies an attribution).
        /// </summary>
        private static bool DisputesReportedScale(string clauseLower) =>
            s_reportedScale.Any(r => clauseLower.Contains(r, StringComparison.Ordinal)) && s_wrongWords.Any(w => ContainsPhrase(clauseLower, w))
            && !s_responsibilityCues.Any(c => clauseLower.Contains(c, StringComparison.Ordinal));

        /// <summary>Whether a "that" after <paramref name="lead"/> opens reported content ("stressed that", "and that") rather than a relative clause.</summary>
        private static bool OpensContent(string lead)
        {
            var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && (SubjectTimeWords.Contains(words[^1]) || words[^1] is "in" or "at"))
            {
                // "said on Sunday that": past the time words.
                words.RemoveAt(words.Count - 1);
            }

            var word = words.Count > 0 ? words[^1] : string.Empty;
            return word.Length == 0 || word.EndsWith(',') || word is "and" or "but" or "or" || ReportingVerbs.Contains(word) || PredicateOpeners.Contains(word);
        }

        private static readonly string[] s_unproven =
        [
            "not been proven", "not been proved", "remains unproven", "remain unproven", "is unproven", "not been established", "not been substantiated",
            "could not be confirmed", "cannot be confirmed", "not yet been confirmed", "could not be verified", "cannot be verified",
        ];

        /// <summary>"Moscow's involvement has not been proven", "that Iran was behind it could not be confirmed": the speaker leaves the culprit open.</summary>
        private static bool UnprovenInvolvement(string clauseLower)
        {
            var at = s_unproven.Select(u => clauseLower.IndexOf(u, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
            return at > 0 && s_responsibilityCues.Any(c => clauseLower.AsSpan(0, at).Contains(c, StringComparison.Ordinal));
        }

        /// <summary>Whether <paramref name="laterId"/> is mentioned after (not inside) the mention of <paramref name="firstId"/> in the span.</summary>
        private bool NamedAfter(string laterId, string firstId, int start, int end)
        {
            var mentions = entities.MentionsWithin(start, end).ToList();
            var first = mentions.FirstOrDefault(m => m.EntityId == firstId);
            return first != default && mentions.Any(m => m.EntityId == laterId && m.Start >= first.End);
        }

        /// <summary>
        /// "\"It was the GRU.\"", "This was Russia.": a clause that only identifies an actor, body or state — after "we know who did
        /// this" in a quotation, the culprit.
        /// </summary>
        private bool NamesTheCulprit(int content, int end)
        {
            var span = _lower[content..end];
            var opening = span.TrimStart().StartsWith('"') || span.TrimStart().StartsWith('\u201c') ? span.IndexOfAny(['"', '\u201c']) + 1 : 0;
            var closing = span.IndexOfAny(['"', '\u201d'], opening);
            if (closing > 0)
            {
                // "It was the SVR,\" the minister said.": the quoted words only.
                span = span[..closing];
            }

            var clause = span.Trim(' ', '"', '\u201c', '\u201d', '.', ',', '!');
            var lead = clause.StartsWith("it was ", StringComparison.Ordinal) ? 7 : clause.StartsWith("this was ", StringComparison.Ordinal) ? 9 : -1;
            if (lead < 0)
            {
                return false;
            }

            var clauseStart = content + span.IndexOf(clause, StringComparison.Ordinal);
            var restStart = clauseStart + lead;
            var restEnd = clauseStart + clause.Length;
            var named = entities.MentionsWithin(restStart, restEnd).Where(m => m.Kind is EntityKinds.ThreatActor or EntityKinds.GovernmentBody or EntityKinds.Country).ToList();
            if (named.Count == 0)
            {
                return false;
            }

            var rest = _lower[restStart..named[0].Start].Trim();
            return rest is "" or "the" && restEnd - named[^1].End <= 1;
        }

        /// <summary>Whether the clause at <paramref name="start"/> opens a quotation that the frame's speaker, after it, closes.</summary>
        private bool QuotedBeforeSpeaker(int start, SourceFrame frame)
        {
            if (frame.Start <= start)
            {
                return false;
            }

            var lead = text.AsSpan(start, frame.Start - start).TrimStart();
            return lead.Length > 1 && lead[0] is '"' or '\u201c' && lead[1..].IndexOfAny("\"\u201d") >= 0;
        }

        private static readonly string[] s_trackRecordCues =
        [
            "for years", "for decades", "for a decade", "since 19", "since 20", "a long list of", "in recent years", "a favourite", "a favorite",
            "long been", "a string of", "over the years",
        ];

        /// <summary>Counts of victims that make a record when the clause spans a region ("hundreds of public bodies across Europe").</summary>
        private static readonly string[] s_recordCounts = ["hundreds of", "dozens of", "thousands of", "billions of", "scores of"];

        private static readonly string[] s_recordScopes = [" across ", " around the world", " worldwide", " globally", " all over "];

        /// <summary>
        /// Whether the clause (outside its relative clauses) tells an actor's record in the perfect ("has been accused for
        /// years of …", "have hit hundreds of …") rather than a deed in this incident.
        /// </summary>
        private static bool IsTrackRecord(string contentLower)
        {
            // Each comma-separated part whose own verb is a perfect right after its subject ("the group, which …, has used" is
            // the relative clause's when it comes later: "consistent with FIN11, a group that has used the brand since 2020";
            // "the code has been reused by Lazarus, based on code seen since 2014" tells this attack).
            var main = s_relativeClause.Replace(s_describedGroup.Replace(contentLower, ","), ",").TrimStart(' ', ',', '"', '\u201c');
            foreach (var part in main.Split(", ", StringSplitOptions.RemoveEmptyEntries))
            {
                var segment = " " + part.Trim();
                var has = segment.IndexOf(" has ", StringComparison.Ordinal) is var a and >= 0 ? a : int.MaxValue;
                var have = segment.IndexOf(" have ", StringComparison.Ordinal) is var b and >= 0 ? b : int.MaxValue;
                var perfect = Math.Min(has, have);
                var subject = perfect > 40 ? string.Empty : segment[..(perfect + 1)];
                if (perfect > 40 || subject.Contains(" that ", StringComparison.Ordinal) || subject.Contains(" which ", StringComparison.Ordinal)
                    || subject.Contains(" who ", StringComparison.Ordinal))
                {
                    continue;
                }

                if (s_trackRecordCues.Any(c => segment.Contains(c, StringComparison.Ordinal))
                    || (s_recordCounts.Any(c => segment.Contains(c, StringComparison.Ordinal)) && s_recordScopes.Any(c => segment.Contains(c, StringComparison.Ordinal))))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly System.Text.RegularExpressions.Regex s_genericSubject = new(
            @"^\W*(?:such|these|those|many|some|most)\s(?:[\w-]+\s)?(?:groups|gangs|actors|collectives|hacktivists|hackers)\s(?:often|typically|usually|frequently|commonly|sometimes|tend|are\soften|are\stypically|can|may)\b",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>"such groups often act as a front for Russian intelligence": what a kind of actor tends to do, not who attacked this victim.</summary>
        private static bool IsGenericStatement(string contentLower) => s_genericSubject.IsMatch(contentLower);

        private static readonly string[] s_toolDefinitions = [" is a ", " is an ", " is one of ", " was a ", " was an ", " has long been ", " has been used by ", " have been used by "];

        /// <summary>The clause opens by defining a malware family or tool ("ShadowPad is a backdoor …", "The X loader has been used by …").</summary>
        private bool DescribesTool(int content, int end)
        {
            var first = entities.MentionsWithin(content, end).OrderBy(m => m.Start).FirstOrDefault();
            if (first == default || first.Kind is not (EntityKinds.Malware or EntityKinds.Tool))
            {
                return false;
            }

            var lead = _lower.AsSpan(content, first.Start - content).Trim();
            if (lead.Length > 0 && lead is not "the")
            {
                return false;
            }

            var after = _lower.AsSpan(first.End, Math.Min(end, first.End + 40) - first.End);
            var noun = after.Length > 1 && after[1..].IndexOf(' ') is var space and >= 0 ? space + 1 : -1;
            foreach (var definition in s_toolDefinitions)
            {
                // "ShadowPad is …" or "The ShadowPad backdoor is …" (one head noun between the name and the verb).
                if (after.StartsWith(definition, StringComparison.Ordinal)
                    || (lead is "the" && noun > 0 && after[noun..].StartsWith(definition, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
