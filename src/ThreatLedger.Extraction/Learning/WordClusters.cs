using System.Runtime.InteropServices;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// Unsupervised word classes computed from the training texts alone (no external data): each frequent word is
/// described by the words seen just before and after it (positive pointwise mutual information with the most
/// frequent words, at offsets −2, −1, +1, +2), and spherical k-means groups words used alike — "stole"/"took",
/// "Equifax"/"Uber", "Tuesday"/"Monday" — at two granularities. The taggers use the class numbers as features, so
/// what they learn about one word carries over to rarely seen words of its class. Saved in the model file.
/// <para>
/// Words too rare to be clustered (seen fewer than three times in the training texts, or never) are not left without
/// a class: their contexts in the document at hand (at training time as when tagging) give them a vector of the same
/// kind, and they are placed at the nearest centroid (<see cref="Classify"/>). A new company name after "said" or
/// before "Inc." thus lands with the names.
/// </para>
/// </summary>
internal sealed class WordClusters
{
    /// <summary>The class printed for words that have none (too rare in the training texts).</summary>
    public const int None = -1;

    private static readonly int[] Offsets = [-2, -1, 1, 2];

    private readonly Dictionary<string, (int Coarse, int Fine)> _classes;

    // What it takes to place a word that has no class yet: the context words (index = position in the list), how often
    // each (offset, context word) dimension was seen in training and in total, and the centroids of both k-means runs.
    private readonly Dictionary<string, int> _contexts;
    private readonly float[] _dimTotals;
    private readonly double _total;
    private readonly float[] _coarseCentroids;
    private readonly float[] _fineCentroids;

    private WordClusters(Dictionary<string, (int Coarse, int Fine)> classes, int coarseCount, int fineCount, string[] contexts, float[] dimTotals, double total, float[] coarseCentroids, float[] fineCentroids)
    {
        _classes = classes;
        CoarseCount = coarseCount;
        FineCount = fineCount;
        ContextWords = contexts;
        _contexts = new Dictionary<string, int>(contexts.Length, StringComparer.Ordinal);
        for (var i = 0; i < contexts.Length; i++)
        {
            _contexts[contexts[i]] = i;
        }

        _dimTotals = dimTotals;
        _total = total;
        _coarseCentroids = coarseCentroids;
        _fineCentroids = fineCentroids;
    }

    /// <summary>No classes: every word gets <see cref="None"/>.</summary>
    public static WordClusters Empty { get; } = new([], 0, 0, [], [], 0, [], []);

    /// <summary>Number of coarse classes.</summary>
    public int CoarseCount { get; }

    /// <summary>Number of fine classes.</summary>
    public int FineCount { get; }

    /// <summary>Number of words with a class.</summary>
    public int WordCount => _classes.Count;

    /// <summary>The frequent words whose company describes a word (the dimensions of the context vectors).</summary>
    public IReadOnlyList<string> ContextWords { get; }

    private int Dims => Offsets.Length * ContextWords.Count;

    /// <summary>The stored classes of a lower-cased word, or (<see cref="None"/>, <see cref="None"/>).</summary>
    public (int Coarse, int Fine) Of(string lower) => _classes.TryGetValue(lower, out var c) ? c : (None, None);

    /// <summary>
    /// The classes of every token of <paramref name="text"/>: the stored classes of words the training texts gave
    /// one, and for the others (<c>Placed</c>) the classes of the nearest centroids to the word's contexts in this
    /// text (<see cref="None"/> when none of its neighbours is a context word).
    /// </summary>
    public (int[] Coarse, int[] Fine, bool[] Placed) Classify(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = text.Tokens.Count;
        var coarse = new int[n];
        var fine = new int[n];
        var placedTokens = new bool[n];
        Dictionary<string, Dictionary<int, float>>? unseen = null;
        for (var t = 0; t < n; t++)
        {
            var lower = text.Lower(t);
            if (_classes.TryGetValue(lower, out var c))
            {
                (coarse[t], fine[t]) = c;
                continue;
            }

            (coarse[t], fine[t]) = (None, None);
            if (Dims == 0)
            {
                continue;
            }

            unseen ??= new Dictionary<string, Dictionary<int, float>>(StringComparer.Ordinal);
            ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(unseen, lower, out _);
            row ??= [];
            AddContexts(text, t, row);
        }

        if (unseen is null)
        {
            return (coarse, fine, placedTokens);
        }

        var placed = new Dictionary<string, (int Coarse, int Fine)>(unseen.Count, StringComparer.Ordinal);
        foreach (var (word, row) in unseen)
        {
            var vector = Vector(row, _total, _dimTotals);
            placed[word] = vector.Dims.Length == 0
                ? (None, None)
                : (Nearest(vector, _coarseCentroids, CoarseCount, Dims), Nearest(vector, _fineCentroids, FineCount, Dims));
        }

        for (var t = 0; t < n; t++)
        {
            if (coarse[t] == None && placed.TryGetValue(text.Lower(t), out var c))
            {
                (coarse[t], fine[t]) = c;
                placedTokens[t] = c.Coarse != None;
            }
        }

        return (coarse, fine, placedTokens);
    }

    /// <summary>Counts the (offset, context word) dimensions around token <paramref name="t"/> into <paramref name="row"/>.</summary>
    private void AddContexts(AnalyzedText text, int t, Dictionary<int, float> row)
    {
        var contexts = ContextWords.Count;
        for (var o = 0; o < Offsets.Length; o++)
        {
            var u = t + Offsets[o];
            if (u >= 0 && u < text.Tokens.Count && _contexts.TryGetValue(text.Lower(u), out var c))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(row, (o * contexts) + c, out _)++;
            }
        }
    }

    /// <summary>
    /// Builds the classes of the words seen at least <paramref name="minCount"/> times in <paramref name="texts"/>;
    /// <see cref="Classify"/> places the others by their contexts in the text at hand.
    /// </summary>
    public static WordClusters Build(IReadOnlyList<AnalyzedText> texts, int coarseCount, int fineCount, int minCount = 3, int contextWords = 400, int iterations = 12)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(coarseCount, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(fineCount, 2);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            for (var t = 0; t < text.Tokens.Count; t++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, text.Lower(t), out _)++;
            }
        }

        // Words ordered by frequency (ties by spelling, so the result is deterministic); the first `frequent` are clustered.
        var words = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var frequent = counts.Count(p => p.Value >= minCount);
        if (frequent < fineCount)
        {
            return Empty;
        }

        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            index[words[i]] = i;
        }

        var contexts = Math.Min(contextWords, frequent);
        var dims = Offsets.Length * contexts;
        var cooccurrence = new Dictionary<int, float>[frequent];
        for (var i = 0; i < frequent; i++)
        {
            cooccurrence[i] = [];
        }

        var dimTotals = new float[dims];
        var total = 0d;
        foreach (var text in texts)
        {
            var n = text.Tokens.Count;
            for (var t = 0; t < n; t++)
            {
                var w = index[text.Lower(t)];
                if (w >= frequent)
                {
                    continue;
                }

                for (var o = 0; o < Offsets.Length; o++)
                {
                    var u = t + Offsets[o];
                    if (u < 0 || u >= n || index[text.Lower(u)] is var c && c >= contexts)
                    {
                        continue;
                    }

                    var d = (o * contexts) + c;
                    CollectionsMarshal.GetValueRefOrAddDefault(cooccurrence[w], d, out _)++;
                    dimTotals[d]++;
                    total++;
                }
            }
        }

        var vectors = new (int[] Dims, float[] Values)[frequent];
        for (var w = 0; w < frequent; w++)
        {
            vectors[w] = Vector(cooccurrence[w], total, dimTotals);
        }

        var (coarse, coarseCentroids) = KMeans(vectors, dims, coarseCount, iterations);
        var (fine, fineCentroids) = KMeans(vectors, dims, fineCount, iterations);
        var classes = new Dictionary<string, (int, int)>(words.Length, StringComparer.Ordinal);
        for (var w = 0; w < frequent; w++)
        {
            classes[words[w]] = (coarse[w], fine[w]);
        }

        return new WordClusters(classes, coarseCount, fineCount, words[..contexts], dimTotals, total, coarseCentroids, fineCentroids);
    }

    /// <summary>A word's sparse context counts as positive PMI values, L2-normalised, dimensions in ascending order.</summary>
    private static (int[] Dims, float[] Values) Vector(Dictionary<int, float> row, double total, float[] dimTotals)
    {
        var wordTotal = 0d;
        foreach (var v in row.Values)
        {
            wordTotal += v;
        }

        var kept = new List<(int Dim, float Value)>(row.Count);
        foreach (var (d, v) in row)
        {
            var pmi = dimTotals[d] > 0 ? Math.Log(v * total / (wordTotal * dimTotals[d])) : 0;
            if (pmi > 0)
            {
                kept.Add((d, (float)pmi));
            }
        }

        kept.Sort((a, b) => a.Dim.CompareTo(b.Dim));
        var norm = MathF.Sqrt(kept.Sum(x => x.Value * x.Value));
        return ([.. kept.Select(x => x.Dim)], [.. kept.Select(x => norm > 0 ? x.Value / norm : 0)]);
    }

    /// <summary>The centroid most similar (cosine) to a unit vector; ties go to the lower class number.</summary>
    private static int Nearest((int[] Dims, float[] Values) vector, float[] centroids, int k, int dims)
    {
        var (d, v) = vector;
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < k; c++)
        {
            var offset = c * dims;
            var score = 0f;
            for (var i = 0; i < d.Length; i++)
            {
                score += centroids[offset + d[i]] * v[i];
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// Spherical k-means (cosine similarity) over sparse unit vectors, started k-means++ style (each new centroid is a
    /// word drawn in proportion to its distance from the centroids chosen so far) with a fixed seed, so the classes
    /// are the same on every run.
    /// </summary>
    private static (int[] Assignment, float[] Centroids) KMeans(ReadOnlySpan<(int[] Dims, float[] Values)> vectors, int dims, int k, int iterations)
    {
        var centroids = new float[k * dims];
        var random = new Random(17);
        var distance = new double[vectors.Length];
        Array.Fill(distance, 1d);
        var first = 0;
        for (var c = 0; c < k; c++)
        {
            var chosen = c == 0 ? first : Draw(distance, random);
            var (d, v) = vectors[chosen];
            var offset = c * dims;
            for (var i = 0; i < d.Length; i++)
            {
                centroids[offset + d[i]] = v[i];
            }

            for (var w = 0; w < vectors.Length; w++)
            {
                var (wd, wv) = vectors[w];
                var similarity = 0f;
                for (var i = 0; i < wd.Length; i++)
                {
                    similarity += centroids[offset + wd[i]] * wv[i];
                }

                var dist = Math.Max(0, 1 - similarity);
                distance[w] = Math.Min(distance[w], dist * dist);
            }
        }

        var assignment = new int[vectors.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = 0;
            for (var w = 0; w < vectors.Length; w++)
            {
                var best = Nearest(vectors[w], centroids, k, dims);
                changed += assignment[w] != best || iteration == 0 ? 1 : 0;
                assignment[w] = best;
            }

            if (changed == 0)
            {
                break;
            }

            Array.Clear(centroids);
            for (var w = 0; w < vectors.Length; w++)
            {
                var (d, v) = vectors[w];
                var offset = assignment[w] * dims;
                for (var i = 0; i < d.Length; i++)
                {
                    centroids[offset + d[i]] += v[i];
                }
            }

            for (var c = 0; c < k; c++)
            {
                var row = centroids.AsSpan(c * dims, dims);
                var norm = 0f;
                foreach (var x in row)
                {
                    norm += x * x;
                }

                if (norm > 0)
                {
                    var scale = 1 / MathF.Sqrt(norm);
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] *= scale;
                    }
                }
            }
        }

        return (assignment, centroids);
    }

    private static int Draw(double[] weights, Random random)
    {
        var sum = 0d;
        foreach (var x in weights)
        {
            sum += x;
        }

        var target = random.NextDouble() * sum;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target <= 0 && weights[i] > 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>Writes the classes (words in ordinal order).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(CoarseCount);
        writer.Write(FineCount);
        writer.Write(_classes.Count);
        foreach (var (word, (coarse, fine)) in _classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((ushort)coarse);
            writer.Write((ushort)fine);
        }

        writer.Write(ContextWords.Count);
        foreach (var word in ContextWords)
        {
            writer.Write(word);
        }

        writer.Write(_total);
        foreach (var x in _dimTotals)
        {
            writer.Write(x);
        }

        WriteCentroids(writer, _coarseCentroids, CoarseCount);
        WriteCentroids(writer, _fineCentroids, FineCount);
    }

    // Each centroid as its non-zero dimensions (gaps, 7-bit encoded) and values.
    private void WriteCentroids(BinaryWriter writer, float[] centroids, int k)
    {
        var dims = Dims;
        for (var c = 0; c < k; c++)
        {
            var row = centroids.AsSpan(c * dims, dims);
            var nonZero = 0;
            foreach (var x in row)
            {
                nonZero += x != 0 ? 1 : 0;
            }

            writer.Write7BitEncodedInt(nonZero);
            var last = -1;
            for (var d = 0; d < row.Length; d++)
            {
                if (row[d] != 0)
                {
                    writer.Write7BitEncodedInt(d - last);
                    writer.Write(row[d]);
                    last = d;
                }
            }
        }
    }

    private static float[] ReadCentroids(BinaryReader reader, int k, int dims)
    {
        var centroids = new float[k * dims];
        for (var c = 0; c < k; c++)
        {
            var nonZero = reader.Read7BitEncodedInt();
            if (nonZero < 0 || nonZero > dims)
            {
                throw new InvalidDataException($"Corrupt word classes: centroid {c} has {nonZero} of {dims} dimensions.");
            }

            var d = -1;
            for (var i = 0; i < nonZero; i++)
            {
                d += reader.Read7BitEncodedInt();
                if (d < 0 || d >= dims)
                {
                    throw new InvalidDataException($"Corrupt word classes: centroid {c} has dimension {d} of {dims}.");
                }

                centroids[(c * dims) + d] = reader.ReadSingle();
            }
        }

        return centroids;
    }

    /// <summary>Reads classes written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is damaged.</exception>
    public static WordClusters Read(BinaryReader reader)
    {
        var coarseCount = reader.ReadInt32();
        var fineCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (coarseCount is < 0 or > ushort.MaxValue || fineCount is < 0 or > ushort.MaxValue || count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException($"Corrupt word classes header (classes {coarseCount}/{fineCount}, words {count}).");
        }

        var classes = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            int coarse = reader.ReadUInt16();
            int fine = reader.ReadUInt16();
            if (coarse >= coarseCount || fine >= fineCount)
            {
                throw new InvalidDataException($"Corrupt word classes: '{word}' has class {coarse}/{fine} of {coarseCount}/{fineCount}.");
            }

            classes[word] = (coarse, fine);
        }

        var contextCount = reader.ReadInt32();
        if (contextCount < 0 || contextCount > 100_000 || (contextCount == 0) != (count == 0))
        {
            throw new InvalidDataException($"Corrupt word classes: {contextCount} context words for {count} words.");
        }

        var contexts = new string[contextCount];
        for (var i = 0; i < contextCount; i++)
        {
            contexts[i] = reader.ReadString();
        }

        var total = reader.ReadDouble();
        var dims = Offsets.Length * contextCount;
        var dimTotals = new float[dims];
        for (var d = 0; d < dims; d++)
        {
            dimTotals[d] = reader.ReadSingle();
        }

        var coarseCentroids = ReadCentroids(reader, coarseCount, dims);
        var fineCentroids = ReadCentroids(reader, fineCount, dims);
        return new WordClusters(classes, coarseCount, fineCount, contexts, dimTotals, total, coarseCentroids, fineCentroids);
    }
}
