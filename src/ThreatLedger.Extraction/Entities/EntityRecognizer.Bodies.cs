using System.Globalization;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

// EntityRecognizer, part: Facilities ("the port of Rotterdam") and government bodies ("the Japanese government", "China's foreign ministry").
public sealed partial class EntityRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// A body whose name several states use ("National Cyber Security Centre": the UK's, Ireland's, New Zealand's, …; the
        /// gazetteer's <c>shared</c> attribute lists the others) belongs to the state the rest of the text points to: when
        /// no country mention, demonym, capital or other state body of the text is the gazetteer's country and one of the
        /// sharing states has the most of them ("the Data Protection Commission", "New Zealand councils"), the body is
        /// that state's. A possessive owner ("Ireland's National Cyber Security Centre") was already decided at the match.
        /// </summary>
        public void SharedBodyNames()
        {
            Dictionary<string, int>? evidence = null;
            foreach (var draft in Table.Drafts)
            {
                if (draft.Source?.AttributeList("shared") is not { Count: > 0 } shared || draft.Key.Contains('@', StringComparison.Ordinal)
                    || draft.Attributes.GetValueOrDefault("country") is not { } home || draft.Source.Attribute("country") != home)
                {
                    continue;
                }

                evidence ??= CountryEvidence();
                if (evidence.GetValueOrDefault(home) > 0)
                {
                    continue;
                }

                var best = shared.Where(evidence.ContainsKey).OrderByDescending(c => evidence[c]).FirstOrDefault();
                if (best is not null)
                {
                    draft.Attributes["country"] = best;
                }
            }
        }

        /// <summary>Mentions per country code: countries (names, demonyms, capitals) and state bodies bound to one country.</summary>
        private Dictionary<string, int> CountryEvidence()
        {
            var evidence = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var draft in Table.Drafts)
            {
                if (draft.Kind is not (EntityKinds.Country or EntityKinds.GovernmentBody) || draft.MentionCount == 0
                    || draft.Source?.AttributeList("shared") is { Count: > 0 } || draft.Attributes.GetValueOrDefault("country") is not { } code)
                {
                    continue;
                }

                evidence[code] = evidence.GetValueOrDefault(code) + draft.MentionCount;
            }

            return evidence;
        }

        // ---- 4. Facilities: "the port of Rotterdam" -----------------------------------------------------------------

        public void FacilityNames()
        {
            for (var i = 0; i + 2 < _words.Length; i++)
            {
                if (!FacilityHeads.TryGetValue(_words[i], out var sector) || _words[i + 1] != "of" || !IsCapitalisedWord(i + 2) || !SameSentence(i, i + 2))
                {
                    continue;
                }

                var end = i + 3;
                while (end < _words.Length && SameSentence(i, end) && Adjacent(end))
                {
                    if (IsCapitalisedWord(end))
                    {
                        end++;
                    }
                    else if (Word(end) is "de" or "del" or "do" or "da" or "dos" or "das" or "la" or "los" or "las" or "el" or "y" && end + 1 < _words.Length
                        && IsCapitalisedWord(end + 1) && SameSentence(i, end + 1) && Adjacent(end + 1))
                    {
                        // "the municipality of Villa del Cerro", "the city of São José dos Campos".
                        end += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                var charStart = _tokens[i].Start;
                var charEnd = _tokens[end - 1].End;
                if (Table.Covers(charStart, charEnd))
                {
                    continue;
                }

                var place = _text[_tokens[i + 2].Start..charEnd];
                var headWord = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(_words[i].ToLowerInvariant());
                var name = headWord + " of " + place;
                var kind = sector == "government-local" ? EntityKinds.GovernmentBody : EntityKinds.Organization;
                var draft = Table.GetOrAdd("name:" + name, kind, name);
                if (sector is not null)
                {
                    draft.Attributes.TryAdd("sector", sector);
                }

                // "the port of Rotterdam" (a known city), "the town of Lindenfeld in Hesse", "the city of Kessel, Germany".
                if ((_countryAt[i + 2] ?? PlaceCountry(i + 2) ?? (Word(end) == "in" && end + 1 < _words.Length && SameSentence(end, end + 1) ? PlaceCountry(end + 1) : null)
                    ?? (Word(end) == "," && end + 1 < _words.Length && SameSentence(end, end + 1) ? _countryAt[end + 1] : null)) is { } country && country.CountryCode is { } code)
                {
                    draft.Attributes.TryAdd("country", code);
                }

                Table.AddMention(draft, charStart, charEnd, MentionKind.Name);
            }
        }

        // ---- 5. "the Japanese government", "China's foreign ministry" --------------------------------------------------

        public void CountryGovernments()
        {
            for (var i = 0; i < _words.Length; i++)
            {
                if (_countryAt[i] is not { } country || (i > 0 && _countryAt[i - 1] == country))
                {
                    continue;
                }

                var after = _countryEnd[i];
                if (Word(after) is "'s" or "\u2019s" or "'" or "\u2019")
                {
                    after++;
                }

                for (var length = 3; length >= 1; length--)
                {
                    if (after + length > _words.Length || !SameSentence(i, after + length - 1))
                    {
                        continue;
                    }

                    var phrase = string.Join(' ', _words[after..(after + length)]);
                    if (!GovernmentDescriptions.TryGetValue(phrase, out var canonical) || !char.IsLower(_words[after][0]))
                    {
                        continue;
                    }

                    // "Chinese military hackers" is an actor, not the military.
                    var following = Word(after + length);
                    if (ActorHeads.ContainsKey(following) || ActorModifiers.ContainsKey(following))
                    {
                        break;
                    }

                    var charStart = _tokens[i].Start;
                    var charEnd = _tokens[after + length - 1].End;
                    if (Table.Overlaps(charStart, charEnd))
                    {
                        break;
                    }

                    var code = country.CountryCode ?? country.Name;
                    if (canonical == "cybersecurity agency" && SalientBody(code, charStart) is { } existing)
                    {
                        Table.AddMention(existing, charStart, charEnd, MentionKind.Coreference);
                        break;
                    }

                    var key = "gov:" + code + ":" + canonical;
                    var name = canonical switch
                    {
                        "government" => "Government of " + country.Name,
                        "ministry of foreign affairs" => "Ministry of Foreign Affairs of " + country.Name,
                        "ministry of defence" => "Ministry of Defence of " + country.Name,
                        _ => _text[charStart..charEnd],
                    };
                    var draft = Table.Find(key) ?? Table.GetOrAdd(key, EntityKinds.GovernmentBody, name);
                    draft.Attributes.TryAdd("country", code);
                    draft.Attributes.TryAdd("sector", canonical is "military" or "defence forces" or "navy" or "army" or "ministry of defence" ? "defense" : "government-national");
                    Table.AddMention(draft, charStart, charEnd, MentionKind.Description);
                    break;
                }
            }

            BareMinistries();
            CountrylessMinistries();
        }

        /// <summary>
        /// "The Estonian government … against the Ministry of Foreign Affairs": a ministry named by its generic title and no
        /// country takes the country of the government body or country named last before it in its paragraph (so two
        /// states' foreign ministries never look alike). Countries that only describe an actor ("Russian hackers") and
        /// bodies named after it do not count.
        /// </summary>
        private void CountrylessMinistries()
        {
            foreach (var draft in Table.Drafts)
            {
                if (draft.Kind != EntityKinds.GovernmentBody || draft.Attributes.ContainsKey("country")
                    || !draft.Name.StartsWith("Ministry of ", StringComparison.Ordinal) || draft.FirstStart == int.MaxValue)
                {
                    continue;
                }

                var named = CountryEarlierInParagraph(Math.Max(0, TokenStartingAt(draft.FirstStart)));
                var (code, codeAt) = named is { } n ? (n.Country.CountryCode ?? n.Country.Name, _tokens[n.Token].Start) : (null, -1);
                var paragraph = ParagraphStart(draft.FirstStart);
                foreach (var other in Table.Drafts)
                {
                    if (other.Kind == EntityKinds.GovernmentBody && other.FirstStart >= paragraph && other.FirstStart < draft.FirstStart
                        && other.FirstStart > codeAt && other.Attributes.GetValueOrDefault("country") is { } bodyCountry)
                    {
                        (code, codeAt) = (bodyCountry, other.FirstStart);
                    }
                }

                if (code is not null)
                {
                    draft.Attributes["country"] = code;
                }
            }
        }

        /// <summary>
        /// "the breach of the foreign ministry's email system" in a report on Slovakia: a bare ministry whose country the
        /// text does not repeat belongs to the country named last before it in its paragraph (not a country that only
        /// describes an actor, as in "Russian hackers").
        /// </summary>
        private void BareMinistries()
        {
            for (var i = 0; i + 2 < _words.Length; i++)
            {
                if (_words[i] is not ("the" or "The") || (i > 0 && _countryAt[i - 1] is not null))
                {
                    continue;
                }

                var length = _words[i + 2] is "ministry" or "Ministry" ? 2 : _words[i + 1] is "ministry" && _words[i + 2] is "of" ? 0 : -1;
                if (length <= 0 || !GovernmentDescriptions.TryGetValue(_words[i + 1] + " " + _words[i + 2], out var canonical)
                    || !canonical.StartsWith("ministry", StringComparison.Ordinal) || !char.IsLower(_words[i + 1][0]))
                {
                    continue;
                }

                var charStart = _tokens[i].Start;
                var charEnd = _tokens[i + 2].End;
                if (Table.Overlaps(charStart, charEnd))
                {
                    continue;
                }

                // The country named before it in its paragraph, else later in its sentence ("at the interior ministry, Latvian
                // officials said"), else the first one the text names before it; a text that names none still has a ministry.
                var country = (CountryEarlierInParagraph(i) ?? CountryLaterInSentence(i) ?? CountryEarlierInText(i))?.Country;
                var surface = _text[_tokens[i + 1].Start..charEnd];
                var code = country is null ? null : country.CountryCode ?? country.Name;
                var key = "gov:" + (code ?? string.Empty) + ":" + canonical;
                var name = (canonical, country) switch
                {
                    ("ministry of foreign affairs", { } c) => "Ministry of Foreign Affairs of " + c.Name,
                    ("ministry of defence", { } c) => "Ministry of Defence of " + c.Name,
                    (_, { } c) => surface + " of " + c.Name,
                    _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(canonical).Replace(" Of ", " of ", StringComparison.Ordinal).Replace(" The ", " the ", StringComparison.Ordinal),
                };
                var draft = Table.Find(key) ?? Table.GetOrAdd(key, EntityKinds.GovernmentBody, name);
                if (code is not null)
                {
                    draft.Attributes.TryAdd("country", code);
                }

                draft.Attributes.TryAdd("sector", canonical == "ministry of defence" ? "defense" : "government-national");
                var generic = surface.ToLowerInvariant();
                if (!draft.Name.Contains(generic, StringComparison.OrdinalIgnoreCase) && !draft.Aliases.Contains(generic, StringComparer.Ordinal))
                {
                    // The text's own words ("foreign ministry") stay findable beside the formal name.
                    draft.Aliases.Add(generic);
                }

                Table.AddMention(draft, charStart, charEnd, MentionKind.Description);
            }
        }

        /// <summary>
        /// The country named last before token <paramref name="i"/> in its paragraph (at most 80 tokens back), and where:
        /// not one that only describes an actor ("Russian hackers").
        /// </summary>
        private (GazetteerEntry Country, int Token)? CountryEarlierInParagraph(int i)
        {
            for (var k = i - 1; k >= 0 && i - k <= 80 && !IsParagraphStartToken(k + 1); k--)
            {
                if (_countryAt[k] is { } candidate && (k == 0 || _countryAt[k - 1] != candidate)
                    && !ActorHeads.ContainsKey(Word(_countryEnd[k])) && !ActorModifiers.ContainsKey(Word(_countryEnd[k])))
                {
                    return (candidate, k);
                }
            }

            return null;
        }

        /// <summary>The first country named after token <paramref name="i"/> in its sentence, not one that only describes an actor.</summary>
        private (GazetteerEntry Country, int Token)? CountryLaterInSentence(int i)
        {
            for (var k = i + 1; k < _words.Length && SameSentence(i, k); k++)
            {
                if (_countryAt[k] is { } candidate && (k == 0 || _countryAt[k - 1] != candidate)
                    && !ActorHeads.ContainsKey(Word(_countryEnd[k])) && !ActorModifiers.ContainsKey(Word(_countryEnd[k])))
                {
                    return (candidate, k);
                }
            }

            return null;
        }

        /// <summary>The first country the text names before token <paramref name="i"/>, not one that only describes an actor.</summary>
        private (GazetteerEntry Country, int Token)? CountryEarlierInText(int i)
        {
            for (var k = 0; k < i; k++)
            {
                if (_countryAt[k] is { } candidate && (k == 0 || _countryAt[k - 1] != candidate)
                    && !ActorHeads.ContainsKey(Word(_countryEnd[k])) && !ActorModifiers.ContainsKey(Word(_countryEnd[k])))
                {
                    return (candidate, k);
                }
            }

            return null;
        }

        private bool IsParagraphStartToken(int t) => t > 0 && t < _tokens.Count && _text.AsSpan(_tokens[t - 1].End, _tokens[t].Start - _tokens[t - 1].End).Count('\n') >= 2;

        private EntityTable.Draft? SalientBody(string countryCode, int before)
        {
            return Table.Drafts
                .Where(d => d.Kind == EntityKinds.GovernmentBody && d.FirstStart < before && d.Attributes.GetValueOrDefault("country") == countryCode
                    && !d.Key.StartsWith("gov:", StringComparison.Ordinal))
                .OrderByDescending(d => d.MentionCount)
                .FirstOrDefault();
        }
    }
}
