namespace ThreatLedger.Extraction.Learning;

/// <summary>Features of one token for the trigger tagger: its words, neighbours, shape, stems and lexicon hits.</summary>
internal static class TriggerFeatures
{
    public static ulong WordKey(TokenInfo info, int t) => FeatureHash.Of(1, info.Lower(t));

    public static ulong[] For(TokenInfo info, int t)
    {
        var f = new List<ulong>(40);
        AddFor(f, info, t);
        return [.. f];
    }

    /// <summary>Appends the features of <see cref="For"/> to <paramref name="f"/>.</summary>
    public static void AddFor(List<ulong> f, TokenInfo info, int t)
    {
        var w0 = info.Lower(t);
        var wm1 = info.Lower(t - 1);
        var wp1 = info.Lower(t + 1);
        var s0 = info.Stems[t];
        f.Add(FeatureHash.Of(0));
        f.Add(FeatureHash.Of(2, w0));
        f.Add(FeatureHash.Of(3, wm1));
        f.Add(FeatureHash.Of(4, wp1));
        f.Add(FeatureHash.Of(5, info.Lower(t - 2)));
        f.Add(FeatureHash.Of(6, info.Lower(t + 2)));
        f.Add(FeatureHash.Of(7, wm1, w0));
        f.Add(FeatureHash.Of(8, w0, wp1));
        f.Add(FeatureHash.Of(9, s0));
        f.Add(FeatureHash.Of(10, w0.Length > 3 ? w0.AsSpan(w0.Length - 3) : w0));
        f.Add(FeatureHash.Of(11, info.Shapes[t]));
        f.Add(FeatureHash.Of(12, info.StemAt(t - 1)));
        f.Add(FeatureHash.Of(13, info.StemAt(t + 1)));
        f.Add(FeatureHash.Of(14, wm1, w0, wp1));
        f.Add(FeatureHash.Of(15, info.Lower(t - 2), wm1));
        f.Add(FeatureHash.Of(16, wp1, info.Lower(t + 2)));
        f.Add(FeatureHash.Of(17, s0, info.StemAt(t + 1)));
        f.Add(FeatureHash.Of(18, info.StemAt(t - 1), s0));
        var lex = info.TriggerLabels[t];
        f.Add(FeatureHash.Of(20, lex ?? "-"));
        if (lex is not null)
        {
            f.Add(FeatureHash.Of(21, lex, s0));
        }

        if (info.HiddenTriggerTypes[t] is { } hidden)
        {
            foreach (var type in hidden)
            {
                f.Add(FeatureHash.Of(42, type));
                f.Add(FeatureHash.Of(43, type, s0));
            }
        }

        f.Add(FeatureHash.Of(22, t > 0 ? info.TriggerLabels[t - 1] ?? "-" : "<s>"));
        f.Add(FeatureHash.Of(23, t + 1 < info.TriggerLabels.Length ? info.TriggerLabels[t + 1] ?? "-" : "</s>"));
        if (info.CueLabels[t] is { } cue)
        {
            f.Add(FeatureHash.Of(24, cue));
        }

        if (t > 0 && info.CueLabels[t - 1] is { } cuePrev)
        {
            f.Add(FeatureHash.Of(25, cuePrev));
        }

        foreach (var type in info.DocumentTypes)
        {
            f.Add(FeatureHash.Of(26, type));
            f.Add(FeatureHash.Of(27, type, s0));
        }

        foreach (var type in info.SentenceTypes[info.Text.SentenceOf(t)])
        {
            f.Add(FeatureHash.Of(28, type, s0));
        }

        var sentence = info.Text.Sentences[info.Text.SentenceOf(t)];
        f.Add(FeatureHash.Of(29, t == sentence.FirstToken ? 1 : 0, info.Shapes[t]));

        // A wider window: the stems three to five tokens away on each side (as a bag per side) and the words'
        // coarse classes, within the sentence.
        for (var k = 3; k <= 5; k++)
        {
            if (t - k >= sentence.FirstToken)
            {
                f.Add(FeatureHash.Of(36, info.Stems[t - k]));
            }

            if (t + k < sentence.EndToken)
            {
                f.Add(FeatureHash.Of(37, info.Stems[t + k]));
            }
        }

        f.Add(FeatureHash.Of(38, info.Lower(t - 1), s0));
        f.Add(FeatureHash.Of(39, t - 2 >= 0 ? info.Stems[t - 2] : "<s>", s0));

        // Word classes learned from the training texts (WordClusters).
        f.Add(FeatureHash.Of(30, info.Coarse[t]));
        f.Add(FeatureHash.Of(31, info.Fine[t]));
        f.Add(FeatureHash.Of(32, info.FineAt(t - 1)));
        f.Add(FeatureHash.Of(33, info.FineAt(t + 1)));
        f.Add(FeatureHash.Of(34, ((long)info.CoarseAt(t - 1) << 20) ^ info.Coarse[t]));
        f.Add(FeatureHash.Of(35, ((long)info.Coarse[t] << 20) ^ info.CoarseAt(t + 1)));
        if (info.PlacedCoarse[t] != WordClusters.None)
        {
            f.Add(FeatureHash.Of(40, info.PlacedCoarse[t]));
            f.Add(FeatureHash.Of(41, info.PlacedFine[t]));
        }
    }
}
