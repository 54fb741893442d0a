using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// Per-token information shared by the feature extractors: stems, word shapes and the lexicon phrases each token is
/// part of, computed once per document.
/// </summary>
internal sealed class TokenInfo
{
    public TokenInfo(AnalyzedText text, EventLexicons lexicons, WordClusters? clusters = null)
    {
        Text = text;
        var n = text.Tokens.Count;
        Stems = new string[n];
        Shapes = new string[n];
        var (coarse, fine, placed) = (clusters ?? WordClusters.Empty).Classify(text);
        Coarse = coarse;
        Fine = fine;
        PlacedCoarse = new int[n];
        PlacedFine = new int[n];
        for (var t = 0; t < n; t++)
        {
            // Classes placed from this document's contexts are kept apart from the stored ones: "no stored class" is
            // itself a useful signal (a rare word, often a name).
            (PlacedCoarse[t], PlacedFine[t]) = placed[t] ? (coarse[t], fine[t]) : (WordClusters.None, WordClusters.None);
            if (placed[t])
            {
                (Coarse[t], Fine[t]) = (WordClusters.None, WordClusters.None);
            }
        }

        TriggerLabels = new string?[n];
        CueLabels = new string?[n];
        for (var t = 0; t < n; t++)
        {
            Stems[t] = Stem(text.Lower(t));
            Shapes[t] = Shape(text.Surface(t));
        }

        TriggerMatches = lexicons.Triggers.FindAll(text);
        foreach (var m in TriggerMatches)
        {
            Mark(TriggerLabels, m);
        }

        // Phrases hidden by a longer or earlier match ("accessed" inside "was accessed"): the types of every match
        // that starts inside a kept match (elsewhere the left-to-right longest matching keeps what starts there),
        // where they differ from the type kept for the token.
        HiddenTriggerTypes = new string[]?[n];
        foreach (var kept in TriggerMatches)
        {
            var sentenceEnd = text.Sentences[text.SentenceOf(kept.FirstToken)].EndToken;
            for (var t = kept.FirstToken + 1; t < kept.EndToken; t++)
            {
                if (lexicons.Triggers.LongestAt(text, t, sentenceEnd) is not { } m)
                {
                    continue;
                }

                for (var u = m.FirstToken; u < m.EndToken; u++)
                {
                    var label = TriggerLabels[u];
                    if (label is not null && label.AsSpan(2).SequenceEqual(m.Label))
                    {
                        continue;
                    }

                    var hidden = HiddenTriggerTypes[u];
                    if (hidden is null || Array.IndexOf(hidden, m.Label) < 0)
                    {
                        HiddenTriggerTypes[u] = hidden is null ? [m.Label] : [.. hidden, m.Label];
                    }
                }
            }
        }

        foreach (var m in lexicons.Cues.FindAll(text))
        {
            Mark(CueLabels, m);
        }

        var types = new SortedSet<string>(StringComparer.Ordinal);
        SentenceTypes = new List<string>[text.Sentences.Count];
        for (var s = 0; s < SentenceTypes.Length; s++)
        {
            SentenceTypes[s] = [];
        }

        foreach (var m in TriggerMatches)
        {
            types.Add(m.Label);
            var list = SentenceTypes[text.SentenceOf(m.FirstToken)];
            if (!list.Contains(m.Label))
            {
                list.Add(m.Label);
            }
        }

        DocumentTypes = [.. types];
    }

    public AnalyzedText Text { get; }

    public string[] Stems { get; }

    public string[] Shapes { get; }

    /// <summary>Coarse word class of each token (<see cref="WordClusters.None"/> when none can be given).</summary>
    public int[] Coarse { get; }

    /// <summary>Fine word class of each token (<see cref="WordClusters.None"/> when none can be given).</summary>
    public int[] Fine { get; }

    /// <summary>
    /// Coarse word class of each token too rare to have a stored class, placed by its contexts in this document
    /// (<see cref="WordClusters.Classify"/>); <see cref="WordClusters.None"/> for the others.
    /// </summary>
    public int[] PlacedCoarse { get; }

    /// <summary>Fine word class placed by the token's contexts, as <see cref="PlacedCoarse"/>.</summary>
    public int[] PlacedFine { get; }

    /// <summary>"B-Type"/"I-Type" for tokens inside a trigger-lexicon phrase.</summary>
    public string?[] TriggerLabels { get; }

    /// <summary>Types of trigger-lexicon phrases that cover a token but lost to an overlapping match (null: none).</summary>
    public string[]?[] HiddenTriggerTypes { get; }

    /// <summary>"B-Cue"/"I-Cue" for tokens inside a cue phrase.</summary>
    public string?[] CueLabels { get; }

    public List<PhraseMatch> TriggerMatches { get; }

    /// <summary>Event types whose trigger phrases occur anywhere in the document.</summary>
    public string[] DocumentTypes { get; }

    /// <summary>Event types whose trigger phrases occur in each sentence.</summary>
    public List<string>[] SentenceTypes { get; }

    public string Lower(int t) => t >= 0 && t < Stems.Length ? Text.Lower(t) : (t < 0 ? "<s>" : "</s>");

    /// <summary>The coarse class of token <paramref name="t"/>; −2 before the text, −3 after it.</summary>
    public int CoarseAt(int t) => t >= 0 && t < Coarse.Length ? Coarse[t] : (t < 0 ? -2 : -3);

    /// <summary>The fine class of token <paramref name="t"/>; −2 before the text, −3 after it.</summary>
    public int FineAt(int t) => t >= 0 && t < Fine.Length ? Fine[t] : (t < 0 ? -2 : -3);

    /// <summary>
    /// The run of capitalised words (or words with digits or inner capitals: "iOS", "Windows 10") around token
    /// <paramref name="t"/> within its sentence, as tokens [Start, End); empty (End ≤ Start) when the token is not in one.
    /// A sentence's first word counts only when the next word continues the run.
    /// </summary>
    public (int Start, int End) NameRun(int t)
    {
        if (!IsNameLike(t))
        {
            return (t, t);
        }

        var sentence = Text.Sentences[Text.SentenceOf(t)];
        var start = t;
        while (start > sentence.FirstToken && IsNameLike(start - 1))
        {
            start--;
        }

        var end = t + 1;
        while (end < sentence.EndToken && IsNameLike(end))
        {
            end++;
        }

        return start == sentence.FirstToken && end - start == 1 ? (t, t) : (start, end);
    }

    private bool IsNameLike(int t)
    {
        var shape = Shapes[t];
        return shape.Length > 0 && (shape[0] == 'X' || (shape.Contains('X', StringComparison.Ordinal) && shape[0] == 'x') || (shape[0] == 'd' && t > 0 && IsCapitalised(t - 1)));
    }

    private bool IsCapitalised(int t) => Shapes[t].Length > 0 && Shapes[t][0] == 'X';

    public string StemAt(int t) => t >= 0 && t < Stems.Length ? Stems[t] : (t < 0 ? "<s>" : "</s>");

    private static void Mark(string?[] labels, PhraseMatch m)
    {
        labels[m.FirstToken] = "B-" + m.Label;
        for (var t = m.FirstToken + 1; t < m.EndToken; t++)
        {
            labels[t] = "I-" + m.Label;
        }
    }

    /// <summary>A crude English stem: strips common inflections so "patched", "patches", "patching" meet.</summary>
    public static string Stem(string lower)
    {
        var n = lower.Length;
        if (n > 5 && lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return lower[..^3];
        }

        if (n > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (n > 4 && lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return lower.EndsWith("ied", StringComparison.Ordinal) ? lower[..^3] + "y" : lower[..^2];
        }

        if (n > 4 && (lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("sses", StringComparison.Ordinal)))
        {
            return lower[..^2];
        }

        if (n > 3 && lower[^1] == 's' && lower[^2] != 's' && lower[^2] != 'u' && lower[^2] != 'i')
        {
            return lower[..^1];
        }

        return lower;
    }

    /// <summary>Word shape with runs collapsed: "Microsoft" → "Xx", "CVE-2017-0144" → "X-d-d", "$5" → "$d".</summary>
    public static string Shape(ReadOnlySpan<char> surface)
    {
        Span<char> buffer = stackalloc char[Math.Min(surface.Length, 16)];
        var n = 0;
        var last = '\0';
        foreach (var c in surface)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                continue;
            }

            if (n == buffer.Length)
            {
                break;
            }

            buffer[n++] = s;
            last = s;
        }

        return new string(buffer[..n]);
    }
}
