using System.Numerics;

namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// A multi-class averaged perceptron over hashed sparse binary features. Each feature key owns a row of one weight
/// per label. Training keeps a second accumulator per weight (the "w − u/c" averaging trick) and
/// <see cref="Average"/> folds it in; a trained model is read-only.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows;
    private float[] _weights;
    private double[]? _accumulated;
    private long _ticks = 1;

    // A trained model looks its rows up in an open-addressing table (keys are hashes already): about twice as fast
    // as the dictionary, which matters because tagging is mostly row lookups.
    // Keys and rows sit side by side so that a probe touches one cache line, not two.
    private Slot[]? _frozen;
    private int _frozenShift;

    public AveragedPerceptron(int labels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labels, 2);
        Labels = labels;
        _rows = new Dictionary<ulong, int>();
        _weights = new float[labels * 1024];
        _accumulated = new double[labels * 1024];
    }

    private AveragedPerceptron(int labels, Dictionary<ulong, int> rows, float[] weights)
    {
        Labels = labels;
        _rows = rows;
        _weights = weights;
        Freeze();
    }

    public int Labels { get; }

    /// <summary>A trained model from its rows: <paramref name="weights"/> holds one row of <paramref name="labels"/> weights per key, in key order (a repeated key keeps its first row).</summary>
    public static AveragedPerceptron FromRows(int labels, IReadOnlyList<ulong> keys, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != keys.Count * labels)
        {
            throw new ArgumentException("One row of weights per key is needed.", nameof(weights));
        }

        var rows = new Dictionary<ulong, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            rows.TryAdd(keys[i], i);
        }

        return new AveragedPerceptron(labels, rows, weights.Length == 0 ? new float[1] : weights);
    }

    public int FeatureCount => _rows.Count;

    /// <summary>The row of a feature, or -1 when the model has none (and <paramref name="create"/> is false).</summary>
    public int RowOf(ulong feature, bool create)
    {
        if (_frozen is { } slots)
        {
            var mask = slots.Length - 1;
            for (var i = (int)((feature * 0x9E3779B97F4A7C15UL) >> _frozenShift); ; i = (i + 1) & mask)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Row < 0 || slot.Key == feature)
                {
                    return slot.Row;
                }
            }
        }

        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        if (!create || _accumulated is null)
        {
            return -1;
        }

        row = _rows.Count;
        _rows.Add(feature, row);
        var needed = (row + 1) * Labels;
        if (needed > _weights.Length)
        {
            var size = Math.Max(needed, _weights.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _accumulated, size);
        }

        return row;
    }

    /// <summary>Adds the weights of the rows (negative rows are ignored) to <paramref name="scores"/>, in order.</summary>
    public void AddScores(ReadOnlySpan<int> rows, Span<float> scores)
    {
        var labels = Labels;
        var weights = _weights;
        foreach (var row in rows)
        {
            if (row >= 0)
            {
                AddRow(weights.AsSpan(row * labels, labels), scores);
            }
        }
    }

    /// <summary>Adds the weights of one row.</summary>
    public void AddScores(int row, Span<float> scores)
    {
        if (row >= 0)
        {
            AddRow(_weights.AsSpan(row * Labels, Labels), scores);
        }
    }

    /// <summary>
    /// Adds the weights of the features' rows to <paramref name="scores"/>, in feature order (so the sums are the
    /// same, bit for bit, as adding one feature at a time). All rows are looked up first: the independent table
    /// probes then overlap their cache misses. With a <paramref name="memo"/> the rows come through it (the same rows).
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores, FeatureRowMemo? memo = null)
    {
        const int Batch = 64;
        Span<int> rows = stackalloc int[Batch];
        for (var start = 0; start < features.Length; start += Batch)
        {
            var chunk = features.Slice(start, Math.Min(Batch, features.Length - start));
            var found = rows[..chunk.Length];
            for (var k = 0; k < chunk.Length; k++)
            {
                found[k] = memo is null ? RowOf(chunk[k], create: false) : memo.RowOf(chunk[k]);
            }

            AddScores(found, scores);
        }
    }

    /// <summary>
    /// <c>scores[l] += weights[l]</c> for every label, several labels per instruction. Each element gets the same
    /// single IEEE addition as the scalar loop, so the results are identical.
    /// </summary>
    internal static void AddRow(ReadOnlySpan<float> weights, Span<float> scores)
    {
        if (scores.Length < weights.Length)
        {
            throw new ArgumentException("The score row is shorter than the weight row.", nameof(scores));
        }

        var l = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<float>.Count;
            for (; l <= weights.Length - width; l += width)
            {
                var target = scores[l..];
                (new Vector<float>(target) + new Vector<float>(weights[l..])).CopyTo(target);
            }
        }

        for (; l < weights.Length; l++)
        {
            scores[l] += weights[l];
        }
    }

    /// <summary>Moves the rows' weights towards <paramref name="gold"/> and away from <paramref name="predicted"/>.</summary>
    public void Update(ReadOnlySpan<int> rows, int gold, int predicted)
    {
        if (gold == predicted)
        {
            return;
        }

        var acc = _accumulated ?? throw new InvalidOperationException("The model is trained already.");
        foreach (var row in rows)
        {
            if (row < 0)
            {
                continue;
            }

            var g = row * Labels + gold;
            var p = row * Labels + predicted;
            _weights[g] += 1;
            acc[g] += _ticks;
            _weights[p] -= 1;
            acc[p] -= _ticks;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to one weight (structured updates touch the two paths separately).</summary>
    public void Adjust(int row, int label, float delta)
    {
        if (row < 0)
        {
            return;
        }

        var acc = _accumulated ?? throw new InvalidOperationException("The model is trained already.");
        var i = row * Labels + label;
        _weights[i] += delta;
        acc[i] += delta * _ticks;
    }

    /// <summary>Counts one training instance (for averaging).</summary>
    public void Tick() => _ticks++;

    /// <summary>Replaces each weight by its average over all training instances and ends training.</summary>
    public void Average()
    {
        var acc = _accumulated ?? throw new InvalidOperationException("The model is averaged already.");
        var n = _rows.Count * Labels;
        for (var i = 0; i < n; i++)
        {
            _weights[i] = (float)(_weights[i] - (acc[i] / _ticks));
        }

        _accumulated = null;
        Freeze();
    }

    /// <summary>Builds the lookup table of a trained model (load factor at most one half).</summary>
    private void Freeze()
    {
        var bits = 4;
        while ((1 << bits) < _rows.Count * 2)
        {
            bits++;
        }

        var slots = new Slot[1 << bits];
        slots.AsSpan().Fill(new Slot { Row = -1 });
        var mask = slots.Length - 1;
        var shift = 64 - bits;
        foreach (var (key, row) in _rows)
        {
            var i = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
            while (slots[i].Row >= 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = new Slot { Key = key, Row = row };
        }

        _frozenShift = shift;
        _frozen = slots;
    }

    /// <summary>One entry of the frozen lookup table (<see cref="Row"/> −1 when empty).</summary>
    private struct Slot
    {
        public ulong Key;
        public int Row;
    }

    /// <summary>
    /// The mean of trained models over the same labels (a seed ensemble folded into one linear model): each
    /// feature's weights are averaged, a feature missing from a model counting as zero there.
    /// </summary>
    public static AveragedPerceptron Mean(IReadOnlyList<AveragedPerceptron> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentOutOfRangeException.ThrowIfZero(models.Count);
        if (models.Count == 1)
        {
            return models[0];
        }

        var labels = models[0].Labels;
        if (models.Any(m => m.Labels != labels || m._accumulated is not null))
        {
            throw new InvalidOperationException("Only averaged models over the same labels can be combined.");
        }

        var rows = new Dictionary<ulong, int>();
        foreach (var m in models)
        {
            foreach (var key in m._rows.Keys)
            {
                rows.TryAdd(key, rows.Count);
            }
        }

        var weights = new float[Math.Max(1, rows.Count * labels)];
        var scale = 1f / models.Count;
        foreach (var m in models)
        {
            foreach (var (key, row) in m._rows)
            {
                var target = weights.AsSpan(rows[key] * labels, labels);
                var source = m._weights.AsSpan(row * labels, labels);
                for (var l = 0; l < labels; l++)
                {
                    target[l] += source[l] * scale;
                }
            }
        }

        return new AveragedPerceptron(labels, rows, weights);
    }

    /// <summary>Index of the highest score among the allowed labels (all when <paramref name="allowed"/> is empty).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var l = 0; l < scores.Length; l++)
        {
            if ((allowed.IsEmpty || allowed[l]) && scores[l] > bestScore)
            {
                best = l;
                bestScore = scores[l];
            }
        }

        return best;
    }

    /// <summary>Writes the averaged model: only rows and labels whose weight is not (near) zero.</summary>
    public void Write(BinaryWriter writer)
    {
        if (_accumulated is not null)
        {
            throw new InvalidOperationException("Average the model before saving it.");
        }

        writer.Write(Labels);
        var kept = new List<(ulong Key, int Row)>();
        foreach (var (key, row) in _rows)
        {
            var w = _weights.AsSpan(row * Labels, Labels);
            foreach (var x in w)
            {
                if (MathF.Abs(x) > 1e-4f)
                {
                    kept.Add((key, row));
                    break;
                }
            }
        }

        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(kept.Count);
        foreach (var (key, row) in kept)
        {
            writer.Write(key);
            var w = _weights.AsSpan(row * Labels, Labels);
            var count = 0;
            foreach (var x in w)
            {
                count += MathF.Abs(x) > 1e-4f ? 1 : 0;
            }

            writer.Write((byte)count);
            for (var l = 0; l < w.Length; l++)
            {
                if (MathF.Abs(w[l]) > 1e-4f)
                {
                    writer.Write((byte)l);
                    writer.Write(w[l]);
                }
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static AveragedPerceptron Read(BinaryReader reader)
    {
        var labels = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (labels < 2 || labels > 255 || count < 0)
        {
            throw new InvalidDataException($"Corrupt perceptron header (labels {labels}, rows {count}).");
        }

        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[Math.Max(1, count * labels)];
        for (var r = 0; r < count; r++)
        {
            rows.Add(reader.ReadUInt64(), r);
            int n = reader.ReadByte();
            for (var k = 0; k < n; k++)
            {
                int label = reader.ReadByte();
                if (label >= labels)
                {
                    throw new InvalidDataException($"Corrupt perceptron row {r}: label {label} of {labels}.");
                }

                weights[r * labels + label] = reader.ReadSingle();
            }
        }

        return new AveragedPerceptron(labels, rows, weights);
    }
}
