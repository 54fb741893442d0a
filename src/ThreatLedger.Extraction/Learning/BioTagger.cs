using System.Runtime.InteropServices;

namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// A BIO sequence tagger over an averaged perceptron. Either a first-order structured perceptron decoded with Viterbi
/// (<see cref="Structured"/>, the default for trained models), or greedy left to right with previous-label features
/// (alone and joined with the token's word). Both respect the BIO constraints.
/// </summary>
internal sealed class BioTagger
{
    private const int PreviousTemplate = 9001;
    private const int PreviousWordTemplate = 9002;

    public BioTagger(BioLabels labels, AveragedPerceptron model)
    {
        Labels = labels;
        Model = model;
    }

    public BioLabels Labels { get; }

    public AveragedPerceptron Model { get; }

    /// <summary>Subtracted from the <c>O</c> label's score when tagging: positive values trade precision for recall.</summary>
    public float OutsideBias { get; set; }

    /// <summary>
    /// Tags a sequence from precomputed emission scores (one row of <c>Labels.Count</c> per token: the sum of each
    /// token's feature weights; modified in place). Tokens whose <paramref name="candidates"/> entry is false are
    /// labelled <c>O</c>.
    /// </summary>
    public int[] TagEmissions(float[] emissions, int n, ReadOnlySpan<ulong> words, bool[]? candidates)
    {
        var l = Labels.Count;
        for (var i = 0; i < n; i++)
        {
            emissions[i * l] -= OutsideBias;
        }

        if (Structured)
        {
            return Viterbi(emissions, n, candidates, create: false);
        }

        var result = new int[n];
        Span<float> scores = stackalloc float[l];
        var prev = Labels.Start;
        for (var i = 0; i < n; i++)
        {
            if (candidates is not null && !candidates[i])
            {
                prev = 0;
                continue;
            }

            emissions.AsSpan(i * l, l).CopyTo(scores);
            Model.AddScores(Model.RowOf(FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)prev), create: false), scores);
            Model.AddScores(Model.RowOf(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Of(PreviousWordTemplate), words[i]), (ulong)prev), create: false), scores);
            var label = AveragedPerceptron.ArgMax(scores, Labels.AllowedAfter(prev));
            result[i] = label;
            prev = label;
        }

        return result;
    }

    /// <summary>
    /// Whether the tagger is a first-order structured perceptron decoded with Viterbi (label-transition weights, no
    /// previous-label × word features) rather than greedy left to right.
    /// </summary>
    public bool Structured { get; init; }

    private float[]? _transitions;

    /// <summary>Best label sequence under emission scores and the model's transition weights (BIO-constrained).</summary>
    private int[] Viterbi(float[] emissions, int n, bool[]? candidates, bool create)
    {
        var l = Labels.Count;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        // transition[prev * l + cur], prev in 0..l (l = start). A trained model's transitions never change: cache them.
        var transition = create ? null : _transitions;
        if (transition is null)
        {
            transition = new float[(l + 1) * l];
            for (var prev = 0; prev <= l; prev++)
            {
                Model.AddScores(Model.RowOf(FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)prev), create), transition.AsSpan(prev * l, l));
            }

            if (!create)
            {
                _transitions = transition;
            }
        }

        var delta = new float[n * l];
        var back = new int[n * l];
        for (var i = 0; i < n; i++)
        {
            var forced = candidates is not null && !candidates[i];
            for (var cur = 0; cur < l; cur++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                if (!forced || cur == 0)
                {
                    if (i == 0)
                    {
                        if (Labels.AllowedAfter(Labels.Start)[cur])
                        {
                            best = forced ? 0 : transition[(l * l) + cur];
                            arg = Labels.Start;
                        }
                    }
                    else
                    {
                        for (var prev = 0; prev < l; prev++)
                        {
                            var previous = delta[((i - 1) * l) + prev];
                            if (float.IsNegativeInfinity(previous) || !Labels.AllowedAfter(prev)[cur])
                            {
                                continue;
                            }

                            var score = previous + (forced ? 0 : transition[(prev * l) + cur]);
                            if (score > best)
                            {
                                best = score;
                                arg = prev;
                            }
                        }
                    }
                }

                delta[(i * l) + cur] = forced ? best : best + emissions[(i * l) + cur];
                back[(i * l) + cur] = arg;
            }
        }

        var last = 0;
        for (var cur = 1; cur < l; cur++)
        {
            if (delta[((n - 1) * l) + cur] > delta[((n - 1) * l) + last])
            {
                last = cur;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = last;
            last = back[(i * l) + last];
        }

        return result;
    }

    /// <summary>One structured-perceptron pass: Viterbi-decode each sequence and move weights from the predicted path to the gold path.</summary>
    public void TrainEpochStructured(IReadOnlyList<TrainingSequence> sequences, IReadOnlyList<int> order)
    {
        var l = Labels.Count;
        foreach (var index in order)
        {
            var seq = sequences[index];
            var n = seq.Rows.Length;
            var emissions = new float[n * l];
            for (var i = 0; i < n; i++)
            {
                if (seq.Candidates is null || seq.Candidates[i])
                {
                    Model.AddScores(seq.Rows[i], emissions.AsSpan(i * l, l));
                }
            }

            var predicted = Viterbi(emissions, n, seq.Candidates, create: true);
            var prevGold = Labels.Start;
            var prevPredicted = Labels.Start;
            for (var i = 0; i < n; i++)
            {
                var gold = seq.Gold[i];
                var guess = predicted[i];
                var scored = seq.Candidates is null || seq.Candidates[i];
                if (scored)
                {
                    Model.Update(seq.Rows[i], gold, guess);
                    if (gold != guess || prevGold != prevPredicted)
                    {
                        Model.Adjust(Model.RowOf(FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)prevGold), create: true), gold, 1);
                        Model.Adjust(Model.RowOf(FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)prevPredicted), create: true), guess, -1);
                    }
                }

                Model.Tick();
                prevGold = gold;
                prevPredicted = guess;
            }
        }
    }

    /// <summary>Sums the weights of each token's features into one score row per token.</summary>
    public void ScoreInto(List<ulong> features, Span<float> scores) => Model.Score(CollectionsMarshal.AsSpan(features), scores);

    /// <summary>Sums the weights of the features into <paramref name="scores"/>.</summary>
    public void ScoreInto(ulong[] features, Span<float> scores) => Model.Score(features, scores);

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
