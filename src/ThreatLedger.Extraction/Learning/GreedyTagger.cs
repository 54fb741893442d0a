namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// A left-to-right BIO sequence tagger: an averaged perceptron scores each token's labels from its static features
/// plus the previous label (alone and joined with the token's word), and the best label allowed by the BIO
/// constraints is taken.
/// </summary>
internal sealed class GreedyTagger
{
    private const int PreviousTemplate = 9001;
    private const int PreviousWordTemplate = 9002;

    public GreedyTagger(BioLabels labels, AveragedPerceptron model)
    {
        Labels = labels;
        Model = model;
    }

    public BioLabels Labels { get; }

    public AveragedPerceptron Model { get; }

    /// <summary>Subtracted from the <c>O</c> label's score when tagging: positive values trade precision for recall.</summary>
    public float OutsideBias { get; set; }

    /// <summary>Tags a sequence. <paramref name="words"/> holds one key per token for the previous-label conjunction.</summary>
    public int[] Tag(IReadOnlyList<ulong[]> features, ReadOnlySpan<ulong> words) => Tag(features, words, null, null);

    /// <summary>
    /// Tags a sequence whose tokens already have partial scores (<paramref name="baseScores"/>, one row of
    /// <c>Labels.Count</c> per token, e.g. from features shared by many sequences) to which
    /// <paramref name="features"/> add. Tokens whose <paramref name="candidates"/> entry is false are labelled
    /// <c>O</c> without scoring (their features may be empty).
    /// </summary>
    public int[] Tag(IReadOnlyList<ulong[]> features, ReadOnlySpan<ulong> words, float[]? baseScores, bool[]? candidates)
    {
        var n = features.Count;
        var result = new int[n];
        Span<float> scores = stackalloc float[Labels.Count];
        var rows = new List<int>(64);
        var prev = Labels.Start;
        for (var i = 0; i < n; i++)
        {
            if (candidates is not null && !candidates[i])
            {
                result[i] = 0;
                prev = 0;
                continue;
            }

            rows.Clear();
            foreach (var f in features[i])
            {
                rows.Add(Model.RowOf(f, create: false));
            }

            if (baseScores is null)
            {
                scores.Clear();
            }
            else
            {
                baseScores.AsSpan(i * Labels.Count, Labels.Count).CopyTo(scores);
            }

            Model.AddScores(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows), scores);
            Model.AddScores(Model.RowOf(FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)prev), create: false), scores);
            Model.AddScores(Model.RowOf(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Of(PreviousWordTemplate), words[i]), (ulong)prev), create: false), scores);
            scores[0] -= OutsideBias;
            var label = AveragedPerceptron.ArgMax(scores, Labels.AllowedAfter(prev));
            result[i] = label;
            prev = label;
        }

        return result;
    }

    /// <summary>Sums the weights of each token's features into one score row per token.</summary>
    public void ScoreInto(ulong[] features, Span<float> scores)
    {
        foreach (var f in features)
        {
            Model.AddScores(Model.RowOf(f, create: false), scores);
        }
    }

    /// <summary>A sequence prepared for training: static feature rows per token, word keys and gold labels.</summary>
    public sealed record TrainingSequence(int[][] Rows, ulong[] Words, int[] Gold, bool[]? Candidates = null);

    /// <summary>
    /// Maps feature keys to model rows, creating rows only for keys seen at least <paramref name="minCount"/> times
    /// in <paramref name="counts"/>.
    /// </summary>
    public static int[] RowsFor(AveragedPerceptron model, ulong[] features, Dictionary<ulong, int> counts, int minCount)
    {
        var rows = new int[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            var f = features[k];
            rows[k] = model.RowOf(f, create: counts.TryGetValue(f, out var c) && c >= minCount);
        }

        return rows;
    }

    /// <summary>One training pass over <paramref name="sequences"/> in the given order.</summary>
    public void TrainEpoch(IReadOnlyList<TrainingSequence> sequences, IReadOnlyList<int> order)
    {
        Span<float> scores = stackalloc float[Labels.Count];
        Span<int> dynamicRows = stackalloc int[2];
        foreach (var index in order)
        {
            var seq = sequences[index];
            var prevPredicted = Labels.Start;
            for (var i = 0; i < seq.Rows.Length; i++)
            {
                if (seq.Candidates is not null && !seq.Candidates[i])
                {
                    prevPredicted = 0;
                    continue;
                }

                // Learn from the predicted history, except where it makes the gold label impossible.
                if (i > 0 && !Labels.AllowedAfter(prevPredicted)[seq.Gold[i]])
                {
                    prevPredicted = seq.Gold[i - 1];
                }

                scores.Clear();
                Model.AddScores(seq.Rows[i], scores);

                var prevRow = Model.RowOf(FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)prevPredicted), create: true);
                var prevWordRow = Model.RowOf(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Of(PreviousWordTemplate), seq.Words[i]), (ulong)prevPredicted), create: true);
                Model.AddScores(prevRow, scores);
                Model.AddScores(prevWordRow, scores);
                var predicted = AveragedPerceptron.ArgMax(scores, Labels.AllowedAfter(prevPredicted));
                var gold = seq.Gold[i];
                if (predicted != gold)
                {
                    Model.Update(seq.Rows[i], gold, predicted);
                    dynamicRows[0] = prevRow;
                    dynamicRows[1] = prevWordRow;
                    Model.Update(dynamicRows, gold, predicted);
                }

                Model.Tick();
                prevPredicted = predicted;
            }
        }
    }
}
