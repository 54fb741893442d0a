using System.Globalization;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

/// <summary>
/// Finds the entities of a text, deterministically: gazetteer names (longest match, case-sensitive for names), acronym
/// definitions ("Long Name (ACR)", Schwartz–Hearst alignment) and later uses of the acronym, capitalised names with an
/// organisation or government head word, country-bound government descriptions ("the Chinese foreign ministry"),
/// descriptive actor phrases ("a China-linked group", "Russian criminals"), system descriptions, sector words, and light
/// coreference of definite descriptions ("the agency", "the hackers").
/// </summary>
public sealed class EntityRecognizer
{
    private readonly Lexicon _lexicon;

    public EntityRecognizer(Lexicon? lexicon = null) => _lexicon = lexicon ?? Lexicon.Default;

    /// <summary>Tokenizes, splits and recognises.</summary>
    public EntityAnalysis Recognize(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        return Recognize(text, tokens, sentences);
    }

    /// <summary>Recognises entities in text that was already tokenized and split.</summary>
    public EntityAnalysis Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var run = new Run(text, tokens, sentences, _lexicon);
        run.Gazetteer();
        run.Acronyms();
        run.BracketedShortNames();
        run.ActorCodeNames();
        run.CapitalisedNames();
        run.FacilityNames();
        run.ShortNames();
        run.InitialismUses();
        run.Persons();
        run.EmployerNames();
        run.CountryGovernments();
        run.MalwareNames();
        run.GangsAndActorPhrases();
        run.DubbedNames();
        run.ActorAppositives();
        run.Systems();
        run.Coreference();
        var (entities, mentions) = run.Table.Build();
        return new EntityAnalysis(text, tokens, sentences, entities, mentions);
    }

    private sealed class Run
    {
        private readonly string _text;
        private readonly IReadOnlyList<Token> _tokens;
        private readonly IReadOnlyList<Sentence> _sentences;
        private readonly Lexicon _lexicon;
        private readonly string[] _words;
        private readonly int[] _sentenceOf;

        // Country found at each token (gazetteer name, demonym, capital or compound prefix), for the phrase recognisers.
        private readonly GazetteerEntry?[] _countryAt;

        // Entries that needed context and had it earlier in the text ("the Akira ransomware group … Akira had listed …").
        private readonly HashSet<GazetteerEntry> _introduced = [];
        private readonly int[] _countryEnd;

        public Run(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, Lexicon lexicon)
        {
            _text = text;
            _tokens = tokens;
            _sentences = sentences;
            _lexicon = lexicon;
            Table = new EntityTable(text);
            _words = new string[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                _words[i] = tokens[i].GetText(text);
            }

            _sentenceOf = new int[tokens.Count];
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
                {
                    _sentenceOf[t] = s;
                }
            }

            _countryAt = new GazetteerEntry?[tokens.Count];
            _countryEnd = new int[tokens.Count];
        }

        public EntityTable Table { get; }

        private static string Key(GazetteerEntry entry) => entry.Kind + ":" + entry.Name;

        private string Word(int i) => i >= 0 && i < _words.Length ? _words[i] : string.Empty;

        private bool SameSentence(int a, int b) => a >= 0 && b < _words.Length && _sentenceOf[a] == _sentenceOf[b];

        // ---- 1. Gazetteer ------------------------------------------------------------------------------------------

        public void Gazetteer()
        {
            var i = 0;
            while (i < _words.Length)
            {
                var (phrase, length, compound) = LongestMatch(i);
                if (phrase is null)
                {
                    i++;
                    continue;
                }

                var start = _tokens[i].Start;
                var lastToken = _tokens[i + length - 1];
                var end = compound > 0 ? lastToken.Start + compound : lastToken.End;
                if (_tokens[i].Kind == TokenKind.Word && _words[i].StartsWith("pro-", StringComparison.OrdinalIgnoreCase) && length == 1)
                {
                    start += 4;
                }

                var entry = phrase.Entry;
                if (length == 1 && entry.Kind is EntityKinds.Malware or EntityKinds.ThreatActor && i > 0 && IsCapitalisedWord(i - 1) && Adjacent(i)
                    && SameSentence(i - 1, i) && !NonNameStarters.Contains(_words[i - 1]) && _countryAt[i - 1] is null && !HasMentionEndingAt(i - 1))
                {
                    // "Shrouded Lynx", "Operation Medusa": the family's name is the last word of another name here.
                    i++;
                    continue;
                }

                if (phrase.NeedsContext)
                {
                    _introduced.Add(entry);
                }

                var key = Key(entry);
                var owner = entry.Kind == EntityKinds.GovernmentBody && i >= 2 && _words[i - 1] is "'s" or "\u2019s" && _countryAt[i - 2]?.CountryCode is { } ownerCode
                    && ownerCode != entry.Attribute("country") ? ownerCode : null;
                if (owner is not null)
                {
                    // "Ireland's National Cyber Security Centre": a body of that name in another country than the gazetteer's.
                    key += "@" + owner;
                }

                var draft = Table.GetOrAdd(key, entry.Kind, entry.Name, entry);
                if (owner is not null)
                {
                    draft.Attributes["country"] = owner;
                }

                var how = phrase.Surface is SurfaceKind.Demonym or SurfaceKind.Capital ? MentionKind.Metonym : MentionKind.Name;
                Table.AddMention(draft, start, end, how);
                if (entry.Kind == EntityKinds.Country)
                {
                    for (var k = i; k < i + length; k++)
                    {
                        _countryAt[k] = entry;
                        _countryEnd[k] = i + length;
                    }
                }

                i += length;
            }
        }

        /// <summary>The longest gazetteer phrase at token <paramref name="i"/>; compound = chars of the last token used.</summary>
        private (Phrase? Phrase, int Length, int Compound) LongestMatch(int i)
        {
            var word = _words[i];
            if (_tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return (null, 0, 0);
            }

            Phrase? best = null;
            int bestLength = 0, bestCompound = 0;
            var bestSatisfied = false;
            void Consider(IReadOnlyList<Phrase>? phrases)
            {
                if (phrases is null)
                {
                    return;
                }

                foreach (var phrase in phrases)
                {
                    if (!Matches(phrase, i, out var compound))
                    {
                        continue;
                    }

                    var length = phrase.Tokens.Length;
                    var satisfied = phrase.NeedsContext && HasContext(i, length);
                    if (phrase.NeedsContext && !satisfied && !(_introduced.Contains(phrase.Entry) && !IsCapitalizedWord(Word(i + length))))
                    {
                        // A name that is also a common word needs a word saying what it is — unless the text already introduced
                        // it that way and the name is not part of a longer name here ("Medusa Corp").
                        continue;
                    }

                    if (length > bestLength || (length == bestLength && satisfied && !bestSatisfied))
                    {
                        (best, bestLength, bestCompound, bestSatisfied) = (phrase, length, compound, satisfied);
                    }
                }
            }

            // In the order the lexicon gives them: exact case, case-free, then those of the word without its prefix.
            var (exact, caseFree) = _lexicon.Candidates(word);
            Consider(exact);
            Consider(caseFree);
            if (CompoundPrefix(word) is { } stripped)
            {
                var (strippedExact, strippedCaseFree) = _lexicon.Candidates(stripped);
                Consider(strippedExact);
                Consider(strippedCaseFree);
            }

            return (best, bestLength, bestCompound);
        }

        private static string? CompoundPrefix(string word)
        {
            if (word.StartsWith("pro-", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
            {
                return word[4..];
            }

            var hyphen = word.LastIndexOf('-');
            return hyphen > 0 && CompoundSuffixes.Contains(word[(hyphen + 1)..]) ? word[..hyphen] : null;
        }

        private bool Matches(Phrase phrase, int i, out int compound)
        {
            compound = 0;
            if (i + phrase.Tokens.Length > _words.Length)
            {
                return false;
            }

            for (var k = 0; k < phrase.Tokens.Length; k++)
            {
                var word = _words[i + k];
                var expected = phrase.Tokens[k];
                if (k > 0 && _tokens[i + k].Start > _tokens[i + k - 1].End + 1)
                {
                    return false;
                }

                if (string.Equals(word, expected, phrase.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                {
                    continue;
                }

                var prefix = CompoundPrefix(word);
                if (prefix is not null && string.Equals(prefix, expected, phrase.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                    && (k == phrase.Tokens.Length - 1 || k == 0))
                {
                    if (k == phrase.Tokens.Length - 1 && !word.StartsWith("pro-", StringComparison.OrdinalIgnoreCase))
                    {
                        compound = prefix.Length;
                    }

                    continue;
                }

                return false;
            }

            return true;
        }

        private static bool IsCapitalizedWord(string word) => word.Length > 0 && char.IsUpper(word[0]);

        private bool HasContext(int i, int length)
        {
            var next = Word(i + length);
            var next2 = Word(i + length + 1);
            var previous = Word(i - 1);
            return ContextWords.Contains(next) || (next.Length > 0 && char.IsLower(next[0]) && ContextWords.Contains(next2) && ActorModifiers.ContainsKey(next))
                || ContextWords.Contains(previous)
                // "an affiliate for Royal", "the operators of Akira"
                || (previous is "for" or "of" && ContextWords.Contains(Word(i - 2)))
                // "Akira, a ransomware operation that …": an appositive says what the name is.
                || (next == "," && next2 is "a" or "an" or "the" && Enumerable.Range(i + length + 2, 4).Any(k => SameSentence(i, k) && ContextWords.Contains(Word(k))))
                // "ALPHV and Royal": coordinated with a family the gazetteer knows without context.
                || (previous is "and" or "or" or "," && i >= 2 && Table.StartingAt(StartOfMentionEndingAt(i - 2), d => d.Kind is EntityKinds.Malware or EntityKinds.ThreatActor) is not null);
        }

        private bool HasMentionEndingAt(int t) => StartOfMentionEndingAt(t) >= 0;

        /// <summary>The start of a mention already in the table that ends with token <paramref name="t"/>, or -1.</summary>
        private int StartOfMentionEndingAt(int t)
        {
            for (var k = t; k >= 0 && t - k < 4; k--)
            {
                if (Table.StartingAt(_tokens[k].Start, _ => true) is { } found && found.End == _tokens[t].End)
                {
                    return _tokens[k].Start;
                }
            }

            return -1;
        }

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
                var offset = AlignLongForm(acronym, candidate);
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
            var known = _lexicon.Entries.FirstOrDefault(e => e.Kind != EntityKinds.Country && e.Kind != EntityKinds.Sector
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

            return k >= 0 && OrganizationDescriptors.Contains(Word(k)) ? DescriptorCountry(k) : null;
        }

        /// <summary>
        /// The country of a describing appositive right after a name ending before token <paramref name="end"/>:
        /// "Korvex Pte Ltd, a Singapore-based cryptocurrency exchange, …", "Alcantra, the Portuguese freight company, …".
        /// </summary>
        private GazetteerEntry? AppositiveCountry(int end)
        {
            if (Word(end) != "," || Word(end + 1) is not ("a" or "an" or "the"))
            {
                return null;
            }

            for (var j = end + 2; j <= end + 6 && j < _words.Length && SameSentence(end, j); j++)
            {
                if (OrganizationDescriptors.Contains(Word(j)))
                {
                    return DescriptorCountry(j);
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
                if (word == "based" && k >= 2 && Word(k - 1) is "-" or "\u2010" && _countryAt[k - 2] is { } location)
                {
                    return location;
                }

                if (word.Length == 0 || !word.All(c => char.IsLower(c) || c == '-'))
                {
                    return null;
                }
            }

            return null;
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

        // ---- 3. Capitalised names with a head word -----------------------------------------------------------------

        public void CapitalisedNames()
        {
            var i = 0;
            while (i < _words.Length)
            {
                if (!IsCapitalisedWord(i))
                {
                    i++;
                    continue;
                }

                var start = i;
                var end = i + 1;
                var inList = false;
                while (end < _words.Length && SameSentence(start, end) && Adjacent(end))
                {
                    if (IsCapitalisedWord(end))
                    {
                        end++;
                    }
                    else if (_words[end] is "'s" or "\u2019s" && _tokens[end].Start == _tokens[end - 1].End && end + 1 < _words.Length && IsCapitalisedWord(end + 1)
                        && SameSentence(start, end + 1) && (OrganizationHeads.Contains(_words[end + 1]) || GovernmentHeads.Contains(_words[end + 1]))
                        && _countryAt[end - 1] is null && start < end - 1)
                    {
                        // "St. Aldhelm Children's Hospital", "Information Commissioner's Office": a possessive inside the name.
                        end += 2;
                    }
                    else if (inList && _words[end] == "and" && Word(end + 1) == "the" && end + 2 < _words.Length && IsCapitalisedWord(end + 2) && SameSentence(start, end + 2))
                    {
                        // "Ministry of Information, Communications and the Digital Economy".
                        end += 3;
                        inList = false;
                    }
                    else if (_words[end] is "of" && Word(end + 1) == "the" && end + 2 < _words.Length && IsCapitalisedWord(end + 2) && SameSentence(start, end + 2)
                        && !CalendarWords.Contains(_words[end + 2]) && GovernmentHeads.Contains(_words[end - 1]))
                    {
                        // "Administrative Office of the US Courts", "Department of the Interior".
                        end += 3;
                    }
                    else if (NameConnectors.Contains(_words[end]) && end + 1 < _words.Length && IsCapitalisedWord(end + 1) && SameSentence(start, end + 1)
                        && !CalendarWords.Contains(_words[end + 1]) && !(_words[end] == "and" && _countryAt[end + 1] is not null))
                    {
                        end += 2;
                    }
                    else if (_words[end] == "," && IsListInName(start, end))
                    {
                        // "Ministry of Trade, Industry and Fisheries": a comma inside a list the name's "of" governs.
                        end += 2;
                        inList = true;
                    }
                    else
                    {
                        break;
                    }
                }

                while (start < end && (NonNameStarters.Contains(_words[start])
                    || (start == _sentences[_sentenceOf[start]].FirstToken && end - start < 2 && !IsLikelyNameStart(start) && AppositiveKind(end) is null
                        && Table.Find("name:" + _words[start]) is null)))
                {
                    start++;
                }

                if (end - start >= 2 || (end - start == 1 && (IsDescribed(start) || AppositiveKind(end) is not null || IsAttackObject(start, end))))
                {
                    TryName(start, end);
                }

                if (start < end && !Table.Overlaps(_tokens[start].Start, _tokens[end - 1].End)
                    && Table.Find("name:" + _text[_tokens[start].Start.._tokens[end - 1].End]) is { } known)
                {
                    // "Rede Vital, a hospital operator, …" then "Rede Vital confirmed …": a later bare use of a name introduced with its description.
                    Table.AddMention(known, _tokens[start].Start, _tokens[end - 1].End, MentionKind.Name);
                }

                i = Math.Max(end, i + 1);
            }
        }

        /// <summary>"Security firm Norrland Analytics", "researchers at Calder Labs": a security vendor, not a possible victim.</summary>
        private bool IsSecurityFirm(int start, int end)
        {
            // "Google's Threat Intelligence Group", "the Threat Research Unit": a vendor's research team (not a state centre
            // or a person's job title).
            if (_words[end - 1] is "Group" or "Team" or "Unit" or "Division" && !Enumerable.Range(start, end - start).Any(k => GovernmentHeads.Contains(_words[k]) || PersonTitles.Contains(_words[k])))
            {
                for (var k = start; k + 1 < end; k++)
                {
                    if (_words[k] == "Threat" && _words[k + 1] is "Intelligence" or "Research" or "Analysis" or "Hunting" or "Labs")
                    {
                        return true;
                    }
                }
            }

            // "Kestrel Labs researchers observed …", "Norrland Security said": a name whose head or next word marks a security vendor.
            if (_words[end - 1] is "Labs" or "Lab" or "Security" or "Cybersecurity" or "Intelligence"
                || (_words[end - 1] == "Research" && end - 2 > start && _words[end - 2] is "Threat" or "Security")
                || (end < _words.Length && _words[end] is "researchers" or "analysts" or "researcher" && SameSentence(end - 1, end)))
            {
                return true;
            }

            if (start >= 2 && _words[start - 1] is "at" or "from" && _words[start - 2] is "researchers" or "analysts" or "experts")
            {
                return true;
            }

            // "Security researcher Tom Hale" is a person introduced by a title, not a firm.
            return start >= 2 && SecurityFirmNouns.Contains(_words[start - 1].ToLowerInvariant()) && _words[start - 1] is not ("researcher" or "Researcher")
                && _words[start - 2].ToLowerInvariant() is "security" or "cybersecurity" or "cyber-security" or "intelligence" or "forensics" or "forensic"
                    or "antivirus" or "response" or "research";
        }

        /// <summary>
        /// The kind an appositive or relative clause right after a name gives it: "Rede Vital, a hospital operator in …",
        /// "Motoren AG, the Stuttgart-based carmaker," (organisation), "Norrland, a cybersecurity firm," (vendor), "Elering,
        /// which operates the grid," (organisation); null when none follows. The description's last word before its end
        /// ("in", ",", "based", …) must be an organisation noun, so "X, the company's chief executive" is no organisation.
        /// </summary>
        private string? AppositiveKind(int end)
        {
            if (Word(end) != "," || !SameSentence(end - 1, end + 1) || CalendarWords.Contains(Word(end - 1)))
            {
                return null;
            }

            var first = end + 1;
            if (Word(first) is "which" or "that" && OperatingVerbs.Contains(Word(first + 1)))
            {
                return EntityKinds.Organization;
            }

            if (Word(first) == "one" && Word(first + 1) == "of")
            {
                // "VitaCare, one of Ireland's largest health insurers,".
                first++;
            }
            else if (_countryAt[first] is not null && Word(_countryEnd[first]) is "'s" or "\u2019s" && SameSentence(first, _countryEnd[first]))
            {
                // "Telecomunicaciones del Sur, Peru's second-largest mobile operator,".
                first = _countryEnd[first];
            }
            else if (Word(first) is not ("a" or "an" or "the"))
            {
                return null;
            }

            for (var h = first + 1; h < _words.Length && h - first <= 6 && SameSentence(first, h); h++)
            {
                if (_tokens[h].Kind != TokenKind.Word || !AppositiveEnds.Contains(Word(h + 1)))
                {
                    continue;
                }

                var noun = Word(h);
                if (!OrganizationAnaphors.ContainsKey(noun) && noun.Length > 4)
                {
                    // Plural after "one of": "insurers", "companies".
                    noun = noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y" : noun.EndsWith('s') ? noun[..^1] : noun;
                }

                if (!OrganizationAnaphors.TryGetValue(noun, out var preferred) && OrganizationDescriptors.Contains(noun))
                {
                    // "Paystream, a payroll platform used by …", "Koinvault, a Singapore-based exchange,": descriptors that are
                    // no anaphors ("the platform" rarely means the victim) still describe a name in apposition.
                    preferred = EntityKinds.Organization;
                }
                else if (preferred is null && !OrganizationAnaphors.ContainsKey(noun) || noun is "victim" or "entity" or "body" or "city")
                {
                    return null;
                }

                var security = Enumerable.Range(first + 1, h - first - 1).Any(k => Word(k).ToLowerInvariant() is "security" or "cybersecurity" or "cyber-security"
                    or "antivirus" or "intelligence" or "forensics" or "forensic");
                return security && SecurityFirmNouns.Contains(noun) ? EntityKinds.Vendor
                    : preferred == EntityKinds.GovernmentBody && noun is "agency" or "ministry" or "department" ? EntityKinds.GovernmentBody
                    : EntityKinds.Organization;
            }

            return null;
        }

        /// <summary>Whether the comma at <paramref name="comma"/> separates items of a list inside a name ("of Trade, Industry and Fisheries").</summary>
        private bool IsListInName(int start, int comma)
        {
            if (comma + 1 >= _words.Length || !IsCapitalisedWord(comma + 1) || !SameSentence(start, comma + 1) || _countryAt[comma + 1] is not null
                || !Enumerable.Range(start, comma - start).Any(k => _words[k] == "of")
                || !GovernmentHeads.Contains(_words[start] is "The" && start + 1 < comma ? _words[start + 1] : _words[start]))
            {
                return false;
            }

            // The list ends in "and" (or "and the") + a capitalised word before any other punctuation.
            for (var k = comma + 2; k + 1 < _words.Length && k - comma <= 6 && SameSentence(start, k + 1); k++)
            {
                if (_words[k] == "and")
                {
                    return IsCapitalisedWord(k + 1) || (_words[k + 1] == "the" && k + 2 < _words.Length && IsCapitalisedWord(k + 2));
                }

                if (!IsCapitalisedWord(k) && _words[k] != ",")
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A name right after a descriptive noun ("the grid operator Westnetz Transmission", "the retailer Nordstrom", "Dutch brewer Van Horst").</summary>
        private bool IsDescribed(int start)
        {
            if (start >= 3 && _words[start - 1] == "," && OrganizationDescriptors.Contains(_words[start - 2]) && SameSentence(start - 3, start)
                && Enumerable.Range(Math.Max(0, start - 6), Math.Min(4, start - 2)).Any(k => _words[k] is "its" or "their" or "the" or "a" or "an" or "his" or "her")
                && !CalendarWords.Contains(_words[start]) && _countryAt[start] is null)
            {
                // "at its check-in software provider, Aerodesk.": the name in apposition to a descriptive noun, ending its phrase.
                var after = start + 1;
                while (after < _words.Length && IsCapitalisedWord(after) && Adjacent(after))
                {
                    after++;
                }

                if (Word(after) is "." or "," or ";" or "")
                {
                    return true;
                }
            }

            var nationalNoun = start >= 2 && _countryAt[start - 2] is not null && _words[start - 1].Length >= 4 && _words[start - 1].All(char.IsLower)
                && !ActorHeads.ContainsKey(_words[start - 1]) && !ActorModifiers.ContainsKey(_words[start - 1]) && !CalendarWords.Contains(_words[start])
                // "Ottawa blamed Russia", "Moscow denies Kyiv": a verb after a capital, or a country, is no description of a name.
                && _countryAt[start] is null && !_words[start - 1].EndsWith("ed", StringComparison.Ordinal) && !_words[start - 1].EndsWith('s')
                && !PersonTitles.Contains(_words[start - 1]);
            if (nationalNoun && SameSentence(start - 1, start) && _tokens[start].Start == _tokens[start - 1].End + 1)
            {
                return true;
            }

            if (start == 0 || !SameSentence(start - 1, start) || !OrganizationDescriptors.Contains(_words[start - 1])
                || _tokens[start].Start != _tokens[start - 1].End + 1 || _text[_tokens[start - 1].End] != ' ' || CalendarWords.Contains(_words[start]))
            {
                return false;
            }

            // "the ransomware group Akira" names an actor, not an organisation.
            return !(start > 1 && (ActorModifiers.ContainsKey(_words[start - 2]) || _words[start - 2] is "hacking" or "hacker" or "threat" or "ransomware" or "cybercrime" or "hacktivist"));
        }

        /// <summary>
        /// A name with no head word, appositive or legal suffix that an attack names as its object: "a cyberattack on
        /// Channelway", "breached Hsinlu Microsystems", "computers at Premier Energy Distribution". The words after the
        /// name must not continue a noun phrase ("an attack on Windows machines" names no organisation).
        /// </summary>
        private bool IsAttackObject(int start, int end)
        {
            if (start < 1 || !SameSentence(start - 1, start) || _countryAt[start] is not null || CalendarWords.Contains(_words[start])
                || NonNameStarters.Contains(_words[start]) || MalwarePlatformWords.Contains(_words[start]))
            {
                return false;
            }

            var before = _words[start - 1];
            var introduced = AttackObjectVerbs.Contains(before)
                || (start >= 2 && before is "on" or "against" or "at" or "into" or "of" && SameSentence(start - 2, start)
                    && (AttackObjectNouns.Contains(_words[start - 2]) || (before is "at" or "of" && AttackHostNouns.Contains(_words[start - 2]))));
            if (!introduced)
            {
                return false;
            }

            // Short all-capital words ("RDP", "ATM") are mostly technologies; names joined by "and" are several things.
            if ((end - start == 1 && _words[start].Length <= 4 && _words[start].All(c => !char.IsLetter(c) || char.IsUpper(c)))
                || _words[start].Contains('.', StringComparison.Ordinal))
            {
                return false;
            }

            for (var k = start; k < end; k++)
            {
                if (_words[k] is "and" or "&" || RegionWords.Contains(_words[k]))
                {
                    return false;
                }
            }

            var next = Word(end);
            return end >= _words.Length || !SameSentence(end - 1, end) || _tokens[end].Kind != TokenKind.Word
                || !char.IsLower(next[0]) || NameFollowers.Contains(next) || (next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal));
        }

        private bool IsLikelyNameStart(int i) => _countryAt[i] is not null || StateWords.Contains(_words[i]) || GovernmentHeads.Contains(_words[i]) || OrganizationHeads.Contains(_words[i]);

        private bool Adjacent(int t) => t > 0 && _tokens[t].Start <= _tokens[t - 1].End + 1;

        private bool IsCapitalisedWord(int i) => _tokens[i].Kind == TokenKind.Word && char.IsUpper(_words[i][0]) && !_words[i].Contains('-', StringComparison.Ordinal);

        private void TryName(int start, int end)
        {
            var words = _words[start..end];
            // The head stands before "of", "for" or "on" ("Ministry of …", "Centre for …", "Commission on Elections").
            var ofIndex = Array.FindIndex(words, w => w is "of" or "for" or "on");
            var head = ofIndex > 0 ? words[ofIndex - 1] : words[^1];
            var government = GovernmentHeads.Contains(head) || words.Any(w => w is "Ministry" or "Department" or "Agency");
            var appositive = AppositiveKind(end);
            // "Danske Handelsbank", "Nordbank": a compound whose last part is "bank" is a bank.
            var organisation = OrganizationHeads.Contains(head) || (head.Length > 5 && head.EndsWith("bank", StringComparison.Ordinal))
                || (!government && IsDescribed(start)) || (!government && appositive is not null)
                || (!government && IsAttackObject(start, end))
                || (!government && IsSecurityFirm(start, end) && !(end < _words.Length && SecurityNameFollowers.Contains(_words[end])));
            if (!government && !organisation)
            {
                return;
            }

            var charStart = _tokens[start].Start;
            var charEnd = _tokens[end - 1].End;
            if (Table.Covers(charStart, charEnd))
            {
                return;
            }

            var name = _text[charStart..charEnd];

            // "Beijing's Taiwan Affairs Office": the possessive owner, not the country the name mentions.
            var owner = Word(start - 1) is "'s" or "\u2019s" ? CountryBefore(charStart) : null;
            var country = owner ?? _countryAt[start] ?? CountryBefore(charStart) ?? (government && ofIndex > 0 ? CountryInside(_tokens[start + ofIndex].Start, charEnd) : null)
                ?? (government ? null : AppositiveCountry(end));
            if (_countryAt[start] is { } prefix && _countryEnd[start] < end
                && Table.Find("name:" + _text[_tokens[_countryEnd[start]].Start..charEnd]) is { } named)
            {
                // "the US Cybersecurity and Infrastructure Security Agency (CISA)": the country word qualifies a body already named.
                if (prefix.CountryCode is { } prefixCode)
                {
                    named.Attributes.TryAdd("country", prefixCode);
                }

                Table.Link("name:" + name, named);
                return;
            }

            var kind = government && (country is not null || StateWords.Contains(words[0]) || words.Contains("Ministry") || words.Contains("Government")
                    || words.Any(PublicRemitWords.Contains))
                ? EntityKinds.GovernmentBody
                : IsSecurityFirm(start, end) ? EntityKinds.Vendor
                : !government && appositive is not null && !OrganizationHeads.Contains(head) ? appositive
                : EntityKinds.Organization;
            var key = "name:" + name;
            if (kind == EntityKinds.GovernmentBody && country?.CountryCode is { } code)
            {
                // "Chinese Ministry of Foreign Affairs" and "the Chinese foreign ministry" are one body.
                var rest = _countryAt[start] is not null ? string.Join(' ', words.Skip(_countryEnd[start] - start)) : name;
                if (GovernmentDescriptions.TryGetValue(rest, out var canonical))
                {
                    key = "gov:" + code + ":" + canonical;
                }
            }

            var draft = Table.Find(key) ?? Table.GetOrAdd(key, kind, name);
            Table.Link("name:" + name, draft);
            if (country?.CountryCode is { } countryCode)
            {
                draft.Attributes.TryAdd("country", countryCode);
            }

            SectorOfName(name, draft);
            Table.AddMention(draft, charStart, charEnd, MentionKind.Name);
        }

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

        // ---- 3c. People introduced by a title: "chief executive Jane Holt" ------------------------------------------

        public void Persons()
        {
            for (var i = 0; i + 2 < _words.Length; i++)
            {
                if (!PersonTitles.Contains(_words[i]) || !SameSentence(i, i + 2))
                {
                    continue;
                }

                // Two or three capitalised words that are not a country, an organisation head or a known name.
                var end = i + 1;
                while (end < _words.Length && end - i <= 3 && IsCapitalisedWord(end) && Adjacent(end) && SameSentence(i, end)
                    && _countryAt[end] is null && !OrganizationHeads.Contains(_words[end]) && !GovernmentHeads.Contains(_words[end])
                    && !PersonTitles.Contains(_words[end]))
                {
                    end++;
                }

                if (end - i < 3 || (end < _words.Length && IsCapitalisedWord(end) && Adjacent(end)))
                {
                    continue;
                }

                var start = _tokens[i + 1].Start;
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

            SurnameMentions();
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

        // ---- 3b. Short names: "Velantis Semiconductor" ... "Velantis said" ---------------------------------------------

        /// <summary>
        /// "the European External Action Service … a spokesperson for the EEAS": capitals spelling the initials of a body named
        /// earlier, without a definition in brackets, are that body.
        /// </summary>
        public void InitialismUses()
        {
            var byInitials = new Dictionary<string, EntityTable.Draft?>(StringComparer.Ordinal);
            foreach (var draft in Table.Drafts.Where(d => d.Kind is EntityKinds.Organization or EntityKinds.GovernmentBody or EntityKinds.Vendor))
            {
                var initials = string.Concat(draft.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => char.IsUpper(w[0]) && w is not "The").Select(w => w[0]));
                if (initials.Length >= 3 && !byInitials.TryAdd(initials, draft) && byInitials[initials] != draft)
                {
                    byInitials[initials] = null;
                }
            }

            for (var i = 0; i < _words.Length && byInitials.Count > 0; i++)
            {
                if (_tokens[i].Kind != TokenKind.Word || !byInitials.TryGetValue(_words[i], out var body) || body is null
                    || _tokens[i].Start <= body.FirstStart || Table.Overlaps(_tokens[i].Start, _tokens[i].End))
                {
                    continue;
                }

                Table.AddMention(body, _tokens[i].Start, _tokens[i].End, MentionKind.Name);
            }
        }

        /// <summary>
        /// "The Canadian Centre for Cyber Security (Cyber Centre)": words in brackets after a name, all taken from that name,
        /// are its short form, and later uses of the short form are the same body.
        /// </summary>
        public void BracketedShortNames()
        {
            for (var i = 1; i + 2 < _words.Length; i++)
            {
                if (_words[i] != "(")
                {
                    continue;
                }

                var close = i + 1;
                while (close < _words.Length && close - i <= 4 && IsCapitalisedWord(close))
                {
                    close++;
                }

                if (close - i < 3 || Word(close) != ")")
                {
                    continue;
                }

                var longEnd = _tokens[i - 1].End;
                var owner = Table.RawMentions.Where(m => m.End == longEnd && m.How == MentionKind.Name
                    && m.Draft.Kind is EntityKinds.GovernmentBody or EntityKinds.Organization or EntityKinds.Vendor).Select(m => m.Draft).FirstOrDefault();
                var shortForm = _text[_tokens[i + 1].Start.._tokens[close - 1].End];
                if (owner is null || !shortForm.Split(' ').All(w => owner.Name.Split(' ').Contains(w, StringComparer.Ordinal)))
                {
                    continue;
                }

                Table.Link("name:" + shortForm, owner);
                for (var k = i + 1; k + (close - i - 1) <= _words.Length; k++)
                {
                    var end = k + (close - i - 1);
                    if (_text[_tokens[k].Start.._tokens[end - 1].End] == shortForm && !Table.Overlaps(_tokens[k].Start, _tokens[end - 1].End)
                        && (end >= _words.Length || !IsCapitalisedWord(end)))
                    {
                        Table.AddMention(owner, _tokens[k].Start, _tokens[end - 1].End, MentionKind.Name);
                    }
                }
            }
        }

        public void ShortNames()
        {
            var shorts = new Dictionary<string, EntityTable.Draft?>(StringComparer.Ordinal);
            var pairStarts = new HashSet<string>(StringComparer.Ordinal);
            var headless = new HashSet<EntityTable.Draft>();
            foreach (var (start, end, draft, how) in Table.RawMentions.ToList())
            {
                if (how != MentionKind.Name || draft.Kind is not (EntityKinds.Organization or EntityKinds.Vendor))
                {
                    continue;
                }

                var words = _text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is < 2 or > 3 || words[0].Length < 4 || !words[0].All(char.IsLetter) || !char.IsUpper(words[0][0])
                    || NonNameStarters.Contains(words[0]) || StateWords.Contains(words[0]) || GovernmentHeads.Contains(words[0])
                    || OrganizationHeads.Contains(words[0]) || PersonTitles.Contains(words[0]) || CalendarWords.Contains(words[0])
                    || !words.All(w => w.Length > 0 && char.IsUpper(w[0])))
                {
                    continue;
                }

                // "Velantis Semiconductor" … "Velantis"; "Premier Energy Distribution" … "Premier Energy" or "Premier"; "Medilink
                // Brabant" … "Medilink". Two drafts sharing a first word ("Acme Bank", "Acme Insurance") make it ambiguous.
                if (words.Length == 3)
                {
                    var two = words[0] + " " + words[1];
                    shorts[two] = shorts.TryGetValue(two, out var otherTwo) && otherTwo != draft ? null : draft;
                    pairStarts.Add(words[0]);
                }

                shorts[words[0]] = shorts.TryGetValue(words[0], out var other) && other != draft ? null : draft;
                if (!OrganizationHeads.Contains(words[^1]))
                {
                    headless.Add(draft);
                }
            }

            for (var i = 0; i < _words.Length; i++)
            {
                if (_countryAt[i] is not null)
                {
                    continue;
                }

                if (i + 1 < _words.Length && pairStarts.Contains(_words[i]) && Adjacent(i + 1) && shorts.TryGetValue(_words[i] + " " + _words[i + 1], out var pair) && pair is not null
                    && !Table.Overlaps(_tokens[i].Start, _tokens[i + 1].End) && !(i + 2 < _words.Length && IsCapitalisedWord(i + 2) && Adjacent(i + 2))
                    && (!headless.Contains(pair) || ActsAsName(i + 2)))
                {
                    Table.AddMention(pair, _tokens[i].Start, _tokens[i + 1].End, MentionKind.Name);
                    i++;
                    continue;
                }

                if (shorts.TryGetValue(_words[i], out var draft) && draft is not null
                    && !Table.Overlaps(_tokens[i].Start, _tokens[i].End) && !(i + 1 < _words.Length && IsCapitalisedWord(i + 1) && Adjacent(i + 1))
                    && (!headless.Contains(draft) || ActsAsName(i + 1)))
                {
                    Table.AddMention(draft, _tokens[i].Start, _tokens[i].End, MentionKind.Name);
                }
            }
        }

        /// <summary>
        /// Whether the word at <paramref name="next"/> lets the words before it stand as a name: punctuation, a possessive, a
        /// verb or a closed-class word ("Medilink declined", "Premier Energy said"), not a noun they modify ("Western governments").
        /// </summary>
        private bool ActsAsName(int next)
        {
            if (next >= _words.Length || _tokens[next].Kind != TokenKind.Word)
            {
                return true;
            }

            var word = _words[next];
            return word is "'s" or "\u2019s" || NameFollowers.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
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
                while (end < _words.Length && IsCapitalisedWord(end) && SameSentence(i, end) && Adjacent(end))
                {
                    end++;
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

                if (_countryAt[i + 2] is { } country && country.CountryCode is { } code)
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
                    || (_words[i] is "call" or "dub" or "track" && _words[i - 1] is "we" or "they" or "researchers")
                    || (_words[i] is "calls" or "dubs" && _words[i - 1] is "it" or "which" or "company" or "firm")
                    || (_words[i] is "itself" or "themselves" && _words[i - 1] is "calling" or "calls" or "called" or "styling" or "styles" or "named" or "dubbed")
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
                for (var k = i - 1; k >= Math.Max(0, i - 5) && SameSentence(k, i); k--)
                {
                    var word = _words[k].ToLowerInvariant();
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
                if (kind == EntityKinds.ThreatActor && ServiceInDescription(i) is { } service)
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
                    DescribedCountry(draft, i);
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
                if (Table.Overlaps(start, stop) || _countryAt[first] is not null || NonNameStarters.Contains(_words[first]) || CalendarWords.Contains(_words[first])
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
                    if (_countryAt[k]?.CountryCode is { } code && !_words[k].StartsWith("pro-", StringComparison.OrdinalIgnoreCase))
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

        private static readonly HashSet<string> s_gangHeadsAfterName = new(StringComparer.Ordinal) { "gang", "crew", "cartel", "syndicate" };

        private static readonly Dictionary<string, string> s_gangTypeWords = new(StringComparer.Ordinal)
        {
            ["hacktivist"] = "hacktivist", ["ransomware"] = "criminal", ["extortion"] = "criminal", ["cybercrime"] = "criminal",
            ["cybercriminal"] = "criminal", ["criminal"] = "criminal", ["hacking"] = "criminal",
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
                TryActorPhrase(i);
                if (i > 0 && Word(i - 1) is "by" or "of" && BareActorPlurals.TryGetValue(Word(i), out var bareType) && !Table.Overlaps(_tokens[i].Start, _tokens[i].End))
                {
                    // "the work of cybercriminals", "carried out by hacktivists": a bare plural as the agent.
                    AddActor(i, i + 1, false, null, bareType, false);
                }
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
            string? actorType = null;
            var military = false;
            var modifiers = 0;
            while (t < _words.Length && SameSentence(i, t))
            {
                var word = Word(t);
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

                if (ActorHeads.TryGetValue(word, out var headType) && modifiers > 0 && country is not null)
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

                    AddActor(i, end, determiner, country, actorType, military);
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

        private void AddActor(int first, int end, bool determiner, GazetteerEntry? country, string? actorType, bool military)
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

            draft.Attributes.TryAdd("descriptive", "true");
            Table.AddMention(draft, charStart, charEnd, MentionKind.Description);
        }

        // ---- 7. Systems: "the email system", "Japan's defence networks" -------------------------------------------------

        public void Systems()
        {
            for (var i = 1; i < _words.Length; i++)
            {
                if (!SystemHeads.Contains(_words[i]) || !SystemModifiers.Contains(_words[i - 1]))
                {
                    continue;
                }

                var first = i - 1;
                while (first > 0 && SystemModifiers.Contains(_words[first - 1]) && SameSentence(first - 1, i))
                {
                    first--;
                }

                if (Table.Overlaps(_tokens[first].Start, _tokens[i].End))
                {
                    continue;
                }

                var core = string.Join(' ', _words[first..(i + 1)]).ToLowerInvariant();
                GazetteerEntry? country = null;
                var spanStart = first;
                if (first > 0 && _countryAt[first - 1] is { } demonym)
                {
                    country = demonym;
                    spanStart = first - 1;
                    while (spanStart > 0 && _countryAt[spanStart - 1] == demonym)
                    {
                        spanStart--;
                    }
                }
                else if (first > 1 && Word(first - 1) is "'s" or "\u2019s" && _countryAt[first - 2] is { } owner)
                {
                    country = owner;
                    spanStart = first - 2;
                    while (spanStart > 0 && _countryAt[spanStart - 1] == owner)
                    {
                        spanStart--;
                    }
                }

                var key = "system:" + (country?.CountryCode ?? string.Empty) + ":" + core;
                var name = country is null ? core : country.Name + " " + core;
                var draft = Table.Find(key) ?? Table.GetOrAdd(key, EntityKinds.System, name);
                if (country?.CountryCode is { } code)
                {
                    draft.Attributes.TryAdd("country", code);
                }

                Table.AddMention(draft, _tokens[spanStart].Start, _tokens[i].End, MentionKind.Description);
            }
        }

        // ---- 8. Coreference ---------------------------------------------------------------------------------------

        public void Coreference()
        {
            var positions = new Dictionary<EntityTable.Draft, List<int>>();
            foreach (var (start, _, draft, how) in Table.RawMentions)
            {
                if (how == MentionKind.Coreference)
                {
                    continue;
                }

                if (!positions.TryGetValue(draft, out var list))
                {
                    list = [];
                    positions[draft] = list;
                }

                list.Add(start);
            }

            for (var i = 0; i + 1 < _words.Length; i++)
            {
                if (_words[i] is not ("the" or "The"))
                {
                    continue;
                }

                var n = i + 1;
                if (Word(n) is "affected" or "targeted" or "victim" or "breached" or "hacked" or "compromised" && (OrganizationAnaphors.ContainsKey(Word(n + 1)) || ActorAnaphors.Contains(Word(n + 1))))
                {
                    n++;
                }

                if (Word(n) == "threat" && ActorAnaphors.Contains(Word(n + 1)))
                {
                    n++;
                }

                // One modifier before an organisation head: "the water authority", "the Danish hospital".
                string? modifier = null;
                if (!OrganizationAnaphors.ContainsKey(Word(n)) && !ActorAnaphors.Contains(Word(n)) && OrganizationAnaphors.ContainsKey(Word(n + 1))
                    && IsModifier(n))
                {
                    modifier = Word(n);
                    n++;
                }

                var head = Word(n);
                var next = Word(n + 1);
                if (next == "of" || (next.Length > 0 && char.IsUpper(next[0]) && _tokens[n + 1].Kind == TokenKind.Word) || !SameSentence(i, n))
                {
                    continue;
                }

                var charStart = _tokens[i].Start;
                var charEnd = _tokens[n].End;
                if (Table.Overlaps(charStart, charEnd))
                {
                    continue;
                }

                EntityTable.Draft? antecedent = null;
                if (ActorAnaphors.Contains(head))
                {
                    // "the hackers" refers back within its paragraph; across a paragraph break it stays unresolved
                    // rather than borrowing the actor of another incident.
                    antecedent = MostRecent(positions, charStart, d => d.Kind == EntityKinds.ThreatActor, ParagraphStart(charStart));
                    if (antecedent is null && head is "group" or "gang" && SoleNamedActorBefore(positions, charStart) is { } sole)
                    {
                        // "the group" after a paragraph break, when the text has named one group only so far.
                        antecedent = sole;
                    }
                }
                else if (OrganizationAnaphors.TryGetValue(head, out var preferred))
                {
                    antecedent = MostSalient(positions, charStart, head, preferred, modifier);
                }

                if (antecedent is not null)
                {
                    Table.AddMention(antecedent, charStart, charEnd, MentionKind.Coreference);
                }
            }
        }

        /// <summary>The only named (not merely described) threat actor mentioned before <paramref name="before"/>, or null.</summary>
        private static EntityTable.Draft? SoleNamedActorBefore(Dictionary<EntityTable.Draft, List<int>> positions, int before)
        {
            EntityTable.Draft? sole = null;
            foreach (var (draft, list) in positions)
            {
                if (draft.Kind != EntityKinds.ThreatActor || draft.Attributes.ContainsKey("descriptive") || !list.Any(p => p < before))
                {
                    continue;
                }

                if (sole is not null)
                {
                    return null;
                }

                sole = draft;
            }

            return sole;
        }

        /// <summary>A lower-case word or a nationality adjective that can qualify a definite description ("water", "Danish").</summary>
        private bool IsModifier(int n)
        {
            var word = Word(n);
            if (word.Length < 3 || _tokens[n].Kind != TokenKind.Word)
            {
                return false;
            }

            return char.IsLower(word[0]) ? word.All(char.IsLetter) : _countryAt[n] is not null;
        }

        private List<int>? _paragraphStarts;

        /// <summary>Where the paragraph holding <paramref name="at"/> begins: after a line break that ends a sentence (hard-wrapped lines do not count).</summary>
        private int ParagraphStart(int at)
        {
            if (_paragraphStarts is null)
            {
                _paragraphStarts = [0];
                for (var p = _text.IndexOf('\n', StringComparison.Ordinal); p >= 0; p = _text.IndexOf('\n', p + 1))
                {
                    var before = _text.AsSpan(0, p).TrimEnd(" \t\r");
                    if (before.Length == 0 || before[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\n')
                    {
                        _paragraphStarts.Add(p + 1);
                    }
                }
            }

            var index = _paragraphStarts.BinarySearch(at);
            return index >= 0 ? _paragraphStarts[index] : _paragraphStarts[~index - 1];
        }

        private static EntityTable.Draft? MostRecent(Dictionary<EntityTable.Draft, List<int>> positions, int before, Func<EntityTable.Draft, bool> filter, int notBefore)
        {
            EntityTable.Draft? best = null;
            var bestPosition = -1;
            foreach (var (draft, list) in positions)
            {
                if (!filter(draft))
                {
                    continue;
                }

                foreach (var p in list)
                {
                    if (p < before && p >= notBefore && p > bestPosition)
                    {
                        (best, bestPosition) = (draft, p);
                    }
                }
            }

            return best;
        }

        private EntityTable.Draft? MostSalient(Dictionary<EntityTable.Draft, List<int>> positions, int before, string head, string? preferredKind, string? modifier)
        {
            EntityTable.Draft? best = null;
            var bestScore = double.MinValue;
            var sentence = _sentenceOf[Math.Max(0, TokenStartingAt(before))];
            foreach (var (draft, list) in positions)
            {
                if (draft.Kind is not (EntityKinds.Organization or EntityKinds.GovernmentBody or EntityKinds.Vendor)
                    || (draft.Kind == EntityKinds.Vendor && head is not ("firm" or "vendor" or "lab"))
                    || (head is "ministry" or "department" or "agency" or "bureau" or "directorate" && draft.Kind != EntityKinds.GovernmentBody
                        && !draft.Name.Contains(head, StringComparison.OrdinalIgnoreCase))
                    || (head is "company" or "firm" && draft.Kind == EntityKinds.GovernmentBody))
                {
                    // "The ministry" never means the company named before it, nor "the company" a state body.
                    continue;
                }

                var earlier = list.Where(p => p < before).ToList();
                if (earlier.Count == 0)
                {
                    continue;
                }

                var lastSentence = _sentenceOf[Math.Max(0, TokenStartingAt(earlier.Max()))];
                var score = earlier.Count * 2.0 - Math.Min(10, sentence - lastSentence);
                if (preferredKind is not null && draft.Kind == preferredKind)
                {
                    score += 3;
                }

                if (draft.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
                    || (head.Length >= 6 && draft.Attributes.TryGetValue("sector", out var headSector) && headSector.AsSpan().StartsWith(head.AsSpan(0, head.Length - 1), StringComparison.OrdinalIgnoreCase)))
                {
                    // "the council" → "Ashbury Borough Council"; "the utility" → a body of the utilities sector.
                    score += 6;
                }
                else if (head is "ministry" or "department")
                {
                    // "The ministry" after a paragraph about the cyber agency is still the ministry named before.
                    score -= 6;
                }
                else if (preferredKind is not null && draft.Kind != preferredKind)
                {
                    score -= 2;
                }

                if (modifier is not null && (draft.Name.Contains(modifier, StringComparison.OrdinalIgnoreCase)
                    || (draft.Attributes.TryGetValue("sector", out var sector) && sector.Contains(modifier, StringComparison.OrdinalIgnoreCase))))
                {
                    // "the water authority" → "Aliquippa Municipal Water Authority".
                    score += 4;
                }

                if (draft.Key.StartsWith("gov:", StringComparison.Ordinal) && draft.Key.EndsWith(":government", StringComparison.Ordinal))
                {
                    score -= 3;
                }

                if (score > bestScore)
                {
                    (best, bestScore) = (draft, score);
                }
            }

            return best;
        }
    }
}
