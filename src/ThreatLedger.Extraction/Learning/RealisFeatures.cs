namespace ThreatLedger.Extraction.Learning;

/// <summary>Features of a trigger for the realis classifier: its words, type, the words around it and realis cues.</summary>
internal static class RealisFeatures
{
    public static ulong[] For(TokenInfo info, int ts, int te, string type, int sentenceStart, int sentenceEnd)
    {
        var f = new List<ulong>(40);
        var text = string.Join(' ', Enumerable.Range(ts, te - ts).Select(info.Lower));
        var head = info.Lower(te - 1);
        f.Add(FeatureHash.Of(200));
        f.Add(FeatureHash.Of(201, type));
        f.Add(FeatureHash.Of(202, text));
        f.Add(FeatureHash.Of(203, head));
        f.Add(FeatureHash.Of(204, type, info.Stems[te - 1]));
        f.Add(FeatureHash.Of(205, head.Length > 1 && head[^1] == 's' && info.Stems[te - 1] != head ? 1 : 0, type));
        for (var k = 1; k <= 4; k++)
        {
            var t = ts - k;
            var w = t >= sentenceStart ? info.Lower(t) : "<s>";
            f.Add(FeatureHash.Of(210 + k, w));
            f.Add(FeatureHash.Of(220, w));
            if (t >= sentenceStart && info.CueLabels[t] is { } cue)
            {
                f.Add(FeatureHash.Of(221, cue, w));
            }
        }

        for (var k = 1; k <= 3; k++)
        {
            var t = te - 1 + k;
            f.Add(FeatureHash.Of(230 + k, t < sentenceEnd ? info.Lower(t) : "</s>"));
        }

        f.Add(FeatureHash.Of(240, ts - 1 >= sentenceStart ? info.Lower(ts - 1) : "<s>", info.Lower(ts)));
        for (var t = sentenceStart; t < sentenceEnd; t++)
        {
            if (t < ts - 4 || t >= te + 3)
            {
                f.Add(FeatureHash.Of(241, info.Lower(t)));
            }
        }

        return [.. f];
    }
}
