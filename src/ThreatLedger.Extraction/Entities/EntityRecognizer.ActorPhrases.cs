using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

// EntityRecognizer, part: Described actors: "the LockBit ransomware group", "a Chinese state-sponsored threat actor".
public sealed partial class EntityRecognizer
{
    private sealed partial class Run
    {
        public void GangsAndActorPhrases()
        {
            foreach (var (start, end, draft, _) in Table.RawMentions.ToList())
            {
                if (draft.Kind != EntityKinds.Malware)
                {
                    continue;
                }

                var t = TokenStartingAt(start);
                if (t < 0)
                {
                    continue;
                }

                var k = t;
                while (k < _words.Length && _tokens[k].End <= end)
                {
                    k++;
                }

                if (Word(k) is "ransomware" or "malware" or "extortion")
                {
                    k++;
                }

                var gang = GangHeads.Contains(Word(k));

                // "the DarkSide ransomware was responsible", "DarkSide, which …, posted a statement": a criminal family
                // named as the agent stands for the gang that runs it.
                var agent = !gang && draft.Attributes.GetValueOrDefault("operator_type") == "criminal" && IsAgentPosition(k);
                if ((!gang && !agent) || !SameSentence(t, Math.Min(k, _words.Length - 1)))
                {
                    continue;
                }

                var charStart = Word(t - 1) is "the" or "The" ? _tokens[t - 1].Start : start;
                var actor = Table.GetOrAdd("actor:" + draft.Name, EntityKinds.ThreatActor, draft.Name);
                actor.Attributes.TryAdd("actor_type", draft.Attributes.GetValueOrDefault("operator_type") ?? "criminal");
                actor.Attributes.TryAdd("uses", draft.Name);
                var surface = _text[start..end];
                if (surface != actor.Name && !actor.Aliases.Contains(surface, StringComparer.Ordinal))
                {
                    // "The Cl0p extortion group": the spelling the text uses is an alias of the gang as of its family.
                    actor.Aliases.Add(surface);
                }

                Table.AddMention(actor, charStart, gang ? _tokens[k].End : _tokens[k - 1].End, MentionKind.Description);
            }

            for (var i = 0; i < _words.Length; i++)
            {
                TryUnnamedState(i);
                TryActorPhrase(i);
                if (i > 0 && (Word(i - 1) is "by" or "of" || (i > 1 && Word(i - 1) == "to" && Word(i - 2).ToLowerInvariant() is "points" or "pointed" or "point"))
                    && BareActorPlurals.TryGetValue(Word(i), out var bareType) && !Table.Overlaps(_tokens[i].Start, _tokens[i].End))
                {
                    // "the work of cybercriminals", "carried out by hacktivists": a bare plural as the agent.
                    AddActor(i, i + 1, false, null, bareType, false);
                }
            }
        }

        /// <summary>
        /// "the hallmarks of a foreign intelligence service", "a hostile state might be to blame": a state actor whose state the
        /// text does not name, where it is the agent (after "of"/"by", or before "was behind", "might be to blame").
        /// </summary>
        private void TryUnnamedState(int i)
        {
            if (Word(i) is not ("a" or "an" or "A" or "An") || Word(i + 1).ToLowerInvariant() is not ("foreign" or "hostile"))
            {
                return;
            }

            var head = Word(i + 2).ToLowerInvariant();
            var end = head is "government" or "state" or "power" or "nation" or "nation-state" ? i + 3
                : head is "intelligence" or "spy" && Word(i + 3).ToLowerInvariant() is "service" or "agency" ? i + 4
                : -1;
            if (end < 0 || !SameSentence(i, end - 1) || Table.Overlaps(_tokens[i].Start, _tokens[end - 1].End))
            {
                return;
            }

            var lead = i > 0 ? Word(i - 1).ToLowerInvariant() : string.Empty;
            var modalBlame = Word(end).ToLowerInvariant() is "might" or "may" or "could" or "must" && Word(end + 1) == "be"
                && Word(end + 2).ToLowerInvariant() is "to" or "behind" or "responsible" or "involved";
            if (lead is "of" or "by" || modalBlame || IsAgentPosition(end))
            {
                AddActor(i, end, true, null, "state-sponsored", false);
            }
        }

        /// <summary>Whether the words from token <paramref name="k"/> make what precedes them an agent ("was responsible", ", which …, posted").</summary>
        private bool IsAgentPosition(int k)
        {
            if (Word(k) == "," && SameSentence(k - 1, k))
            {
                // Skip an appositive or relative clause: ", which is believed to operate from Russia, posted …".
                var close = k + 1;
                while (close < _words.Length && close - k < 16 && Word(close) != "," && SameSentence(k, close))
                {
                    close++;
                }

                return Word(close) == "," && SameSentence(k, close + 1) && AgentVerbs.Contains(Word(close + 1).ToLowerInvariant());
            }

            var word = Word(k).ToLowerInvariant();
            if (word is "was" or "were" or "is" or "are" or "has" or "have" or "had")
            {
                return Word(k + 1).ToLowerInvariant() is "responsible" or "behind" or "believed" or "thought" or "suspected" or "blamed" or "claimed" or "posted" or "listed" or "demanded";
            }

            // "Akira listed the firm on its leak site", "Qilin posted samples": a gang's own extortion deeds.
            return AgentVerbs.Contains(word) || word is "listed" or "posted" or "published" or "leaked" or "claimed" or "demanded" or "added" or "began";
        }

        /// <summary>Whether the word at <paramref name="t"/> makes a preceding "… intelligence" an agent rather than a modifier ("intelligence officials").</summary>
        private bool IntelligenceAsAgent(int t) =>
            t >= _words.Length || Word(t) is "." or "," or ";" || Word(t).ToLowerInvariant() is "was" or "is" or "were" or "are" or "has" or "had" or "have"
                or "stole" or "carried" or "conducted" or "hacked" or "breached" or "targeted" or "attacked" or "orchestrated" or "infiltrated";

        private void TryActorPhrase(int i)
        {
            // [det] (modifier | country)* head — with at least one country; or head "linked to|backed by" country.
            var t = i;
            var determiner = Word(t) is "a" or "an" or "the" or "A" or "An" or "The";
            if (determiner)
            {
                t++;
            }

            // A quoted description ('a "foreign actor"', 'a "sophisticated state actor"') is still a description of the culprit.
            var quoted = determiner && IsQuote(t);
            if (quoted)
            {
                t++;
            }

            GazetteerEntry? country = null;
            GazetteerEntry? aligned = null;
            GazetteerEntry? language = null;
            string? actorType = null;
            var military = false;
            var modifiers = 0;
            while (t < _words.Length && SameSentence(i, t))
            {
                var word = Word(t);
                if (_countryAt[t] is not null && (word.EndsWith("-speaking", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-language", StringComparison.OrdinalIgnoreCase)))
                {
                    // "a Russian-speaking criminal gang": the language its members write in, not a state behind it.
                    language ??= _countryAt[t];
                    t = _countryEnd[t];
                    modifiers++;
                    continue;
                }

                if (_countryAt[t] is { } sympathy && (word.StartsWith("pro-", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-aligned", StringComparison.OrdinalIgnoreCase))
                    && country is null && aligned is null)
                {
                    // "a pro-Russian hacktivist group", "Pakistan-aligned hacktivists" side with a state; they are not that state.
                    aligned = sympathy;
                    t = _countryEnd[t];
                    modifiers++;
                    continue;
                }

                if (_countryAt[t] is { } c && (_countryAt[t - 1 < 0 ? 0 : t - 1] != c || t == i || (determiner && t == i + 1)))
                {
                    if (country is not null && country != c)
                    {
                        return;
                    }

                    country = c;
                    if (CompoundPrefix(word) is not null && word.EndsWith("-sponsored", StringComparison.OrdinalIgnoreCase) | word.EndsWith("-backed", StringComparison.OrdinalIgnoreCase))
                    {
                        actorType ??= "state-sponsored";
                    }

                    t = _countryEnd[t];
                    modifiers++;
                    continue;
                }

                // "Chinese government hackers": "government" before a head of attackers is a state modifier ("government services" is not).
                if (ActorModifiers.TryGetValue(word, out var implied)
                    || (word.Equals("government", StringComparison.OrdinalIgnoreCase) && country is not null
                        && Word(t + 1) is "hackers" or "spies" or "cyberspies" or "operatives" or "attackers" && (implied = "state-sponsored") is not null))
                {
                    if (implied is not null && (actorType is null || implied == "state-sponsored"))
                    {
                        actorType = implied;
                    }

                    military |= word.Equals("military", StringComparison.OrdinalIgnoreCase);
                    t++;
                    modifiers++;
                    if (word.Equals("intelligence", StringComparison.OrdinalIgnoreCase) && country is not null && IntelligenceAsAgent(t)
                        && !(i > 0 && (Word(i - 1) is "a" or "an" or "the" or "A" or "An" or "The" || _countryAt[i - 1] is not null) && !determiner))
                    {
                        // "Russian intelligence was behind the attack": the service itself as the actor.
                        AddActor(i, t, determiner, country, "state-sponsored", military);
                        return;
                    }

                    continue;
                }

                // "pro-Russian activists": siding with a state, activists who attack are hacktivists.
                if ((ActorHeads.TryGetValue(word, out var alignedType) || (word is "activists" or "activist" && (alignedType = "hacktivist") is not null))
                    && modifiers > 0 && country is null && aligned is not null)
                {
                    if (!determiner && i > 0 && (Word(i - 1) is "a" or "an" or "the" or "A" or "An" or "The" || ActorModifiers.ContainsKey(Word(i - 1))))
                    {
                        return;
                    }

                    var alignedEnd = ActorHeads.ContainsKey(Word(t + 1)) && Word(t) is "hacker" or "threat" ? t + 2 : t + 1;
                    AddActor(i, alignedEnd, determiner, null, actorType ?? alignedType ?? "hacktivist", military);
                    if (aligned.CountryCode is { } alignedCode && Table.Find("actor-desc:" + _text[(determiner ? _tokens[i + 1].Start : _tokens[i].Start).._tokens[alignedEnd - 1].End].ToLowerInvariant()) is { } sympathiser)
                    {
                        sympathiser.Attributes.TryAdd("aligned_with", alignedCode);
                    }

                    return;
                }

                if (ActorHeads.TryGetValue(word, out var quotedType) && quoted && country is null && t + 1 < _words.Length && IsQuote(t + 1))
                {
                    // 'a "foreign actor"': the quote ends after the head; a "foreign" or "state" modifier says nothing of the country.
                    AddActor(i, t + 2, determiner, null, actorType ?? quotedType, military);
                    return;
                }

                if (ActorHeads.TryGetValue(word, out var headType) && modifiers > 0 && (country is not null || (language is not null && aligned is null)))
                {
                    // "threat actor", "threat group", "hacking group": consume the whole head.
                    var end = t + 1;
                    if (ActorHeads.ContainsKey(Word(end)) && Word(t) is "hacker" or "threat")
                    {
                        end++;
                    }

                    // Only the phrase's start token creates it (avoid sub-phrases starting at the country).
                    if (!determiner && i > 0 && (Word(i - 1) is "a" or "an" or "the" or "A" or "An" or "The" || ActorModifiers.ContainsKey(Word(i - 1)) || _countryAt[i - 1] is not null))
                    {
                        return;
                    }

                    actorType ??= headType;
                    if (word.Equals("hackers", StringComparison.OrdinalIgnoreCase) && actorType is null && military)
                    {
                        actorType = "state-sponsored";
                    }

                    AddActor(i, end, determiner, country, actorType, military, language);
                    return;
                }

                if (ActorHeads.TryGetValue(word, out var linkedType) && country is null)
                {
                    TryLinkedActor(i, t, determiner, actorType ?? linkedType, military);

                    // "a financially motivated crime group", "a hacktivist collective": an indefinite description whose
                    // modifiers give the type is an actor without a country.
                    // "the work of state-sponsored hackers", "the work of financially motivated criminals": a bare plural whose
                    // modifiers give the type, as the agent.
                    if (((Word(i) is "a" or "an" or "A" or "An" && actorType is "criminal" or "hacktivist")
                            || (!determiner && i > 0 && Word(i - 1) is "of" or "by" && actorType is "state-sponsored" or "criminal" or "hacktivist"))
                        && modifiers > 0 && !Table.Overlaps(_tokens[i].Start, _tokens[t].End))
                    {
                        AddActor(i, t + 1, determiner, null, actorType, military);
                    }
                }

                return;
            }
        }

        private bool IsQuote(int t) => t < _words.Length && _words[t] is "\"" or "\u201c" or "\u201d" or "'" or "\u2018" or "\u2019";

        /// <summary>"hackers linked to Iran", "a group backed by the Russian state": the head, a link, then a country.</summary>
        private void TryLinkedActor(int first, int head, bool determiner, string? actorType, bool military)
        {
            var t = head + 1;
            string? implied = null;
            var linkWords = 0;
            for (var n = 4; n >= 1 && linkWords == 0; n--)
            {
                // "working on behalf of", "on behalf of", "linked to".
                var link = string.Join(' ', Enumerable.Range(t, n).Select(Word)).ToLowerInvariant();
                if (ActorLinks.TryGetValue(link, out implied) && SameSentence(head, t + n - 1))
                {
                    linkWords = n;
                }
            }

            if (linkWords == 0)
            {
                return;
            }

            t += linkWords;
            if (Word(t) is "a" or "an" && Word(t + 1) is "foreign" or "hostile" && Word(t + 2) is "government" or "state" or "power" or "country"
                && SameSentence(head, t + 2) && !(!determiner && first > 0 && (Word(first - 1) is "a" or "an" or "the" or "A" or "An" or "The" || ActorModifiers.ContainsKey(Word(first - 1)))))
            {
                // "Hackers backed by a foreign government": a state actor whose state the text does not name.
                AddActor(first, t + 3, determiner, null, "state-sponsored", military);
                return;
            }

            if (Word(t) is "the" or "The")
            {
                t++;
            }

            if (t < _words.Length && _countryAt[t] is null && SameSentence(head, t) && IsCapitalisedWord(t) && !CalendarWords.Contains(_words[t])
                && !NonNameStarters.Contains(_words[t]) && implied is null && Word(head).ToLowerInvariant() is "group" or "groups" or "hackers" or "actor" or "actors" or "collective" or "crew")
            {
                // "A hacking group linked to Hamas": a sponsor that is no state; the actor is described by the link alone.
                if (!determiner && first > 0 && (Word(first - 1) is "a" or "an" or "the" or "A" or "An" or "The" || ActorModifiers.ContainsKey(Word(first - 1))))
                {
                    return;
                }

                var sponsorEnd = t + 1;
                while (sponsorEnd < _words.Length && sponsorEnd - t < 4 && IsCapitalisedWord(sponsorEnd) && Adjacent(sponsorEnd) && SameSentence(t, sponsorEnd))
                {
                    sponsorEnd++;
                }

                var sponsor = _text[_tokens[t].Start.._tokens[sponsorEnd - 1].End];
                AddActor(first, sponsorEnd, determiner, null, actorType, military);
                var described = _text[(determiner ? _tokens[first + 1].Start : _tokens[first].Start).._tokens[sponsorEnd - 1].End].ToLowerInvariant();
                Table.Find("actor-desc:" + described)?.Attributes.TryAdd("linked_to", sponsor);
                return;
            }

            if (t >= _words.Length || _countryAt[t] is not { } country || !SameSentence(head, t))
            {
                return;
            }

            // Only the phrase's start token creates it.
            if (!determiner && first > 0 && (Word(first - 1) is "a" or "an" or "the" or "A" or "An" or "The" || ActorModifiers.ContainsKey(Word(first - 1))))
            {
                return;
            }

            var end = _countryEnd[t];
            if (Word(end) is "'s" or "\u2019s" && Word(end + 1) is "government" or "state" or "military" or "intelligence" or "regime")
            {
                end += 2;
                implied ??= "state-sponsored";
            }
            else if (Word(end) is "'s" or "\u2019s" && end + 1 < _words.Length
                && Table.StartingAt(_tokens[end + 1].Start, d => d.Kind is EntityKinds.GovernmentBody or EntityKinds.ThreatActor) is { } service)
            {
                // "hackers working for Russia's GRU": the state's service is part of the description.
                while (end < _words.Length && _tokens[end].End <= service.End)
                {
                    end++;
                }

                implied ??= "state-sponsored";
            }
            else if (Word(end) is "government" or "state" or "military" or "intelligence" or "regime")
            {
                // "hackers backed by the Chinese government".
                end++;
                implied ??= "state-sponsored";
            }

            AddActor(first, end, determiner, country, implied ?? actorType, military);
        }

        private void AddActor(int first, int end, bool determiner, GazetteerEntry? country, string? actorType, bool military, GazetteerEntry? language = null)
        {
            var charStart = _tokens[first].Start;
            var charEnd = _tokens[end - 1].End;
            var nameStart = determiner ? _tokens[first + 1].Start : charStart;

            // 'a "foreign actor"': the quotation marks are the text's, not the actor's name.
            var name = _text[nameStart..charEnd].Trim('"', '\u201c', '\u201d', '\'', '\u2018', '\u2019');
            var key = "actor-desc:" + name.ToLowerInvariant();
            var draft = Table.Find(key) ?? Table.GetOrAdd(key, EntityKinds.ThreatActor, name);
            if (country?.CountryCode is { } code)
            {
                draft.Attributes.TryAdd("country", code);
            }

            if (actorType is not null)
            {
                draft.Attributes.TryAdd("actor_type", actorType);
            }

            if (military)
            {
                draft.Attributes.TryAdd("affiliation", "military");
            }

            if (language?.CountryCode is { } spoken)
            {
                // The country whose language the actors use: a clue for an analyst, not the state accused.
                draft.Attributes.TryAdd("language_of", spoken);
            }

            draft.Attributes.TryAdd("descriptive", "true");
            Table.AddMention(draft, charStart, charEnd, MentionKind.Description);
        }
    }
}
