using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

// EntityRecognizer, part: People introduced by a title ("chief executive Jane Holt") and their employers.
public sealed partial class EntityRecognizer
{
    private sealed partial class Run
    {
        // ---- 3c. People introduced by a title: "chief executive Jane Holt" ------------------------------------------

        public void Persons()
        {
            for (var i = 0; i + 2 < _words.Length; i++)
            {
                if (!PersonTitles.Contains(_words[i]) || !SameSentence(i, i + 2))
                {
                    continue;
                }

                // "Head of IT Jonas Reinholt", "director of Operations Ana Ruiz": a one-word remit after "of" belongs to the title.
                var first = i + 1;
                if (_words[i + 1] == "of" && i + 4 < _words.Length && _tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(_words[i + 2][0])
                    && SameSentence(i, i + 4) && IsCapitalisedWord(i + 3) && IsCapitalisedWord(i + 4) && _countryAt[i + 2] is null)
                {
                    first = i + 3;
                }
                else if (_words[i + 1] == "of" && Word(i + 2) == "the" && i + 5 < _words.Length && IsCapitalisedWord(i + 3) && SameSentence(i, i + 5)
                    && IsCapitalisedWord(i + 4) && IsCapitalisedWord(i + 5) && _countryAt[i + 3] is null && char.IsUpper(_words[i][0]))
                {
                    // "Minister of the Interior Liisa Rantanen": the remit after "of the" belongs to the title too.
                    first = i + 4;
                }

                // Two or three capitalised words that are not a country, an organisation head or a known name.
                var end = first;
                var particles = 0;
                while (end < _words.Length && end - first - particles <= 2 && Adjacent(end) && SameSentence(i, end))
                {
                    if (end > first && particles < 2 && PersonNameParticles.Contains(_words[end]) && end + 1 < _words.Length && Adjacent(end + 1)
                        && (IsCapitalisedWord(end + 1) || PersonNameParticles.Contains(_words[end + 1])) && SameSentence(i, end + 1))
                    {
                        // "managing director Johan van Wyk", "chief executive Maria de la Cruz": a surname particle.
                        particles++;
                        end++;
                        continue;
                    }

                    if (!(IsCapitalisedWord(end) || (end > first && IsHyphenatedGivenName(end))) || _countryAt[end] is not null
                        || OrganizationHeads.Contains(_words[end]) || GovernmentHeads.Contains(_words[end]) || PersonTitles.Contains(_words[end]))
                    {
                        break;
                    }

                    end++;
                }

                if (particles > 0 && PersonNameParticles.Contains(_words[end - 1]))
                {
                    continue;
                }

                if (end - first < 2 || (end < _words.Length && IsCapitalisedWord(end) && Adjacent(end)))
                {
                    continue;
                }

                var start = _tokens[first].Start;
                var stop = _tokens[end - 1].End;
                if (Table.Overlaps(start, stop))
                {
                    continue;
                }

                var name = _text[start..stop];
                var draft = Table.Find("person:" + name) ?? Table.GetOrAdd("person:" + name, EntityKinds.Person, name);
                draft.Attributes.TryAdd("title", _words[i].ToLowerInvariant());
                Table.AddMention(draft, start, stop, MentionKind.Name);
                i = end - 1;
            }

            for (var i = 2; i + 2 < _words.Length; i++)
            {
                // "Poland's digital affairs minister, Krzysztof Gawkowski, said": a title, a comma, then the name in apposition.
                // "A spokesperson for the EEAS, Lena Korhonen, said": the title's body between the title and the name.
                var titleAt = TitleBeforeComma(i - 1);
                if (_words[i - 1] != "," || titleAt < 0 || !IsCapitalisedWord(i) || !IsCapitalisedWord(i + 1)
                    || !Adjacent(i + 1) || !SameSentence(titleAt, i + 1))
                {
                    continue;
                }

                var end = i + 2;
                if (end < _words.Length && IsCapitalisedWord(end) && Adjacent(end))
                {
                    end++;
                }

                var start = _tokens[i].Start;
                var stop = _tokens[end - 1].End;
                // The name closes the appositive, or the sentence when a reporting verb came first ("said the group's spokesperson, Jane Roe.").
                var closes = Word(end) == "," || (Word(end) == "." && Enumerable.Range(Math.Max(0, titleAt - 8), 8).Any(k => SameSentence(k, titleAt) && _words[k] is "said" or "says" or "told"));
                if (!closes || Enumerable.Range(i, end - i).Any(k => _countryAt[k] is not null || OrganizationHeads.Contains(_words[k])
                    || GovernmentHeads.Contains(_words[k]) || CalendarWords.Contains(_words[k])) || Table.Overlaps(start, stop))
                {
                    continue;
                }

                var name = _text[start..stop];
                var draft = Table.Find("person:" + name) ?? Table.GetOrAdd("person:" + name, EntityKinds.Person, name);
                draft.Attributes.TryAdd("title", _words[titleAt].ToLowerInvariant());
                if (titleAt < i - 2)
                {
                    // "a spokesperson for the EEAS, Lena Korhonen": the role names the body the person speaks for.
                    draft.Attributes.TryAdd("role", "appositive");
                }

                Table.AddMention(draft, start, stop, MentionKind.Name);
            }

            for (var i = 0; i + 4 < _words.Length; i++)
            {
                // "Liu Pengyu, a spokesperson for the embassy", "Mara Quist, the agency's director,", "Sanne de Vries, Acme's head
                // of research": a name whose appositive gives a title.
                if (!IsCapitalisedWord(i) || (i > 0 && IsCapitalisedWord(i - 1) && Adjacent(i) && SameSentence(i - 1, i)))
                {
                    continue;
                }

                var second = _words[i + 1] is "de" or "van" or "von" or "der" or "da" or "del" or "di" or "le" or "bin" or "al" && i + 3 < _words.Length && IsCapitalisedWord(i + 2) ? i + 2 : i + 1;
                if (!IsCapitalisedWord(second) || !Adjacent(second))
                {
                    continue;
                }

                var end = second + 1;
                if (IsCapitalisedWord(end) && Adjacent(end))
                {
                    end++;
                }

                // After the comma an article or an employer's possessive ("PGC's general manager").
                var possessive = end + 3 < _words.Length && IsCapitalisedWord(end + 1) && Word(end + 2) is "'s" or "\u2019s";
                if (Word(end) != "," || (Word(end + 1) is not ("a" or "an" or "the") && !possessive) || !SameSentence(i, end + 2)
                    || Enumerable.Range(i, end - i).Any(k => _countryAt[k] is not null || OrganizationHeads.Contains(_words[k]) || GovernmentHeads.Contains(_words[k])
                        || NonNameStarters.Contains(_words[k]) || CalendarWords.Contains(_words[k]) || PersonTitles.Contains(_words[k])))
                {
                    continue;
                }

                var title = Enumerable.Range(end + 2, 5).Where(k => k < _words.Length && SameSentence(i, k))
                    .Where(k => PersonTitles.Contains(_words[k]) && _words[k].Length > 3
                        && (_words[k] is not ("general" or "head" or "chief") || (_words[k] == "head" && Word(k + 1) == "of")))
                    .Select(k => _words[k]).FirstOrDefault();
                var start = _tokens[i].Start;
                var stop = _tokens[end - 1].End;
                if (title is null || Table.Overlaps(start, stop))
                {
                    continue;
                }

                var name = _text[start..stop];
                var draft = Table.Find("person:" + name) ?? Table.GetOrAdd("person:" + name, EntityKinds.Person, name);
                draft.Attributes.TryAdd("title", title.ToLowerInvariant());
                draft.Attributes.TryAdd("role", "appositive");
                Table.AddMention(draft, start, stop, MentionKind.Name);
            }

            ReportedSpeakers();
            SurnameMentions();
        }

        /// <summary>"Park Joon-ho", "Jean-Luc": a capitalised word whose parts after the hyphen are lower-case letters, as in given names.</summary>
        private bool IsHyphenatedGivenName(int i)
        {
            var word = _words[i];
            var hyphen = word.IndexOf('-', StringComparison.Ordinal);
            return _tokens[i].Kind == TokenKind.Word && hyphen > 0 && char.IsUpper(word[0]) && word.Count(c => c == '-') == 1
                && word.Length - hyphen > 2 && word.All(c => c == '-' || char.IsLetter(c)) && word[(hyphen + 1)..].All(char.IsLower);
        }

        /// <summary>
        /// "…," said Elena Moretti of the European trade association": two or three capitalised words right after a reporting
        /// verb that an employer or a role follows ("of", "from", "at", or a comma and an article) name the speaker.
        /// </summary>
        private void ReportedSpeakers()
        {
            for (var i = 0; i + 4 < _words.Length; i++)
            {
                if (_words[i] is not ("said" or "says" or "added" or "warned" or "explained" or "wrote") || !IsCapitalisedWord(i + 1)
                    || !IsCapitalisedWord(i + 2) || !Adjacent(i + 2) || !SameSentence(i, i + 4))
                {
                    continue;
                }

                var end = i + 3;
                if (IsCapitalisedWord(end) && Adjacent(end))
                {
                    end++;
                }

                var role = Word(end) is "of" or "from" or "at" && (Word(end + 1) is "the" or "a" or "an" || IsCapitalisedWord(end + 1))
                    || (Word(end) == "," && Word(end + 1) is "a" or "an" or "the" or "who");
                var start = _tokens[i + 1].Start;
                var stop = _tokens[end - 1].End;
                if (!role || !SameSentence(i, end + 1) || Table.Overlaps(start, stop)
                    || Enumerable.Range(i + 1, end - i - 1).Any(k => _countryAt[k] is not null || OrganizationHeads.Contains(_words[k]) || GovernmentHeads.Contains(_words[k])
                        || NonNameStarters.Contains(_words[k]) || CalendarWords.Contains(_words[k]) || PersonTitles.Contains(_words[k])
                        || _words[k].All(char.IsUpper)))
                {
                    continue;
                }

                var name = _text[start..stop];
                var draft = Table.Find("person:" + name) ?? Table.GetOrAdd("person:" + name, EntityKinds.Person, name);
                Table.AddMention(draft, start, stop, MentionKind.Name);
            }
        }

        /// <summary>"spokeswoman Dana Whitfield said … Whitfield said": a person's surname alone, after the full name, is that person.</summary>
        private void SurnameMentions()
        {
            var surnames = new Dictionary<string, EntityTable.Draft?>(StringComparer.Ordinal);
            foreach (var draft in Table.Drafts.Where(d => d.Kind == EntityKinds.Person))
            {
                var parts = draft.Name.Split(' ');
                if (parts.Length >= 2 && parts[^1].Length > 2 && char.IsUpper(parts[^1][0]) && !surnames.TryAdd(parts[^1], draft))
                {
                    // Two people share the surname: neither takes the bare form.
                    surnames[parts[^1]] = null;
                }
            }

            for (var i = 0; i < _words.Length && surnames.Count > 0; i++)
            {
                if (!surnames.TryGetValue(_words[i], out var person) || person is null || _tokens[i].Start <= person.FirstStart
                    || (i > 0 && IsCapitalisedWord(i - 1) && Adjacent(i) && SameSentence(i - 1, i) && !IsSentenceStart(i))
                    || (i + 1 < _words.Length && IsCapitalisedWord(i + 1) && Adjacent(i + 1)) || Table.Overlaps(_tokens[i].Start, _tokens[i].End))
                {
                    continue;
                }

                Table.AddMention(person, _tokens[i].Start, _tokens[i].End, MentionKind.Name, recordAlias: false);
            }
        }

        private bool IsSentenceStart(int i) => i == 0 || _sentenceOf[i - 1] != _sentenceOf[i];

        /// <summary>
        /// The title before the comma at <paramref name="comma"/>: right before it ("digital affairs minister,") or followed by
        /// the body it serves ("a spokesperson for the Chinese embassy in Washington,"); -1 when there is none.
        /// </summary>
        private int TitleBeforeComma(int comma)
        {
            if (comma < 1)
            {
                return -1;
            }

            if (PersonTitles.Contains(_words[comma - 1]) && _words[comma - 1].Length > 3)
            {
                return comma - 1;
            }

            for (var k = comma - 2; k >= 0 && comma - k <= 8 && SameSentence(k, comma); k--)
            {
                if (_words[k] is "," or ";" or ":" or "\"" or "\u201C" or "\u201D" or "." or "said" or "says")
                {
                    return -1;
                }

                if (PersonTitles.Contains(_words[k]) && _words[k].Length > 3 && _words[k + 1] is "for" or "at" or "of" or "to")
                {
                    return k;
                }
            }

            return -1;
        }

        // ---- 3a. Employers: "chief information security officer at Nordbank" -------------------------------------

        /// <summary>An organisation named only as someone's employer: "officer at Nordbank", "a spokesperson for Harlow".</summary>
        public void EmployerNames()
        {
            for (var i = 1; i + 1 < _words.Length; i++)
            {
                if (_words[i] is not ("at" or "for" or "of") || !EmployeeNouns.Contains(_words[i - 1].ToLowerInvariant()) || !IsCapitalisedWord(i + 1)
                    || !SameSentence(i, i + 1) || _countryAt[i + 1] is not null || NonNameStarters.Contains(_words[i + 1]) || CalendarWords.Contains(_words[i + 1]))
                {
                    continue;
                }

                if (NameAfter(i) is not { } found)
                {
                    continue;
                }

                var (end, start, stop) = found;

                var name = _text[start..stop];
                var draft = Table.Find("name:" + name) ?? Table.GetOrAdd("name:" + name, EntityKinds.Organization, name);
                SectorOfName(name, draft);
                Table.AddMention(draft, start, stop, MentionKind.Name);
            }
        }

        /// <summary>The name of up to three capitalised words right after token <paramref name="i"/>, unless a mention covers it already.</summary>
        private (int End, int Start, int Stop)? NameAfter(int i)
        {
            var end = i + 2;
            var symbols = 0;
            while (end < _words.Length && end - i - symbols <= 3 && SameSentence(i, end))
            {
                if (_words[end] == "$" && _tokens[end].Start == _tokens[end - 1].End)
                {
                    // "Lapsus$": a symbol glued to the word is part of the name.
                    symbols++;
                }
                else if (_tokens[end].Kind == TokenKind.Number && Adjacent(end) && end > i + 1)
                {
                    // "Unit 29155", "Team 8200": a number that completes the name ends it.
                    end++;
                    break;
                }
                else if (!IsCapitalisedWord(end) || !Adjacent(end))
                {
                    break;
                }

                end++;
            }

            if (_words[i + 1].Length > 0 && i + 2 < _words.Length && _words[i + 2] == "$" && end == i + 2)
            {
                end = i + 3;
            }

            var start = _tokens[i + 1].Start;
            var stop = _tokens[end - 1].End;
            return Table.Overlaps(start, stop) ? null : (end, start, stop);
        }
    }
}
