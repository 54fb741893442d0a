namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// Features of one token of a trigger's sentence for the argument tagger. <see cref="Static"/> features describe
/// the token alone (its words, neighbours, shape, cue and lexicon hits) and are scored once per document;
/// <see cref="Relative"/> features describe where it lies relative to the trigger (side, distance, the trigger's
/// words, what lies between) and are scored per trigger.
/// </summary>
internal static class ArgumentFeatures
{
    public static ulong WordKey(TokenInfo info, int t) => FeatureHash.Of(101, info.Lower(t));

    /// <summary>Trigger-independent features of token <paramref name="t"/>.</summary>
    public static ulong[] Static(TokenInfo info, int t)
    {
        var f = new List<ulong>(16);
        AddStatic(f, info, t);
        return [.. f];
    }

    /// <summary>Appends the features of <see cref="Static"/> to <paramref name="f"/>.</summary>
    public static void AddStatic(List<ulong> f, TokenInfo info, int t)
    {
        var w0 = info.Lower(t);
        var wm1 = info.Lower(t - 1);
        var wp1 = info.Lower(t + 1);
        f.Add(FeatureHash.Of(100));
        f.Add(FeatureHash.Of(102, w0));
        f.Add(FeatureHash.Of(103, wm1));
        f.Add(FeatureHash.Of(104, wp1));
        f.Add(FeatureHash.Of(105, info.Stems[t]));
        f.Add(FeatureHash.Of(106, info.Shapes[t]));
        f.Add(FeatureHash.Of(107, w0.Length > 3 ? w0.AsSpan(w0.Length - 3) : w0));
        f.Add(FeatureHash.Of(115, wm1, w0));
        f.Add(FeatureHash.Of(116, w0, wp1));
        f.Add(FeatureHash.Of(121, info.Lower(t - 2)));
        f.Add(FeatureHash.Of(122, info.Lower(t + 2)));
        if (info.CueLabels[t] is { } cue)
        {
            f.Add(FeatureHash.Of(123, cue));
        }

        if (info.TriggerLabels[t] is { } lex)
        {
            f.Add(FeatureHash.Of(125, lex));
        }

        // Name runs (capitalised words, not counting a sentence's first word alone): where the token lies in its
        // run and the words just outside it ("security firm Acme Labs said").
        var (runStart, runEnd) = info.NameRun(t);
        if (runEnd > runStart)
        {
            var position = runEnd - runStart == 1 ? "U" : t == runStart ? "B" : t == runEnd - 1 ? "L" : "I";
            f.Add(FeatureHash.Of(146, Math.Min(runEnd - runStart, 4), position));
            f.Add(FeatureHash.Of(147, position, info.Lower(runStart - 1)));
            f.Add(FeatureHash.Of(148, position, info.Lower(runEnd)));
        }

        // Word classes learned from the training texts (WordClusters).
        f.Add(FeatureHash.Of(132, info.Coarse[t]));
        f.Add(FeatureHash.Of(133, info.Fine[t]));
        f.Add(FeatureHash.Of(134, info.FineAt(t - 1)));
        f.Add(FeatureHash.Of(135, info.FineAt(t + 1)));
        if (info.PlacedCoarse[t] != WordClusters.None)
        {
            f.Add(FeatureHash.Of(138, info.PlacedCoarse[t]));
            f.Add(FeatureHash.Of(139, info.PlacedFine[t]));
        }
    }

    /// <summary>Features of token <paramref name="t"/> relative to the trigger on tokens [<paramref name="ts"/>, <paramref name="te"/>).</summary>
    public static ulong[] Relative(TokenInfo info, int t, int ts, int te, string triggerText, int windowStart, int windowEnd)
    {
        var f = new List<ulong>(20);
        AddRelative(f, info, t, ts, te, triggerText, windowStart, windowEnd);
        return [.. f];
    }

    /// <summary>Appends the features of <see cref="Relative"/> to <paramref name="f"/>.</summary>
    public static void AddRelative(List<ulong> f, TokenInfo info, int t, int ts, int te, string triggerText, int windowStart, int windowEnd)
    {
        var w0 = info.Lower(t);
        var inside = t >= ts && t < te;
        var side = inside ? "T" : t < ts ? "L" : "R";
        var distance = t < ts ? ts - t : t - te + 1;
        var bucket = inside ? 0 : distance switch { 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 12 => 6, <= 20 => 7, _ => 8 };
        var head = info.Stems[te - 1];
        var s0 = info.Stems[t];
        f.Add(FeatureHash.Of(108, bucket, side));
        f.Add(FeatureHash.Of(109, bucket, w0));
        f.Add(FeatureHash.Of(110, side, head));
        f.Add(FeatureHash.Of(111, side, head, s0));
        f.Add(FeatureHash.Of(112, side, w0));
        f.Add(FeatureHash.Of(113, side, info.Lower(t - 1)));
        f.Add(FeatureHash.Of(114, side, info.Shapes[t]));
        f.Add(FeatureHash.Of(117, side, triggerText));
        f.Add(FeatureHash.Of(118, bucket, side, triggerText));
        f.Add(FeatureHash.Of(119, side, te < windowEnd ? info.Lower(te) : "</s>"));
        f.Add(FeatureHash.Of(120, side, ts - 1 >= windowStart ? info.Lower(ts - 1) : "<s>"));
        if (info.CueLabels[t] is { } cue)
        {
            f.Add(FeatureHash.Of(124, side, cue));
        }

        // Is there another trigger-lexicon phrase, or clause punctuation, between this token and the trigger?
        var between = false;
        var commas = 0;
        var lo = t < ts ? t + 1 : te;
        var hi = t < ts ? ts : t;
        for (var k = lo; k < hi; k++)
        {
            between |= info.TriggerLabels[k] is not null;
            commas += info.Lower(k) is "," or ";" or "(" or ")" ? 1 : 0;
        }

        // The words between the token and the trigger ("stolen by X", "X said it had found"): each word when they are
        // few, and the exact sequence when they are very few.
        if (hi - lo <= 6)
        {
            for (var k = lo; k < hi; k++)
            {
                f.Add(FeatureHash.Of(129, side, info.Lower(k)));
            }

            if (hi - lo <= 3)
            {
                var sequence = FeatureHash.Of(130, side);
                for (var k = lo; k < hi; k++)
                {
                    sequence = FeatureHash.Add(sequence, info.Lower(k));
                }

                f.Add(sequence);
                f.Add(FeatureHash.Add(FeatureHash.Mix(sequence, 131), head));
            }
        }

        f.Add(FeatureHash.Of(126, between ? 1 : 0, side));
        f.Add(FeatureHash.Of(127, Math.Min(commas, 2), side));
        f.Add(FeatureHash.Of(128, inside ? 1 : 0));
        f.Add(FeatureHash.Of(136, ((long)bucket << 24) ^ info.Coarse[t], side));
        f.Add(FeatureHash.Of(137, info.Fine[t], side, head));
    }

    /// <summary>All features (static then relative), as the trainer sees them.</summary>
    public static ulong[] For(TokenInfo info, int t, int ts, int te, string triggerText, int windowStart, int windowEnd) =>
        [.. Static(info, t), .. Relative(info, t, ts, te, triggerText, windowStart, windowEnd)];
}
