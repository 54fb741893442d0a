using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

// EntityRecognizer, part: Actors named by vendors' schemes ("APT41", "Storm-0558"), dubbed names, appositives and aliases.
public sealed partial class EntityRecognizer
{
    private sealed partial class Run
    {
        // ---- 2b. Actors named by vendors' schemes: "APT41", "Storm-0558", "Volt Typhoon" ----------------------------

        public void ActorCodeNames()
        {
            for (var i = 0; i < _words.Length; i++)
            {
                var word = _words[i];
                var start = _tokens[i].Start;
                int end;
                string? actorType;
                string? country = null;
                if (ActorCode(i) is { } code)
                {
                    (end, actorType) = code;
                }
                else if (i + 1 < _words.Length && ActorNameFamilies.TryGetValue(_words[i + 1], out var family) && Adjacent(i + 1)
                    && IsCapitalisedWord(i) && word.Length >= 3 && !NonNameStarters.Contains(word) && !StateWords.Contains(word)
                    && _countryAt[i] is null && SameSentence(i, i + 1))
                {
                    end = _tokens[i + 1].End;
                    (country, actorType) = family;
                }
                else
                {
                    continue;
                }

                if (Table.Overlaps(start, end))
                {
                    continue;
                }

                var name = _text[start..end];
                var draft = Table.Find("name:" + name) ?? Table.GetOrAdd("actor:" + name, EntityKinds.ThreatActor, name);
                if (country is not null)
                {
                    draft.Attributes.TryAdd("country", country);
                }

                if (actorType is not null)
                {
                    draft.Attributes.TryAdd("actor_type", actorType);
                }

                Table.AddMention(draft, start, end, MentionKind.Name);
            }
        }

        /// <summary>A tracking code starting at token <paramref name="i"/> ("APT41", "Storm-0558"): where it ends and the actor type its prefix implies.</summary>
        private (int End, string? ActorType)? ActorCode(int i)
        {
            var word = _words[i];
            foreach (var (prefix, actorType) in ActorCodePrefixes)
            {
                if (!word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                // "APT41" in one token, or "Storm" "-" "0558" / "APT" "41" split by the tokenizer.
                var digits = word[prefix.Length..];
                if (digits.Length is >= 1 and <= 4 && digits.All(char.IsAsciiDigit))
                {
                    return (_tokens[i].End, actorType);
                }

                var stem = prefix.TrimEnd('-', '_');
                if (digits.Length == 0 && word == stem && i + 1 < _words.Length)
                {
                    var next = i + 1;
                    if (prefix.EndsWith('-') || prefix.EndsWith('_'))
                    {
                        if (_words[next] != prefix[^1..] || !Adjacent(next))
                        {
                            continue;
                        }

                        next++;
                    }

                    if (next < _words.Length && Adjacent(next) && _words[next].Length is >= 1 and <= 4 && _words[next].All(char.IsAsciiDigit))
                    {
                        return (_tokens[next].End, actorType);
                    }
                }
            }

            return null;
        }

        // ---- 6. Actors: "the LockBit ransomware group", "a Chinese state-sponsored threat actor" ------------------------

        /// <summary>
        /// Names given in the text: "a loader, which we call Sandfly", "a backdoor dubbed Quartzite" (malware); "a cluster
        /// tracked as Ember Bear", "a group known as Cold River" (threat actors).
        /// </summary>
        public void DubbedNames()
        {
            for (var i = 1; i + 1 < _words.Length; i++)
            {
                var naming = _words[i] is "dubbed" or "named" or "called" or "codenamed" or "code-named"
                    || (_words[i] is "call" or "dub" or "track" && _words[i - 1] is "we" or "they" or "researchers" or "authorities" or "officials" or "investigators" or "agencies" or "analysts")
                    || (_words[i] is "calls" or "dubs" && _words[i - 1] is "it" or "which" or "company" or "firm")
                    || (_words[i] is "itself" or "themselves" && _words[i - 1] is "calling" or "calls" or "called" or "styling" or "styles" or "named" or "dubbed")
                    // "analysed the backdoor and named it TULIPSHELL": the object pronoun stands between the verb and the name.
                    || (_words[i] is "it" or "them" && _words[i - 1] is "named" or "dubbed" or "called" or "codenamed" or "nicknamed" or "call" or "calls" or "dub" or "dubs" or "christened")
                    ? 1
                    : _words[i] is "as" && (_words[i - 1] is "tracked" or "known" or "track" or "tracks" or "designated" or "identified"
                        || (i >= 3 && Enumerable.Range(i - 4, 3).Any(k => k >= 0 && _words[k] is "track" or "tracks" or "tracking") && SameSentence(i - 4 < 0 ? 0 : i - 4, i))
                        || (_words[i - 1] == "to" && i >= 2 && _words[i - 2] == "referred")) ? 1 : 0;
                // Given names may carry a hyphen ("TA-Rio", "Storm-Fox") where ordinary capitalised words may not.
                if (naming == 0 || _tokens[i + 1].Kind != TokenKind.Word || !char.IsUpper(_words[i + 1][0]) || !SameSentence(i, i + 1))
                {
                    continue;
                }

                // The noun being named, up to four words back (skipping "which we", "the", "tracked", "known").
                string? kind = null;
                var reach = 5;
                for (var k = i - 1; k >= Math.Max(0, i - reach) && SameSentence(k, i); k--)
                {
                    var word = _words[k].ToLowerInvariant();
                    if (word is "which" or "that" && k > 0 && _words[k - 1] == "," && reach == 5)
                    {
                        // "the backdoor used in the intrusion, which they call REEFSHELL": the noun stands before the participle phrase.
                        reach = i - k + 7;
                    }

                    if (NamedMalwareNouns.Contains(word))
                    {
                        kind = EntityKinds.Malware;
                        break;
                    }

                    if (ActorHeads.ContainsKey(word) || word is "cluster" or "threat" or "activity")
                    {
                        kind = EntityKinds.ThreatActor;
                        break;
                    }
                }

                if (kind is null)
                {
                    continue;
                }

                if (NameAfter(i) is not { } found)
                {
                    if (kind == EntityKinds.ThreatActor && _words[i] is "itself" or "themselves"
                        && Table.StartingAt(_tokens[i + 1].Start, d => d.Kind == EntityKinds.Organization) is { Draft: var selfNamed })
                    {
                        // "A group calling itself Crescent Ghost Army": a self-chosen name is the group's, whatever its head word.
                        selfNamed.Kind = EntityKinds.ThreatActor;
                    }

                    if (kind == EntityKinds.ThreatActor && i + 1 < _words.Length
                        && Table.StartingAt(_tokens[i + 1].Start, d => d.Kind == EntityKinds.ThreatActor && !d.Attributes.ContainsKey("country")) is { Draft: var known })
                    {
                        // "a Nigerian fraud ring it tracks as Silver Jackal" where a naming scheme already knows the name.
                        DescribedCountry(known, i);
                    }

                    if (kind == EntityKinds.ThreatActor && _words[i] == "as"
                        && Table.StartingAt(_tokens[i + 1].Start, d => d.Kind == EntityKinds.ThreatActor) is { Draft: var aliasDraft }
                        && AppositiveOwner(i) is { } aliasOwner && aliasOwner != aliasDraft)
                    {
                        // "TraderTraitor, a cluster … also tracked as Jade Sleet" where the gazetteer or a naming scheme knows the alias.
                        foreach (var key in (string[])["country", "actor_type"])
                        {
                            if (aliasDraft.Attributes.TryGetValue(key, out var value))
                            {
                                aliasOwner.Attributes.TryAdd(key, value);
                            }
                        }

                        if (!aliasOwner.Aliases.Contains(aliasDraft.Name, StringComparer.Ordinal))
                        {
                            aliasOwner.Aliases.Add(aliasDraft.Name);
                        }
                    }

                    continue;
                }

                var (end, start, stop) = found;

                var name = _text[start..stop];
                var draft = Table.Find("name:" + name) ?? Table.GetOrAdd((kind == EntityKinds.Malware ? "malware:" : "actor:") + name, kind, name);
                if (kind == EntityKinds.ThreatActor && _words[i] is "itself" or "themselves" && draft.Kind == EntityKinds.Organization)
                {
                    draft.Kind = EntityKinds.ThreatActor;
                }
                if (kind == EntityKinds.ThreatActor && _words[i] == "as" && AppositiveOwner(i) is { } owner)
                {
                    // "TraderTraitor, a cluster of North Korean operators also tracked as Jade Sleet": the second name is an
                    // alias of the name the appositive describes.
                    draft = owner;
                }

                Table.Link("name:" + name, draft);
                Table.AddMention(draft, start, stop, MentionKind.Name);
                // "a Chinese state-backed group that Japanese authorities call Paper Crane": the namers are no part of the description.
                var namers = _words[i] is "call" or "dub" or "track" && _words[i - 1] is not ("we" or "they" or "researchers")
                    ? Enumerable.Range(Math.Max(0, i - 5), 5).LastOrDefault(k => _words[k] is "that" or "which", -1) : -1;
                if (kind == EntityKinds.ThreatActor && namers < 0 && ServiceInDescription(i) is { } service)
                {
                    // "a GRU unit, known as Unit 29155": a unit of a state's service is a state-sponsored actor of that state.
                    draft.Attributes.TryAdd("country", service);
                    draft.Attributes.TryAdd("actor_type", "state-sponsored");
                }

                if (kind == EntityKinds.ThreatActor && DescribedActorType(i) is { } actorType)
                {
                    // "a financially motivated group it tracks as TA-Rio".
                    draft.Attributes.TryAdd("actor_type", actorType);
                }

                if (kind == EntityKinds.ThreatActor)
                {
                    DescribedCountry(draft, namers > 0 ? namers : i);
                }

                LaterUses(draft, name, _words[i + 1], end);
            }
        }

        /// <summary>
        /// The actor an appositive that ends in a naming word describes: "X, a cluster of … operators also tracked as" → X
        /// (created as a threat actor unless it is already something else).
        /// </summary>
        private EntityTable.Draft? AppositiveOwner(int naming)
        {
            for (var comma = naming - 1; comma >= 1 && naming - comma <= 10 && SameSentence(comma, naming); comma--)
            {
                if (_words[comma] != ",")
                {
                    continue;
                }

                if (Word(comma + 1) is not ("a" or "an" or "the") || _tokens[comma - 1].Kind != TokenKind.Word || !char.IsUpper(_words[comma - 1][0]))
                {
                    return null;
                }

                var first = comma - 1;
                while (first > 0 && first > comma - 3 && IsCapitalisedWord(first - 1) && Adjacent(first) && SameSentence(first - 1, comma)
                    && !NonNameStarters.Contains(_words[first - 1]) && !AttackObjectVerbs.Contains(_words[first - 1]))
                {
                    first--;
                }

                if (NonNameStarters.Contains(_words[first]) || _countryAt[first] is not null || CalendarWords.Contains(_words[first]))
                {
                    return null;
                }

                var start = _tokens[first].Start;
                var stop = _tokens[comma - 1].End;
                var ownerName = _text[start..stop];
                var known = Table.Find("name:" + ownerName) ?? Table.Find("actor:" + ownerName);
                if (known is not null && known.Kind != EntityKinds.ThreatActor)
                {
                    return null;
                }

                if (known is null && Table.Overlaps(start, stop))
                {
                    return null;
                }

                var owner = known ?? Table.GetOrAdd("actor:" + ownerName, EntityKinds.ThreatActor, ownerName);
                Table.Link("name:" + ownerName, owner);
                Table.AddMention(owner, start, stop, MentionKind.Name);
                LaterUses(owner, ownerName, _words[first], comma);
                return owner;
            }

            return null;
        }

        /// <summary>
        /// "an Iranian hacktivist group calling itself Cyber Toufan": the country of the description just before the naming
        /// word (or, for "pro-Iranian", the country it sides with) is the named group's.
        /// </summary>
        private void DescribedCountry(EntityTable.Draft draft, int namingWord)
        {
            var described = Table.RawMentions.LastOrDefault(m => m.Draft.Kind == EntityKinds.ThreatActor && m.Draft.Attributes.ContainsKey("descriptive")
                && m.End <= _tokens[namingWord].Start && _tokens[namingWord].Start - m.End <= 24
                && SameSentence(TokenStartingAt(m.Start) is var d and >= 0 ? d : namingWord, namingWord));
            foreach (var key in (string[])["country", "aligned_with", "actor_type"])
            {
                if (described.Draft is not null && described.Draft.Attributes.TryGetValue(key, out var describedValue))
                {
                    draft.Attributes.TryAdd(key, describedValue);
                }
            }
        }

        /// <summary>Later bare uses of a name the text introduced ("… dubbed Quartzite" … "Quartzite contacted …").</summary>
        private void LaterUses(EntityTable.Draft draft, string name, string firstWord, int from)
        {
            for (var t = from; t < _words.Length; t++)
            {
                if (_words[t] == firstWord && _text.AsSpan(_tokens[t].Start).StartsWith(name, StringComparison.Ordinal)
                    && !Table.Overlaps(_tokens[t].Start, _tokens[t].Start + name.Length))
                {
                    Table.AddMention(draft, _tokens[t].Start, _tokens[t].Start + name.Length, MentionKind.Name);
                }
            }
        }

        /// <summary>The country of a state body named in the few words before a naming word ("a GRU unit, known as").</summary>
        private string? ServiceInDescription(int namingWord)
        {
            for (var k = Math.Max(0, namingWord - 6); k < namingWord; k++)
            {
                if (SameSentence(k, namingWord) && Table.StartingAt(_tokens[k].Start, d => d.Kind == EntityKinds.GovernmentBody && d.Attributes.ContainsKey("country")) is { } body
                    && body.End <= _tokens[namingWord].Start)
                {
                    return body.Draft.Attributes["country"];
                }
            }

            return null;
        }

        /// <summary>The actor type the words before a naming verb give ("a financially motivated group it tracks as …").</summary>
        private string? DescribedActorType(int namingWord)
        {
            for (var k = namingWord - 1; k >= Math.Max(0, namingWord - 7) && SameSentence(k, namingWord); k--)
            {
                var word = _words[k].ToLowerInvariant();
                if (word == "motivated" && k > 0 && _words[k - 1].Equals("financially", StringComparison.OrdinalIgnoreCase))
                {
                    return "criminal";
                }

                if (ActorModifiers.TryGetValue(word, out var type) && type is not null && word is not ("threat" or "espionage" or "intelligence"))
                {
                    return type;
                }
            }

            return null;
        }

        /// <summary>
        /// Families the gazetteer does not know, named by the noun after them: "the Zorbax ransomware", "the Quillfire
        /// information stealer", "Pennant malware". Platforms ("Android malware") and states ("Russian malware") are not names.
        /// </summary>
        public void MalwareNames()
        {
            for (var i = 0; i + 1 < _words.Length; i++)
            {
                if (!IsCapitalisedWord(i) || _countryAt[i] is not null || NonNameStarters.Contains(_words[i]) || CalendarWords.Contains(_words[i])
                    || MalwarePlatformWords.Contains(_words[i]) || (i > 0 && IsCapitalisedWord(i - 1) && !NonNameStarters.Contains(_words[i - 1]) && Adjacent(i) && SameSentence(i - 1, i)))
                {
                    continue;
                }

                var end = i + 1;
                if (end < _words.Length && IsCapitalisedWord(end) && Adjacent(end) && SameSentence(i, end) && !MalwarePlatformWords.Contains(_words[end]))
                {
                    end++;
                }

                var noun = end < _words.Length && SameSentence(i, end) ? _words[end].ToLowerInvariant() : string.Empty;
                if (noun == "information" && end + 1 < _words.Length && _words[end + 1] == "stealer")
                {
                    noun = "stealer";
                }
                else if (MalwarePurposeWords.Contains(noun) && end + 1 < _words.Length && SameSentence(i, end + 1))
                {
                    // "the Grandoreiro banking trojan", "the Vexa credential stealer": a purpose word between the name and the noun.
                    noun = _words[end + 1].ToLowerInvariant();
                }

                if (!MalwareNounTypes.TryGetValue(noun, out var malwareType) || (i == _sentences[_sentenceOf[i]].FirstToken && end - i == 1 && ActorHeads.ContainsKey(_words[i].ToLowerInvariant())))
                {
                    continue;
                }

                var start = _tokens[i].Start;
                var stop = _tokens[end - 1].End;
                if (Table.Overlaps(start, stop))
                {
                    continue;
                }

                var name = _text[start..stop];
                var draft = Table.Find("name:" + name) ?? Table.GetOrAdd("malware:" + name, EntityKinds.Malware, name);
                Table.Link("name:" + name, draft);
                draft.Attributes.TryAdd("malware_type", malwareType);
                if (malwareType == "ransomware")
                {
                    draft.Attributes.TryAdd("operator_type", "criminal");
                }

                Table.AddMention(draft, start, stop, MentionKind.Name);
                LaterUses(draft, name, _words[i], end);
            }
        }

        /// <summary>
        /// "MirrorFace, a group it believes is linked to China, …": an unknown name whose appositive opens with an actor head
        /// names a threat actor; a country in the appositive (to its closing comma) is the actor's.
        /// </summary>
        private void NamedByActorAppositive()
        {
            for (var comma = 1; comma + 2 < _words.Length; comma++)
            {
                if (_words[comma] != "," || Word(comma + 1) is not ("a" or "an" or "the") || !SameSentence(comma - 1, comma + 2)
                    || _tokens[comma - 1].Kind != TokenKind.Word || !char.IsUpper(_words[comma - 1][0]))
                {
                    continue;
                }

                // [a|an|the] (modifier)* head, within three words.
                var head = comma + 2;
                while (head < _words.Length && head - comma <= 4 && (ActorModifiers.ContainsKey(_words[head]) || _countryAt[head] is not null))
                {
                    head++;
                }

                if (head >= _words.Length || !ActorHeads.ContainsKey(_words[head]) || _words[head] is "team" or "unit" or "operators" or "actors")
                {
                    continue;
                }

                var first = comma - 1;
                while (first > 0 && comma - first < 3 && IsCapitalisedWord(first - 1) && Adjacent(first) && SameSentence(first - 1, comma)
                    && !NonNameStarters.Contains(_words[first - 1]))
                {
                    first--;
                }

                var start = _tokens[first].Start;
                var stop = _tokens[comma - 1].End;
                if (CitedSource(first) || Table.Overlaps(start, stop) || _countryAt[first] is not null || NonNameStarters.Contains(_words[first]) || CalendarWords.Contains(_words[first])
                    || Enumerable.Range(first, comma - first).Any(k => OrganizationHeads.Contains(_words[k]) || GovernmentHeads.Contains(_words[k])))
                {
                    continue;
                }

                var name = _text[start..stop];
                var draft = Table.Find("actor:" + name) ?? Table.GetOrAdd("actor:" + name, EntityKinds.ThreatActor, name);
                Table.Link("name:" + name, draft);
                Table.AddMention(draft, start, stop, MentionKind.Name);
                for (var k = comma + 2; k < _words.Length && k - comma <= 14 && SameSentence(comma, k) && _words[k] is not ("," or ";"); k++)
                {
                    // The country modifies the head ("a Chinese group") or follows a link ("linked to China", "based in the
                    // Chinese city of …"); "a crew that hit two Spanish utilities" names its victims' country, not its own.
                    var linked = k < head || Word(k - 1) is "to" or "in" or "from" or "by" or "for" or "of" or "with"
                        || (Word(k - 1) is "the" && Word(k - 2) is "to" or "in" or "from" or "by" or "for" or "of" or "with");
                    if (linked && _countryAt[k]?.CountryCode is { } code && !_words[k].StartsWith("pro-", StringComparison.OrdinalIgnoreCase))
                    {
                        draft.Attributes.TryAdd("country", code);
                        break;
                    }
                }

                if (ActorHeads.TryGetValue(_words[head], out var headType) && headType is not null)
                {
                    draft.Attributes.TryAdd("actor_type", headType);
                }

                LaterUses(draft, name, _words[first], comma);
            }
        }

        /// <summary>
        /// "According to the Harbour Ledger, the hackers …", "as reported by Nordic Wire, the attackers …": the name before the
        /// comma is who tells it, not an appositive's subject.
        /// </summary>
        private bool CitedSource(int first)
        {
            var k = Word(first - 1).Equals("the", StringComparison.OrdinalIgnoreCase) ? first - 2 : first - 1;
            var before = Word(k).ToLowerInvariant();
            var twoBefore = Word(k - 1).ToLowerInvariant();
            return (before == "to" && twoBefore == "according") || (before == "by" && twoBefore is "reported" or "published" or "cited")
                || before is "citing" or "told";
        }

        private static readonly HashSet<string> s_gangHeadsAfterName = new(StringComparer.Ordinal) { "gang", "crew", "cartel", "syndicate" };

        private static readonly Dictionary<string, string> s_gangTypeWords = new(StringComparer.Ordinal)
        {
            ["hacktivist"] = "hacktivist", ["ransomware"] = "criminal", ["extortion"] = "criminal", ["cybercrime"] = "criminal",
            ["cybercriminal"] = "criminal", ["criminal"] = "criminal", ["hacking"] = "criminal", ["hacker"] = "criminal",
        };

        /// <summary>
        /// "the Kraken Locker gang", "the hacktivist group Rook Collective": an unknown capitalised name before a gang head, or
        /// after "the|a &lt;type&gt; group|gang|collective|crew", names a threat actor (criminal, or hacktivist by its type word).
        /// </summary>
        private void NamedByGangHead()
        {
            for (var i = 0; i + 2 < _words.Length; i++)
            {
                if (_words[i] is not ("the" or "The" or "a" or "A"))
                {
                    continue;
                }

                int first, last;
                string actorType;
                if (IsCapitalisedWord(i + 1) && _words[i] is "the" or "The")
                {
                    // "the Kraken Locker gang".
                    last = i + 1;
                    while (last + 1 < _words.Length && last - i < 3 && IsCapitalisedWord(last + 1) && Adjacent(last + 1) && SameSentence(i, last + 1))
                    {
                        last++;
                    }

                    if (last + 1 >= _words.Length || !s_gangHeadsAfterName.Contains(_words[last + 1]) || !SameSentence(i, last + 1))
                    {
                        continue;
                    }

                    first = i + 1;
                    actorType = "criminal";
                }
                else if (i + 3 < _words.Length && s_gangTypeWords.TryGetValue(_words[i + 1], out var typed)
                    && _words[i + 2] is "group" or "gang" or "collective" or "crew" && IsCapitalisedWord(i + 3) && SameSentence(i, i + 3))
                {
                    // "the hacktivist group Rook Collective".
                    first = last = i + 3;
                    while (last + 1 < _words.Length && last - first < 2 && IsCapitalisedWord(last + 1) && Adjacent(last + 1) && SameSentence(i, last + 1))
                    {
                        last++;
                    }

                    actorType = typed;
                }
                else
                {
                    continue;
                }

                var start = _tokens[first].Start;
                var stop = _tokens[last].End;
                if (Table.Overlaps(start, stop) || _countryAt[first] is not null || NonNameStarters.Contains(_words[first]) || CalendarWords.Contains(_words[first]))
                {
                    continue;
                }

                var name = _text[start..stop];
                var draft = Table.Find("name:" + name) ?? Table.GetOrAdd("actor:" + name, EntityKinds.ThreatActor, name);
                if (draft.Kind != EntityKinds.ThreatActor)
                {
                    continue;
                }

                Table.Link("name:" + name, draft);
                draft.Attributes.TryAdd("actor_type", actorType);
                Table.AddMention(draft, start, stop, MentionKind.Name);
                LaterUses(draft, name, _words[first], last + 1);
            }
        }

        /// <summary>"UTA0178, a suspected Chinese nation-state threat actor": the description's country and type describe the named actor.</summary>
        public void ActorAppositives()
        {
            NamedByActorAppositive();
            NamedByGangHead();

            var descriptions = Table.RawMentions
                .Where(m => m.Draft.Kind == EntityKinds.ThreatActor && m.Draft.Attributes.ContainsKey("descriptive"))
                .OrderBy(m => m.Start)
                .ToList();
            foreach (var description in descriptions)
            {
                NamedAfterDescription(description.Draft, description.End);
            }

            var starts = descriptions.Select(m => m.Start).ToList();
            foreach (var (_, end, named, how) in Table.RawMentions.ToList())
            {
                if (named.Kind != EntityKinds.ThreatActor || named.Attributes.ContainsKey("descriptive") || how == MentionKind.Coreference)
                {
                    continue;
                }

                LinkedByAppositive(named, end);
                var first = starts.BinarySearch(end);
                for (var k = first >= 0 ? first : ~first; k < descriptions.Count && descriptions[k].Start - end <= 8; k++)
                {
                    var (start, _, described, _) = descriptions[k];
                    var between = _text[end..start];
                    if (between is ", " or ", a " or ", an " or ", the " || (between.StartsWith(", ", StringComparison.Ordinal) && between.Trim(',', ' ').Length == 0))
                    {
                        foreach (var key in (string[])["country", "actor_type"])
                        {
                            if (described.Attributes.TryGetValue(key, out var value))
                            {
                                named.Attributes.TryAdd(key, value);
                            }
                        }
                    }
                }
            }
        }

        /// <summary>
        /// "a different Iranian group, Copper Mirage, noting …": an unknown capitalised name in apposition after an actor's
        /// description names that actor, with the description's country and type.
        /// </summary>
        private void NamedAfterDescription(EntityTable.Draft described, int end)
        {
            var first = end + 2 <= _text.Length && _text.AsSpan(end).StartsWith(", ", StringComparison.Ordinal) ? TokenStartingAt(end + 2) : -1;
            if (first < 1 || Word(first - 1) != "," || !IsCapitalisedWord(first) || _countryAt[first] is not null || NonNameStarters.Contains(_words[first])
                || CalendarWords.Contains(_words[first]))
            {
                return;
            }

            var last = first;
            while (last + 1 < _words.Length && last - first < 2 && IsCapitalisedWord(last + 1) && Adjacent(last + 1) && SameSentence(first, last + 1))
            {
                last++;
            }

            if (Word(last + 1) is not ("," or "." or ";") || !SameSentence(first, last)
                || Enumerable.Range(first, last - first + 1).Any(k => OrganizationHeads.Contains(_words[k]) || GovernmentHeads.Contains(_words[k]) || PersonTitles.Contains(_words[k])))
            {
                return;
            }

            var start = _tokens[first].Start;
            var stop = _tokens[last].End;
            if (Table.Overlaps(start, stop))
            {
                return;
            }

            var name = _text[start..stop];
            var draft = Table.Find("actor:" + name) ?? Table.GetOrAdd("actor:" + name, EntityKinds.ThreatActor, name);
            Table.Link("name:" + name, draft);
            Table.AddMention(draft, start, stop, MentionKind.Name);
            foreach (var key in (string[])["country", "actor_type"])
            {
                if (described.Attributes.TryGetValue(key, out var value))
                {
                    draft.Attributes.TryAdd(key, value);
                }
            }

            LaterUses(draft, name, _words[first], last + 1);
        }

        /// <summary>
        /// "UAC-0002, a group it links to Russia's GRU," and "UAC-0002, better known as Sandworm": an appositive that ties a
        /// code name to a state, or to a known group, gives the code name that state.
        /// </summary>
        private void LinkedByAppositive(EntityTable.Draft named, int end)
        {
            if (named.Attributes.ContainsKey("country") || named.Attributes.ContainsKey("aligned_with"))
            {
                return;
            }

            var t = TokenStartingAt(end + 2 <= _text.Length && _text.AsSpan(end).StartsWith(", ") ? end + 2 : -1);
            if (t < 1 || Word(t - 1) != ",")
            {
                return;
            }

            var k = t;
            if (BetterKnownAs(named, k))
            {
                return;
            }

            if (Word(k) is not ("a" or "an" or "the") || !SameSentence(t, k + 8))
            {
                return;
            }

            // ", a group it links to Russia's GRU", ", a cluster that researchers tie to China".
            for (var j = k + 1; j < k + 12 && SameSentence(t, j); j++)
            {
                if (Word(j) is "," or ";")
                {
                    // "UAC-0002, a group it links to Russia's GRU, better known as Sandworm".
                    BetterKnownAs(named, j + 1);
                    return;
                }

                if (Word(j) is "links" or "linked" or "ties" or "tied" or "attributes" or "attributed" or "connects" or "connected" or "associates" or "associated"
                    && Word(j + 1) is "to" or "with" && _countryAt[j + 2] is { CountryCode: { } code })
                {
                    named.Attributes["country"] = code;
                    named.Attributes.TryAdd("actor_type", "state-sponsored");
                }
            }
        }

        /// <summary>", better known as Sandworm" at token <paramref name="k"/>: the known group's name is an alias and its state the code name's.</summary>
        private bool BetterKnownAs(EntityTable.Draft named, int k)
        {
            if (!(Word(k) is "better" or "also" or "more" && Word(k + 1) == "known" && Word(k + 2) == "as") || k + 3 >= _tokens.Count)
            {
                return false;
            }

            var aliasStart = _tokens[k + 3].Start;
            var known = Table.RawMentions.FirstOrDefault(m => m.Start == aliasStart && m.Draft.Kind == EntityKinds.ThreatActor && m.Draft != named);
            if (known.Draft is { } knownDraft && !named.Aliases.Contains(knownDraft.Name, StringComparer.Ordinal))
            {
                // The better-known name is another name of the same group.
                named.Aliases.Add(knownDraft.Name);
            }

            if (known.Draft?.Attributes.GetValueOrDefault("country") is { } knownCountry)
            {
                named.Attributes.TryAdd("country", knownCountry);
                named.Attributes.TryAdd("actor_type", known.Draft.Attributes.GetValueOrDefault("actor_type") ?? "state-sponsored");
            }

            return true;
        }
    }
}
