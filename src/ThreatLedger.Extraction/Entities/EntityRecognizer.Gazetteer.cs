using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

// EntityRecognizer, part: 1. Gazetteer matches: countries, demonyms, capitals, bodies, outlets, vendors, actors, malware, sectors.
public sealed partial class EntityRecognizer
{
    private sealed partial class Run
    {
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

                if (entry.Kind == EntityKinds.Sector && JournalistRoles.Contains(Word(i + length)))
                {
                    // "By Owen Hale, Technology correspondent": a reporter's beat, not a sector the story is about.
                    i += length;
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
    }
}
