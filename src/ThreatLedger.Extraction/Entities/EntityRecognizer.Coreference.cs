using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

// EntityRecognizer, part: Light coreference: "the agency", "the hackers", "the company" to the entity they stand for.
public sealed partial class EntityRecognizer
{
    private sealed partial class Run
    {
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

        /// <summary>Heads naming a kind of institution, with its sector: "the university" is a body of that sector or so named.</summary>
        private static readonly Dictionary<string, string> s_institutionHeads = new(StringComparer.Ordinal)
        {
            ["university"] = "education", ["college"] = "education", ["school"] = "education", ["hospital"] = "healthcare", ["clinic"] = "healthcare",
        };

        /// <summary>
        /// Whether a name holds the head word as spelled in its own language ("the university" → "Universitas Nusantara",
        /// "Universidad de …"): a word sharing the head's first letters but its last two.
        /// </summary>
        private static bool NamesHeadInOwnLanguage(string name, string head)
        {
            if (head.Length < 8)
            {
                return false;
            }

            var stem = head[..^2];
            return name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(stem, StringComparison.OrdinalIgnoreCase));
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

                if (s_institutionHeads.TryGetValue(head, out var institutionSector) && !draft.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
                    && !NamesHeadInOwnLanguage(draft.Name, head) && draft.Attributes.GetValueOrDefault("sector") != institutionSector)
                {
                    // "The university did not say …" never means the airline of the paragraph before.
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

                if (draft.Name.Contains(head, StringComparison.OrdinalIgnoreCase) || NamesHeadInOwnLanguage(draft.Name, head)
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
