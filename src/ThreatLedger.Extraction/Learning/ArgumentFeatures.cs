namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// Features of one token of a trigger's sentence for the argument tagger: the token, its neighbours, where it lies
/// relative to the trigger (side and distance), the trigger's words, cue and lexicon hits.
/// </summary>
internal static class ArgumentFeatures
{
    public static ulong WordKey(TokenInfo info, int t) => FeatureHash.Of(101, info.Lower(t));

    /// <summary>Features of token <paramref name="t"/> for the trigger on tokens [<paramref name="ts"/>, <paramref name="te"/>).</summary>
    public static ulong[] For(TokenInfo info, int t, int ts, int te, string triggerText, int sentenceStart, int sentenceEnd)
    {
        var f = new List<ulong>(40);
        var w0 = info.Lower(t);
        var wm1 = t - 1 >= sentenceStart ? info.Lower(t - 1) : "<s>";
        var wp1 = t + 1 < sentenceEnd ? info.Lower(t + 1) : "</s>";
        var s0 = info.Stems[t];
        var inside = t >= ts && t < te;
        var side = inside ? "T" : t < ts ? "L" : "R";
        var distance = t < ts ? ts - t : t - te + 1;
        var bucket = inside ? 0 : distance switch { 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 12 => 6, <= 20 => 7, _ => 8 };
        var head = info.Stems[te - 1];
        var shape = info.Shapes[t];
        f.Add(FeatureHash.Of(100));
        f.Add(FeatureHash.Of(102, w0));
        f.Add(FeatureHash.Of(103, wm1));
        f.Add(FeatureHash.Of(104, wp1));
        f.Add(FeatureHash.Of(105, s0));
        f.Add(FeatureHash.Of(106, shape));
        f.Add(FeatureHash.Of(107, w0.Length > 3 ? w0.AsSpan(w0.Length - 3) : w0));
        f.Add(FeatureHash.Of(108, bucket, side));
        f.Add(FeatureHash.Of(109, bucket, w0));
        f.Add(FeatureHash.Of(110, side, head));
        f.Add(FeatureHash.Of(111, side, head, s0));
        f.Add(FeatureHash.Of(112, side, w0));
        f.Add(FeatureHash.Of(113, side, wm1));
        f.Add(FeatureHash.Of(114, side, shape));
        f.Add(FeatureHash.Of(115, wm1, w0));
        f.Add(FeatureHash.Of(116, w0, wp1));
        f.Add(FeatureHash.Of(117, side, triggerText));
        f.Add(FeatureHash.Of(118, bucket, side, triggerText));
        f.Add(FeatureHash.Of(119, side, te < sentenceEnd ? info.Lower(te) : "</s>"));
        f.Add(FeatureHash.Of(120, side, ts - 1 >= sentenceStart ? info.Lower(ts - 1) : "<s>"));
        f.Add(FeatureHash.Of(121, t - 2 >= sentenceStart ? info.Lower(t - 2) : "<s>"));
        f.Add(FeatureHash.Of(122, t + 2 < sentenceEnd ? info.Lower(t + 2) : "</s>"));
        if (info.CueLabels[t] is { } cue)
        {
            f.Add(FeatureHash.Of(123, cue));
            f.Add(FeatureHash.Of(124, side, cue));
        }

        if (info.TriggerLabels[t] is { } lex)
        {
            f.Add(FeatureHash.Of(125, lex));
        }

        // Is there another trigger-lexicon phrase between this token and the trigger?
        var between = false;
        var commas = 0;
        var lo = t < ts ? t + 1 : te;
        var hi = t < ts ? ts : t;
        for (var k = lo; k < hi; k++)
        {
            between |= info.TriggerLabels[k] is not null;
            commas += info.Lower(k) is "," or ";" or "(" or ")" ? 1 : 0;
        }

        f.Add(FeatureHash.Of(126, between ? 1 : 0, side));
        f.Add(FeatureHash.Of(127, Math.Min(commas, 2), side));
        f.Add(FeatureHash.Of(128, inside ? 1 : 0));
        return [.. f];
    }
}
