namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// A small direct-mapped memo in front of a trained perceptron's row table, for one document's tagging. The argument
/// tagger looks the same keys up again and again (a trigger's side and distance features, its words, the words
/// between): a hit costs one probe into a few kilobytes instead of a likely cache miss in the model's table. Rows are
/// the model's own, and they are added in feature order, so scores are bit for bit those of
/// <see cref="AveragedPerceptron.Score"/>. Not thread-safe: one memo per thread and document.
/// </summary>
internal sealed class FeatureRowMemo
{
    private const int Bits = 9;
    private readonly AveragedPerceptron _model;
    private readonly Entry[] _entries = new Entry[1 << Bits];

    public FeatureRowMemo(AveragedPerceptron model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <summary>The model's row of <paramref name="feature"/> (−1 when it has none).</summary>
    public int RowOf(ulong feature)
    {
        ref var entry = ref _entries[(int)((feature * 0xD6E8FEB86659FD93UL) >> (64 - Bits))];
        if (entry.Tag != 0 && entry.Key == feature)
        {
            return entry.Tag - 2;
        }

        var row = _model.RowOf(feature, create: false);
        entry.Key = feature;
        entry.Tag = row + 2;
        return row;
    }

    /// <summary>Adds the weights of the features' rows to <paramref name="scores"/>, in feature order.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _model.Score(features, scores, this);

    /// <summary>A remembered key and its row plus two (0: empty).</summary>
    private struct Entry
    {
        public ulong Key;
        public int Tag;
    }
}
