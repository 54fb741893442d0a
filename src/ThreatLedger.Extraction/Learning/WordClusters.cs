using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// Unsupervised word classes computed from the training texts alone (no external data): each frequent word is
/// described by the words seen just before and after it (positive pointwise mutual information with the most
/// frequent words, at offsets −2, −1, +1, +2), and spherical k-means groups words used alike — "stole"/"took",
/// "Equifax"/"Uber", "Tuesday"/"Monday" — at two granularities. The taggers use the class numbers as features, so
/// what they learn about one word carries over to rarely seen words of its class. Saved in the model file.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>The class printed for words that have none (too rare in the training texts).</summary>
    public const int None = -1;

    private readonly Dictionary<string, (int Coarse, int Fine)> _classes;

    private WordClusters(Dictionary<string, (int Coarse, int Fine)> classes, int coarseCount, int fineCount)
    {
        _classes = classes;
        CoarseCount = coarseCount;
        FineCount = fineCount;
    }

    /// <summary>No classes: every word gets <see cref="None"/>.</summary>
    public static WordClusters Empty { get; } = new([], 0, 0);

    /// <summary>Number of coarse classes.</summary>
    public int CoarseCount { get; }

    /// <summary>Number of fine classes.</summary>
    public int FineCount { get; }

    /// <summary>Number of words with a class.</summary>
    public int WordCount => _classes.Count;

    /// <summary>The classes of a lower-cased word, or (<see cref="None"/>, <see cref="None"/>).</summary>
    public (int Coarse, int Fine) Of(string lower) => _classes.TryGetValue(lower, out var c) ? c : (None, None);

    /// <summary>Builds the classes of the words seen at least <paramref name="minCount"/> times in <paramref name="texts"/>.</summary>
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
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, text.Lower(t), out _)++;
            }
        }

        // Words ordered by frequency (ties by spelling, so the result is deterministic).
        var words = counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        if (words.Length < fineCount)
        {
            return Empty;
        }

        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            index[words[i]] = i;
        }

        var contexts = Math.Min(contextWords, words.Length);
        int[] offsets = [-2, -1, 1, 2];
        var dims = offsets.Length * contexts;
        var cooccurrence = new Dictionary<int, float>[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            cooccurrence[i] = [];
        }

        var dimTotals = new double[dims];
        var total = 0d;
        foreach (var text in texts)
        {
            var n = text.Tokens.Count;
            for (var t = 0; t < n; t++)
            {
                if (!index.TryGetValue(text.Lower(t), out var w))
                {
                    continue;
                }

                for (var o = 0; o < offsets.Length; o++)
                {
                    var u = t + offsets[o];
                    if (u < 0 || u >= n || !index.TryGetValue(text.Lower(u), out var c) || c >= contexts)
                    {
                        continue;
                    }

                    var d = (o * contexts) + c;
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(cooccurrence[w], d, out _)++;
                    dimTotals[d]++;
                    total++;
                }
            }
        }

        // Sparse PPMI vectors, L2-normalised.
        var vectors = new (int[] Dims, float[] Values)[words.Length];
        for (var w = 0; w < words.Length; w++)
        {
            var row = cooccurrence[w];
            var wordTotal = 0d;
            foreach (var v in row.Values)
            {
                wordTotal += v;
            }

            var kept = new List<(int Dim, float Value)>(row.Count);
            foreach (var (d, v) in row)
            {
                var pmi = Math.Log(v * total / (wordTotal * dimTotals[d]));
                if (pmi > 0)
                {
                    kept.Add((d, (float)pmi));
                }
            }

            kept.Sort((a, b) => a.Dim.CompareTo(b.Dim));
            var norm = MathF.Sqrt(kept.Sum(x => x.Value * x.Value));
            vectors[w] = ([.. kept.Select(x => x.Dim)], [.. kept.Select(x => norm > 0 ? x.Value / norm : 0)]);
        }

        var coarse = KMeans(vectors, dims, coarseCount, iterations);
        var fine = KMeans(vectors, dims, fineCount, iterations);
        var classes = new Dictionary<string, (int, int)>(words.Length, StringComparer.Ordinal);
        for (var w = 0; w < words.Length; w++)
        {
            classes[words[w]] = (coarse[w], fine[w]);
        }

        return new WordClusters(classes, coarseCount, fineCount);
    }

    /// <summary>
    /// Spherical k-means (cosine similarity) over sparse unit vectors, started k-means++ style (each new centroid is a
    /// word drawn in proportion to its distance from the centroids chosen so far) with a fixed seed, so the classes
    /// are the same on every run.
    /// </summary>
    private static int[] KMeans((int[] Dims, float[] Values)[] vectors, int dims, int k, int iterations)
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
                var (d, v) = vectors[w];
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

        return assignment;
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

        return new WordClusters(classes, coarseCount, fineCount);
    }
}
