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
public sealed partial class EntityRecognizer
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
        run.SharedBodyNames();
        var (entities, mentions) = run.Table.Build();
        return new EntityAnalysis(text, tokens, sentences, entities, mentions);
    }

    private sealed partial class Run
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
    }
}
