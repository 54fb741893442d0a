using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Events;

/// <summary>
/// Case-insensitive multi-word phrases with labels, matched on whole tokens (longest match first). Phrases are
/// tokenized with the same <see cref="Tokenizer"/> as the text, so "pay the ransom" matches those three tokens.
/// </summary>
public sealed class PhraseLexicon
{
    private readonly Node _root = new();

    /// <summary>Number of phrases.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase with a label; a phrase added twice keeps its first label.</summary>
    public void Add(string phrase, string label, PhraseStrength strength = PhraseStrength.Strong)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(label);
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            var key = token.GetText(phrase).ToLowerInvariant();
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children.Add(key, child);
            }

            node = child;
        }

        if (node.Label is null)
        {
            node.Label = label;
            node.Strength = strength;
            Count++;
        }
    }

    /// <summary>
    /// Adds every phrase of a lexicon file's content: one phrase per line; blank lines and text after '#' are ignored.
    /// A leading <c>~</c> marks a weak phrase, a leading <c>?</c> a generic one, a leading <c>!</c> an incident-only one
    /// (<see cref="PhraseStrength"/>).
    /// </summary>
    public void AddLines(string content, string label)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var raw in content.Split('\n'))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            var strength = line.StartsWith('~') ? PhraseStrength.Weak : line.StartsWith('?') ? PhraseStrength.Generic
                : line.StartsWith('!') ? PhraseStrength.IncidentOnly : PhraseStrength.Strong;
            if (strength != PhraseStrength.Strong)
            {
                line = line[1..].TrimStart();
            }

            if (line.Length > 0)
            {
                Add(line, label, strength);
            }
        }
    }

    /// <summary>
    /// The longest phrase that starts at token <paramref name="start"/> and ends before <paramref name="limit"/>, if any;
    /// incident-only phrases only when <paramref name="includeIncidentOnly"/>.
    /// </summary>
    public PhraseMatch? LongestAt(AnalyzedText text, int start, int limit, bool includeIncidentOnly = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var node = _root;
        PhraseMatch? best = null;
        for (var t = start; t < limit; t++)
        {
            if (node.Children is null || !node.Children.TryGetValue(text.Lower(t), out var next))
            {
                break;
            }

            node = next;
            if (node.Label is not null && (includeIncidentOnly || node.Strength != PhraseStrength.IncidentOnly))
            {
                best = new PhraseMatch(start, t + 1, node.Label, node.Strength);
            }
        }

        return best;
    }

    /// <summary>
    /// Non-overlapping longest matches, left to right, that do not cross sentence boundaries; incident-only phrases only when
    /// <paramref name="includeIncidentOnly"/>.
    /// </summary>
    public List<PhraseMatch> FindAll(AnalyzedText text, bool includeIncidentOnly = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<PhraseMatch>();
        foreach (var sentence in text.Sentences)
        {
            var t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                var match = LongestAt(text, t, sentence.EndToken, includeIncidentOnly);
                if (match is { } m)
                {
                    matches.Add(m);
                    t = m.EndToken;
                }
                else
                {
                    t++;
                }
            }
        }

        return matches;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public string? Label { get; set; }

        public PhraseStrength Strength { get; set; }
    }
}
