using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using static ThreatLedger.Extraction.Claims.ClaimVocabulary;

namespace ThreatLedger.Extraction.Claims;

// ClaimExtractor, part: The accused party: named actors, countries, sponsors, denied and counter-accused parties.
internal sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
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
                var lead = before.TrimEnd();
                lead = lead.EndsWith(" the", StringComparison.Ordinal) ? lead[..^4] : lead;
                return lead.EndsWith(" by", StringComparison.Ordinal) && (DenialPhrases.Any(p => before.Contains(p, StringComparison.Ordinal))
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
                    || words[i].Lower is "saying" or "calling" or "adding"
                    || (words[i].Lower == "and" && words[i + 1].Lower == "that"))
                {
                    return i;
                }
            }

            return -1;
        }

        private static readonly string[] s_sponsorLinks =
        [
            "on behalf of ", "operated by ", "operates for ", "backed by ", "sponsored by ", "working for ", "works for ", "directed by ",
            "controlled by ", "run by ", "serves ", "serving ", "that serves ", "aligned with ", "in the service of ", "on the orders of ",
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
                var country = entities.MentionsWithin(from, Math.Min(end, from + 20)).Where(m => !IsLanguageMention(m.End)).Select(m => entities[m.EntityId])
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
                if (link is "serves " or "serving " or "that serves " or "aligned with "
                    && !(lower.AsSpan(at + link.Length, Math.Min(lower.Length - at - link.Length, 40)) is var served
                        && (served.Contains("interests", StringComparison.Ordinal) || served.Contains(" state", StringComparison.Ordinal)
                            || served.Contains("government", StringComparison.Ordinal))))
                {
                    // "a group that serves Chinese state interests" names a sponsor; "a firm that serves Chinese clients" does not.
                    continue;
                }

                var country = entities.MentionsWithin(from, Math.Min(end, from + 40)).Where(m => !IsLanguageMention(m.End))
                    .Select(m => entities[m.EntityId])
                    .FirstOrDefault(e => e.Kind is EntityKinds.Country or EntityKinds.GovernmentBody && e.Attributes.ContainsKey("country"));
                if (country is not null)
                {
                    return country.Attributes["country"];
                }
            }

            return null;
        }

        /// <summary>Whether a country mention ending at <paramref name="mentionEnd"/> names a language ("a Russian-speaking gang"), not a state.</summary>
        private bool IsLanguageMention(int mentionEnd)
        {
            var wordEnd = mentionEnd;
            while (wordEnd < _lower.Length && (char.IsLetter(_lower[wordEnd]) || _lower[wordEnd] == '-'))
            {
                wordEnd++;
            }

            var word = _lower.AsSpan(mentionEnd, wordEnd - mentionEnd);
            return word.EndsWith("-speaking", StringComparison.Ordinal) || word.EndsWith("-language", StringComparison.Ordinal)
                || _lower.AsSpan(0, mentionEnd).EndsWith("-speaking", StringComparison.Ordinal) || _lower.AsSpan(0, mentionEnd).EndsWith("-language", StringComparison.Ordinal);
        }

        private Accused? CountryAccused(string code)
        {
            var country = entities.Entities.FirstOrDefault(e => e.Kind == EntityKinds.Country && e.Attributes.GetValueOrDefault("country") == code);
            return new Accused(country?.Id, country?.Name ?? code, code);
        }

        private Accused? CounterAccused(List<(int Start, int End, string Lower)> words, int blameIndex, int end, string? sourceCountry)
        {
            var from = blameIndex >= 0 && blameIndex < words.Count ? words[blameIndex].End : words.Count > 0 ? words[0].Start : end;
            if (from < end && RebuttalAccusations.Select(r => _lower.IndexOf(r, from, end - from, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() is var rebuttal and >= 0)
            {
                // "accused the Netherlands of smearing China" rebuts the attribution; it does not blame the attack on anyone — though
                // "…, adding that the United States was \"the world's biggest hacking empire\"" after it does.
                foreach (var m in entities.MentionsWithin(rebuttal, end).Where(m => m.Kind == EntityKinds.Country))
                {
                    var code = entities[m.EntityId].Attributes.GetValueOrDefault("country");
                    var after = _lower[m.End..Math.Min(end, m.End + 80)];
                    if (code is not null && code != sourceCountry && CounterAccusationCues.Any(c => c is not ("itself" or "themselves") && after.Contains(c, StringComparison.Ordinal)))
                    {
                        return new Accused(m.EntityId, entities[m.EntityId].Name, code);
                    }
                }

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

        /// <summary>Words after which a country's agents are the marks an attack bears ("every sign of a Russian state operation").</summary>
        private static readonly string[] s_markOf = ["sign of a ", "signs of a ", "sign of ", "signs of ", "hallmarks of a ", "hallmarks of ", "hallmark of a ", "fingerprints of "];

        private static readonly System.Text.RegularExpressions.Regex s_operatorAppositive = new(
            @",\s(?:which\sis\s|which\sare\s)?(?:run|operated|managed|owned|maintained|administered)\sby\s(?:the\s)?$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>"blamed for attacks on Iranian fuel stations": the name after the deed is its target, not where the blame is put.</summary>
        private static readonly System.Text.RegularExpressions.Regex s_targetOfDeed = new(
            @"\b(?:for|of)\s(?:[\w-]+\s){0,2}(?:attacks?|hacks?|raids?|strikes?|operations|intrusions?|breaches)\s(?:on|against|into)\s$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>Nouns of a state's part in an attack after its possessive ("Beijing's involvement").</summary>
        private static readonly HashSet<string> s_involvementNouns = new(StringComparer.Ordinal)
        {
            "involvement", "role", "hand", "responsibility", "culpability", "complicity", "participation", "fingerprints",
        };

        /// <summary>Heads of a state's service after its possessive and agent modifiers ("Russia's military intelligence agency").</summary>
        private static readonly HashSet<string> s_serviceHeads = new(StringComparer.Ordinal)
        {
            "agency", "agencies", "service", "directorate", "apparatus", "forces", "units", "unit",
        };

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
            return next.Length > 0 && char.IsLower(text[mentionEnd + 3]) && !s_agentNouns.Contains(next) && !s_involvementNouns.Contains(next);
        }

        private bool IsAgent(int mentionStart, int mentionEnd, int clauseStart)
        {
            // The verb that makes a name the accused ("blamed Pyongyang", "accused China of") may sit just before the
            // reported content, so look back within the sentence rather than the content.
            var windowStart = Math.Min(clauseStart, SentenceStartOf(mentionStart));
            var after = _lower[mentionEnd..Math.Min(_lower.Length, mentionEnd + 40)].TrimStart();
            if (after.StartsWith(", was ", StringComparison.Ordinal) || after.StartsWith(", were ", StringComparison.Ordinal)
                || after.StartsWith(", is ", StringComparison.Ordinal) || after.StartsWith(", are ", StringComparison.Ordinal))
            {
                // "Russia's military intelligence service, the GRU, was behind the breach": the comma closing an appositive
                // stands between the name and its verb.
                after = after[2..];
            }

            if (after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("\u2019s ", StringComparison.Ordinal))
            {
                var owned = after[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (owned.Length > 0 && s_involvementNouns.Contains(owned[0].TrimEnd(',', '.', ';')))
                {
                    // "pointed to Beijing's involvement", "evidence of Moscow's hand": the state whose part in the attack is claimed.
                    return true;
                }

                var skip = 0;
                while (skip < owned.Length && skip < 4 && (s_agentNouns.Contains(owned[skip]) || s_serviceHeads.Contains(owned[skip])))
                {
                    skip++;
                }

                if (skip > 0 && skip < owned.Length)
                {
                    // "Russia's military intelligence was responsible": the state's service, then its verb.
                    after = string.Join(' ', owned[skip..]);
                }
            }

            var next = after.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (next.Length > 0 && EntityVocabulary.OrganizationDescriptors.Contains(next[0]))
            {
                // "wind farms run by Danish operator Havvind Energi": a country modifying a business is no agent.
                return false;
            }

            if (mentionStart - 3 > windowStart && _lower.AsSpan(mentionStart - 3, 3) is "'s " or "\u2019s "
                && entities.MentionsWithin(Math.Max(windowStart, mentionStart - 40), mentionStart - 2).LastOrDefault(o => o.Kind == EntityKinds.Country) is { } owner
                && owner.End == mentionStart - 3 && owner.Start > windowStart)
            {
                // "was the work of Russia's GRU": the body is in the agent position its possessive country stands in.
                mentionStart = owner.Start;
            }

            var before = _lower[Math.Max(windowStart, mentionStart - 30)..mentionStart];
            if (before.EndsWith(" the ", StringComparison.Ordinal))
            {
                // "conducted by the SVR": the article belongs to the name, the verb is before it.
                before = before[..^4];
            }

            if (s_targetOfDeed.IsMatch(before) || s_operatorAppositive.IsMatch(before))
            {
                // "The registry, run by the Directorate of Fisheries in Bergen, was taken offline": who runs the system, not who attacked it.
                return false;
            }

            if (before.EndsWith("it was ", StringComparison.Ordinal) || before.EndsWith("this was ", StringComparison.Ordinal)
                || before.EndsWith(" worked for ", StringComparison.Ordinal) || before.EndsWith(" work for ", StringComparison.Ordinal)
                || before.EndsWith(" working for ", StringComparison.Ordinal) || before.EndsWith(" works for ", StringComparison.Ordinal)
                || before.EndsWith(" front for ", StringComparison.Ordinal) || before.EndsWith(" proxy for ", StringComparison.Ordinal)
                || before.EndsWith(" cover for ", StringComparison.Ordinal))
            {
                // "\"It was the GRU.\"": the name the cleft identifies; "the group was a front for the Revolutionary Guard": the sponsor.
                return true;
            }

            if (before.EndsWith(", ", StringComparison.Ordinal) && before.TrimEnd(' ', ',').Split(' ')[^1] is var head
                && (s_serviceHeads.Contains(head) || head == "intelligence")
                && (string[])["working for ", "work of ", " by ", " behind ", "on behalf of "] is var agentLinks
                && agentLinks.Any(a => _lower[Math.Max(windowStart, mentionStart - 90)..mentionStart].Contains(a, StringComparison.Ordinal)))
            {
                // "hackers working for Russia's foreign intelligence service, the SVR": the name in apposition to the agent's service.
                return true;
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

            if (before.EndsWith("by ", StringComparison.Ordinal) || before.EndsWith("work of ", StringComparison.Ordinal) || before.EndsWith("to ", StringComparison.Ordinal) && (before.Contains("attribut", StringComparison.Ordinal) || before.Contains("linked", StringComparison.Ordinal) || before.Contains("tied", StringComparison.Ordinal)
                    || before.EndsWith("pointed to ", StringComparison.Ordinal) || before.EndsWith("points to ", StringComparison.Ordinal) || before.EndsWith("point to ", StringComparison.Ordinal))
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
                if (s_attackerNouns.Any(n => ContainsPhrase(sentenceLead, n))
                    || ContainsPhrase(sentenceLead, "behind the attack") || ContainsPhrase(sentenceLead, "responsible for the attack"))
                {
                    return true;
                }
            }

            if (next.Length == 0)
            {
                return false;
            }

            if (s_markOf.Any(m => before.EndsWith(m, StringComparison.Ordinal)) && s_agentNouns.Contains(next[0]))
            {
                // "bears every sign of a Russian state operation", "the hallmarks of Chinese military hackers".
                return true;
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
    }
}
