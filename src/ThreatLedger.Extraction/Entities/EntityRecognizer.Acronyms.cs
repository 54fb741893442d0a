using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

// EntityRecognizer, part: 2. Acronyms defined in the text ("Long Name (ACR)") and their later uses.
public sealed partial class EntityRecognizer
{
    private sealed partial class Run
    {
        // ---- 2. Acronyms -------------------------------------------------------------------------------------------

        public void Acronyms()
        {
            for (var i = 1; i + 2 < _words.Length; i++)
            {
                if (_words[i] != "(" || _words[i + 2] != ")" || !IsAcronym(_words[i + 1]))
                {
                    continue;
                }

                var acronym = _words[i + 1];
                var maxWords = Math.Min(acronym.Length + 5, acronym.Length * 2);
                var first = i - 1;
                var count = 0;
                while (first > 0 && SameSentence(first - 1, i) && count < maxWords && _words[first - 1] is not ("(" or ")" or "," or ";" or ":" or "\"" or "\u201C" or "\u201D"))
                {
                    first--;
                    count++;
                }

                var candidateStart = _tokens[first].Start;
                var candidateEnd = _tokens[i - 1].End;
                var candidate = _text[candidateStart..candidateEnd];
                var offset = AlignInitials(acronym, candidate) is var initials and >= 0 ? initials : AlignLongForm(acronym, candidate);
                if (offset < 0 || OwnerPossessiveEnd(candidateStart + offset, candidateEnd) is not { } ownerEnd)
                {
                    // "the National Cyber and Information Security Agency (NUKIB)": an acronym of the body's own language
                    // whose letters the English name does not spell still names the body the name's head word makes.
                    if (ForeignAcronymLongForm(i) is not { } named)
                    {
                        continue;
                    }

                    offset = named - candidateStart;
                }
                else
                {
                    offset = ownerEnd - candidateStart;
                }

                var longStart = candidateStart + offset;
                var longForm = _text[longStart..candidateEnd];
                if (!char.IsUpper(longForm[0]) || !longForm.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                DefineAcronym(acronym, longForm, longStart, candidateEnd, _tokens[i + 1].Start, _tokens[i + 1].End);
            }
        }

        /// <summary>
        /// Where the long form starting at <paramref name="longStart"/> begins once an owner's possessive is cut off ("Moldova's
        /// Information Technology and Cyber Security Service" → "Information …"): the owner is no part of the name.
        /// </summary>
        private int? OwnerPossessiveEnd(int longStart, int candidateEnd)
        {
            var t = TokenStartingAt(longStart);
            if (t < 0)
            {
                return longStart;
            }

            for (var k = t; k + 1 < _words.Length && _tokens[k + 1].Start < candidateEnd; k++)
            {
                if (_words[k] is "'s" or "\u2019s")
                {
                    return _tokens[k + 1].Start;
                }
            }

            return longStart;
        }

        /// <summary>
        /// The start of a capitalised name with a government or organisation head right before the "(" at token
        /// <paramref name="open"/>, of at least two words (connectors such as "and", "of" inside), without a leading "The" or
        /// possessive owner; null when there is none.
        /// </summary>
        private int? ForeignAcronymLongForm(int open)
        {
            var last = open - 1;
            if (last < 1 || !IsCapitalisedWord(last))
            {
                return null;
            }

            var first = last;
            var capitalised = 1;
            for (var k = last - 1; k >= 0 && SameSentence(k, open) && open - k <= 10; k--)
            {
                if (IsCapitalisedWord(k) && _words[k] != "The")
                {
                    first = k;
                    capitalised++;
                }
                else if (_words[k] is not ("and" or "of" or "for" or "on") || k == 0 || !IsCapitalisedWord(k - 1))
                {
                    break;
                }
            }

            return capitalised >= 2 && Enumerable.Range(first, open - first).Any(k => GovernmentHeads.Contains(_words[k]) || OrganizationHeads.Contains(_words[k]))
                ? _tokens[first].Start
                : null;
        }

        private static bool IsAcronym(string word)
        {
            if (word.Length is < 2 or > 10 || !char.IsUpper(word[0]))
            {
                return false;
            }

            var upper = word.Count(char.IsUpper);
            return upper >= 2 && upper * 2 >= word.Count(char.IsLetter);
        }

        /// <summary>
        /// The long form whose capitalised words give the acronym's letters one by one, right to left, with lower-case
        /// connectors between them skipped ("Centre for Cybersecurity Belgium (CCB)", not the shorter "Cybersecurity Belgium"
        /// that letters inside words would give); the long form's offset in the candidate, or -1.
        /// </summary>
        internal static int AlignInitials(string acronym, string candidate)
        {
            var letters = acronym.Where(char.IsLetter).ToArray();
            if (letters.Length < 2 || !letters.All(char.IsUpper))
            {
                return -1;
            }

            var s = letters.Length - 1;
            var end = candidate.Length;
            while (end > 0 && s >= 0)
            {
                var start = candidate.LastIndexOf(' ', end - 1) + 1;
                var word = candidate.AsSpan(start, end - start);
                if (word.Length > 0 && char.IsUpper(word[0]))
                {
                    if (word[0] != letters[s])
                    {
                        return -1;
                    }

                    if (s == 0)
                    {
                        return start;
                    }

                    s--;
                }
                else if (word.Length == 0 || !(word is "of" or "for" or "and" or "on" or "the" or "de" or "du" or "des" or "la" or "le" or "&"))
                {
                    return -1;
                }

                end = start - 1;
            }

            return -1;
        }

        /// <summary>
        /// Schwartz–Hearst alignment: every letter of the acronym, right to left, matches a character of the candidate,
        /// the first letter at the start of a word. Returns the long form's offset in the candidate, or -1.
        /// </summary>
        internal static int AlignLongForm(string acronym, string candidate)
        {
            var s = acronym.Length - 1;
            var l = candidate.Length - 1;
            while (s >= 0)
            {
                var c = char.ToLowerInvariant(acronym[s]);
                if (!char.IsLetterOrDigit(c))
                {
                    s--;
                    continue;
                }

                while (l >= 0 && (char.ToLowerInvariant(candidate[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(candidate[l - 1]))))
                {
                    l--;
                }

                if (l < 0)
                {
                    return -1;
                }

                l--;
                s--;
            }

            return candidate.LastIndexOf(' ', Math.Max(0, l + 1)) + 1 is var start && start <= l + 1 ? start : l + 1;
        }

        private void DefineAcronym(string acronym, string longForm, int longStart, int longEnd, int acronymStart, int acronymEnd)
        {
            // A gazetteer entry for the acronym or the long form wins; otherwise a new entity.
            var known = _lexicon.Entries.FirstOrDefault(e => e.Kind != EntityKinds.Country && e.Kind != EntityKinds.Sector && e.Kind != Lexicon.PlacesKind
                && (e.Aliases.Contains(acronym, StringComparer.Ordinal) || string.Equals(e.Name, longForm, StringComparison.OrdinalIgnoreCase)));
            EntityTable.Draft draft;
            if (known is not null)
            {
                draft = Table.GetOrAdd(Key(known), known.Kind, known.Name, known);
            }
            else
            {
                draft = Table.Find("acr:" + acronym) ?? Table.GetOrAdd("acr:" + acronym, KindOfName(longForm), longForm);
                var country = CountryBefore(longStart) ?? CountryInside(longStart, longEnd);
                if (country?.CountryCode is { } code)
                {
                    draft.Attributes.TryAdd("country", code);
                    if (draft.Kind == EntityKinds.Organization && longForm.Split(' ').Any(GovernmentHeads.Contains) && !longForm.Split(' ').Any(OrganizationHeads.Contains))
                    {
                        // "the Norwegian National Security Authority (NSM)": a state's body.
                        draft.Kind = EntityKinds.GovernmentBody;
                    }
                }

                SectorOfName(longForm, draft);
            }

            Table.Link("acr:" + acronym, draft);
            Table.Link("name:" + longForm, draft);
            Table.AddMention(draft, longStart, longEnd, MentionKind.Name);
            Table.AddMention(draft, acronymStart, acronymEnd, MentionKind.Acronym);

            // Every later use of the acronym or the long form.
            for (var t = 0; t < _words.Length; t++)
            {
                if (string.Equals(_words[t], acronym, StringComparison.Ordinal))
                {
                    Table.AddMention(draft, _tokens[t].Start, _tokens[t].End, MentionKind.Acronym);
                }
            }

            var at = 0;
            while ((at = _text.IndexOf(longForm, at, StringComparison.Ordinal)) >= 0)
            {
                Table.AddMention(draft, at, at + longForm.Length, MentionKind.Name);
                at += longForm.Length;
            }
        }

        private static string KindOfName(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(w => w is "Ministry" or "Department" or "Agency" or "Bureau" or "Directorate" or "Commission" or "Command" or "Police" or "Government" or "Parliament" or "Cabinet")
                || IsPublicInstitutionName(words)
                || ((StateWords.Contains(words[0]) || words.Any(PublicRemitWords.Contains)) && words.Any(GovernmentHeads.Contains)))
            {
                return EntityKinds.GovernmentBody;
            }

            return EntityKinds.Organization;
        }

        private static void SectorOfName(string name, EntityTable.Draft draft)
        {
            foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (HeadSectors.TryGetValue(word, out var sector))
                {
                    draft.Attributes.TryAdd("sector", sector);
                    return;
                }
            }

            if (draft.Kind == EntityKinds.GovernmentBody)
            {
                draft.Attributes.TryAdd("sector", "government-national");
            }
        }

        /// <summary>The country named right before a character offset ("Japan's …", "the Japanese …").</summary>
        private GazetteerEntry? CountryBefore(int charStart)
        {
            var t = TokenStartingAt(charStart);
            if (t <= 0)
            {
                return null;
            }

            var k = t - 1;
            if (Word(k) is "'s" or "\u2019s" or "'" or "\u2019")
            {
                k--;
            }

            if (k >= 0 && _countryAt[k] is { } country)
            {
                return country;
            }

            return k >= 0 && (OrganizationDescriptors.Contains(Word(k)) || IsBusinessGroup(k)) ? DescriptorCountry(k) : null;
        }

        /// <summary>
        /// The country of a describing appositive right after a name ending before token <paramref name="end"/>:
        /// "Korvex Pte Ltd, a Singapore-based cryptocurrency exchange, …", "Alcantra, the Portuguese freight company, …".
        /// </summary>
        private GazetteerEntry? AppositiveCountry(int end)
        {
            // "X, one of Finland's largest grain exporters,": the possessive reads as in "X, Finland's largest exporter,".
            var owner = Word(end) == "," && Word(end + 1) == "one" && Word(end + 2) == "of" ? end + 3 : end + 1;
            if (Word(end) == "," && owner < _words.Length && _countryAt[owner] is { } possessor && Word(_countryEnd[owner]) is "'s" or "\u2019s" or "'" or "\u2019")
            {
                // "the Maritime Safety Board, Estonia's shipping regulator, …", "X, South Africa's fourth-largest mobile network,":
                // the possessive country owns the descriptor.
                var possessive = _countryEnd[owner];
                var start = Word(possessive + 1) is "s" ? possessive + 2 : possessive + 1;
                for (var j = start; j <= start + 3 && j < _words.Length && SameSentence(end, j); j++)
                {
                    if (OrganizationDescriptors.Contains(Word(j)) || (owner > end + 1 && Word(j).EndsWith('s') && OrganizationDescriptors.Contains(Word(j)[..^1])))
                    {
                        return possessor;
                    }

                    if (Word(j) is "," or "." or ";")
                    {
                        return null;
                    }
                }

                return null;
            }

            if (Word(end) != "," || Word(end + 1) is not ("a" or "an" or "the"))
            {
                return null;
            }

            for (var j = end + 2; j <= end + 6 && j < _words.Length && SameSentence(end, j); j++)
            {
                if (OrganizationDescriptors.Contains(Word(j)) || (OrganizationDescriptors.Contains(Word(j).TrimEnd('s')) && Word(j).EndsWith('s')))
                {
                    // "…, a chain of nine private hospitals in Minas Gerais, Brazil,", "…, an insurer based in Trento,".
                    return DescriptorCountry(j) ?? PlaceAfter(j + 1, 6);
                }

                if (Word(j) is "," or "." or ";")
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The country that qualifies a descriptive phrase ending at token <paramref name="head"/>, within three words
        /// and the sentence: "the Danish container carrier …", "Copenhagen-based shipping company …".
        /// </summary>
        private GazetteerEntry? DescriptorCountry(int head)
        {
            for (var k = head - 1; k >= Math.Max(0, head - 3) && SameSentence(k, head); k--)
            {
                if (_countryAt[k] is { } country)
                {
                    return country;
                }

                var word = Word(k);
                if (word == "based" && k >= 2 && Word(k - 1) is "-" or "\u2010" && (_countryAt[k - 2] ?? CityCountry(k - 2, null)) is { } location)
                {
                    return location;
                }

                if (word.EndsWith("-based", StringComparison.Ordinal) && CityCountry(k, word[..^6]) is { } city)
                {
                    // "Basel-based", "Tel Aviv-based": the city's country.
                    return city;
                }

                if (word.Length == 0 || !word.All(c => char.IsLower(c) || c == '-'))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The country of a (non-capital) city ending at token <paramref name="last"/> ("Basel", "Tel Aviv", "Rio de Janeiro"),
        /// or, with <paramref name="lastWord"/>, ending in that word cut from the front of token <paramref name="last"/>
        /// ("Aviv" of "Aviv-based").
        /// </summary>
        private GazetteerEntry? CityCountry(int last, string? lastWord)
        {
            var cities = _lexicon.CountriesByCity;
            var tail = lastWord ?? _text[_tokens[last].Start.._tokens[last].End];
            // The longest place first: "New South Wales-based" is Australian, not Welsh; "New Hampshire" is no English county.
            var first = last;
            while (first > Math.Max(0, last - 2) && Adjacent(first) && _tokens[first - 1].Kind == TokenKind.Word)
            {
                first--;
            }

            for (; first < last; first++)
            {
                if (cities.TryGetValue(_text[_tokens[first].Start.._tokens[last - 1].End] + " " + tail, out var country))
                {
                    return country;
                }
            }

            return cities.TryGetValue(tail, out var single) ? single : null;
        }

        /// <summary>
        /// The country of a place introduced by "in" or "based in" within <paramref name="reach"/> tokens from
        /// <paramref name="from"/>, before the phrase ends: "in Minas Gerais, Brazil", "based in Trento", "in New South Wales".
        /// </summary>
        private GazetteerEntry? PlaceAfter(int from, int reach)
        {
            for (var k = from; k < _words.Length && k - from <= reach && SameSentence(from, k); k++)
            {
                if (Word(k) is "which" or "that" && OperatingVerbs.Contains(Word(k + 1)))
                {
                    // "…, a housing association that manages 21,000 homes in West Yorkshire": where it operates places it.
                    reach += 2;
                    k++;
                    continue;
                }

                if (Word(k) is "." or ";" or "which" or "that" or "who" or "and" or "said" or "says")
                {
                    return null;
                }

                if (Word(k) == "in" && k + 1 < _words.Length && SameSentence(k, k + 1))
                {
                    return PlaceCountry(k + 1);
                }
            }

            return null;
        }

        /// <summary>The country of the place starting at token <paramref name="first"/>: a country, a known city or region, or "Region, Country".</summary>
        private GazetteerEntry? PlaceCountry(int first)
        {
            if (_countryAt[first] is { } country)
            {
                return country;
            }

            if (!IsCapitalisedWord(first))
            {
                return null;
            }

            var last = first;
            while (last + 1 < _words.Length && last - first < 3 && (IsCapitalisedWord(last + 1) || (Word(last + 1) is "do" or "de" or "del" && IsCapitalisedWord(last + 2)))
                && Adjacent(last + 1) && SameSentence(first, last + 1))
            {
                last++;
            }

            for (var end = last; end >= first; end--)
            {
                if (_lexicon.CountriesByCity.TryGetValue(_text[_tokens[first].Start.._tokens[end].End], out var place))
                {
                    return place;
                }
            }

            // "in Minas Gerais, Brazil": a place the gazetteer does not know, placed by the country after it.
            return Word(last + 1) == "," && SameSentence(first, last + 2) && last + 2 < _words.Length ? _countryAt[last + 2] : null;
        }

        private GazetteerEntry? CountryInside(int start, int end)
        {
            for (var t = TokenStartingAt(start); t >= 0 && t < _words.Length && _tokens[t].Start < end; t++)
            {
                if (_countryAt[t] is { } country)
                {
                    return country;
                }
            }

            return null;
        }

        private int TokenStartingAt(int charStart)
        {
            int lo = 0, hi = _tokens.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (_tokens[mid].Start < charStart)
                {
                    lo = mid + 1;
                }
                else if (_tokens[mid].Start > charStart)
                {
                    hi = mid - 1;
                }
                else
                {
                    return mid;
                }
            }

            return -1;
        }
    }
}
