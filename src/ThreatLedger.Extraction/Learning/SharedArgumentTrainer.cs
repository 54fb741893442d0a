using System.Runtime.InteropServices;

namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// Trains the argument taggers of all event types together, so that what is learned about a role one type shares
/// with another (Victim, Attacker, Time, Place, Tool; Vulnerability in Discover and Patch) carries over, and then
/// slices the joint model into one ordinary tagger per type (same size and speed as separately trained taggers).
/// <para>
/// The joint model is a first-order structured perceptron over the union of the roles. Every feature is present
/// twice: as it is (shared by all types) and joined with the event type (that type's own weight). Decoding a type's
/// window only considers the labels of that type's roles. Slicing gives each type a tagger over its own roles whose
/// row for a feature is the shared row plus the type's own row, restricted to the type's labels; label transitions
/// are folded the same way. The sliced tagger scores exactly what the joint model scores for that type.
/// </para>
/// </summary>
internal static class SharedArgumentTrainer
{
    private const int PreviousTemplate = 9001;

    /// <summary>Fewest training windows for which sliced rows are pruned by weight (CASIE train has about 5,000).</summary>
    public const int PruneFromWindows = 1000;

    /// <summary>One window of a trigger of a type: each token's features, and the gold labels in the joint label set.</summary>
    public sealed record Window(int Type, ulong[][] Features, int[] Gold);

    /// <summary>
    /// Trains the joint model on the windows and returns one tagger per type (indexed as <paramref name="typeRoles"/>).
    /// A sliced row whose weights over the type's labels are all smaller than <paramref name="pruneBelow"/> in
    /// magnitude is left out (it hardly moves a decision and costs table space). Weights grow with the number of
    /// training windows, so a corpus of fewer than <see cref="PruneFromWindows"/> windows is not pruned at all.
    /// </summary>
    public static BioTagger[] Train(IReadOnlyList<string[]> typeRoles, BioLabels joint, IReadOnlyList<Window> windows, int epochs, int ensemble, int seed, int minCount, float pruneBelow = 0f)
    {
        var typeKeys = Enumerable.Range(0, typeRoles.Count).Select(i => FeatureHash.Of(9100, i)).ToArray();
        var allowed = typeRoles.Select(roles => AllowedLabels(joint, roles)).ToArray();
        var counts = new Dictionary<ulong, int>();
        var plain = new HashSet<ulong>();
        foreach (var w in windows)
        {
            foreach (var token in w.Features)
            {
                foreach (var f in token)
                {
                    if (++CollectionsMarshal.GetValueRefOrAddDefault(counts, f, out _) >= minCount)
                    {
                        plain.Add(f);
                    }

                    CollectionsMarshal.GetValueRefOrAddDefault(counts, Typed(f, typeKeys[w.Type]), out _)++;
                }
            }
        }

        var models = new List<AveragedPerceptron>();
        for (var member = 0; member < Math.Max(1, ensemble); member++)
        {
            var model = new AveragedPerceptron(joint.Count);
            var prepared = windows.Select(w => (w.Type, Rows: w.Features.Select(token => RowsFor(model, token, typeKeys[w.Type], counts, minCount)).ToArray(), w.Gold)).ToList();
            var order = Enumerable.Range(0, prepared.Count).ToArray();
            var random = new Random(seed + (member * 7919));
            for (var epoch = 0; epoch < epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (var i in order)
                {
                    var (type, rows, gold) = prepared[i];
                    TrainOne(model, joint, allowed[type], typeKeys[type], rows, gold);
                }
            }

            model.Average();
            models.Add(model);
        }

        var mean = AveragedPerceptron.Mean(models);
        var result = new BioTagger[typeRoles.Count];
        for (var type = 0; type < typeRoles.Count; type++)
        {
            result[type] = Slice(mean, joint, typeRoles[type], typeKeys[type], plain, windows.Count >= PruneFromWindows ? pruneBelow : 0f);
        }

        return result;
    }

    private static ulong Typed(ulong feature, ulong typeKey) => FeatureHash.Mix(feature, typeKey);

    private static int[] RowsFor(AveragedPerceptron model, ulong[] features, ulong typeKey, Dictionary<ulong, int> counts, int minCount)
    {
        var rows = new int[features.Length * 2];
        for (var k = 0; k < features.Length; k++)
        {
            var f = features[k];
            var t = Typed(f, typeKey);
            rows[2 * k] = model.RowOf(f, create: counts.TryGetValue(f, out var c) && c >= minCount);
            rows[(2 * k) + 1] = model.RowOf(t, create: counts.TryGetValue(t, out var d) && d >= minCount);
        }

        return rows;
    }

    /// <summary>The joint labels a type may use: O and B/I of its roles, in the joint numbering.</summary>
    private static int[] AllowedLabels(BioLabels joint, string[] roles)
    {
        var labels = new List<int> { 0 };
        foreach (var role in roles)
        {
            var index = IndexOf(joint, role);
            labels.Add(BioLabels.Begin(index));
            labels.Add(BioLabels.Inside(index));
        }

        return [.. labels];
    }

    private static int IndexOf(BioLabels labels, string role)
    {
        for (var i = 0; i < labels.Classes.Count; i++)
        {
            if (labels.Classes[i] == role)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Role '{role}' is not among the joint roles.");
    }

    private static int TransitionRow(AveragedPerceptron model, int previous, ulong typeKey, bool typed) =>
        model.RowOf(typed ? Typed(FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)previous), typeKey) : FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)previous), create: true);

    /// <summary>One structured-perceptron step on a window: Viterbi over the type's labels, then update towards gold.</summary>
    private static void TrainOne(AveragedPerceptron model, BioLabels joint, int[] allowed, ulong typeKey, int[][] rows, int[] gold)
    {
        var l = joint.Count;
        var n = rows.Length;
        var a = allowed.Length;
        var emissions = new float[n * l];
        for (var i = 0; i < n; i++)
        {
            model.AddScores(rows[i], emissions.AsSpan(i * l, l));
        }

        // Transition scores between the allowed labels (index into allowed; a = start).
        var transition = new float[(a + 1) * a];
        Span<float> row = stackalloc float[l];
        for (var p = 0; p <= a; p++)
        {
            var previous = p == a ? joint.Start : allowed[p];
            row.Clear();
            model.AddScores(TransitionRow(model, previous, typeKey, typed: false), row);
            model.AddScores(TransitionRow(model, previous, typeKey, typed: true), row);
            for (var c = 0; c < a; c++)
            {
                transition[(p * a) + c] = joint.AllowedAfter(previous)[allowed[c]] ? row[allowed[c]] : float.NegativeInfinity;
            }
        }

        var delta = new float[n * a];
        var back = new int[n * a];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < a; c++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                if (i == 0)
                {
                    best = transition[(a * a) + c];
                    arg = a;
                }
                else
                {
                    for (var p = 0; p < a; p++)
                    {
                        var score = delta[((i - 1) * a) + p] + transition[(p * a) + c];
                        if (score > best)
                        {
                            best = score;
                            arg = p;
                        }
                    }
                }

                delta[(i * a) + c] = best + emissions[(i * l) + allowed[c]];
                back[(i * a) + c] = arg;
            }
        }

        var last = 0;
        for (var c = 1; c < a; c++)
        {
            if (delta[((n - 1) * a) + c] > delta[((n - 1) * a) + last])
            {
                last = c;
            }
        }

        var predicted = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            predicted[i] = allowed[last];
            last = back[(i * a) + last];
        }

        var prevGold = joint.Start;
        var prevPredicted = joint.Start;
        for (var i = 0; i < n; i++)
        {
            var g = gold[i];
            var guess = predicted[i];
            model.Update(rows[i], g, guess);
            if (g != guess || prevGold != prevPredicted)
            {
                model.Adjust(TransitionRow(model, prevGold, typeKey, typed: false), g, 1);
                model.Adjust(TransitionRow(model, prevGold, typeKey, typed: true), g, 1);
                model.Adjust(TransitionRow(model, prevPredicted, typeKey, typed: false), guess, -1);
                model.Adjust(TransitionRow(model, prevPredicted, typeKey, typed: true), guess, -1);
            }

            model.Tick();
            prevGold = g;
            prevPredicted = guess;
        }
    }

    /// <summary>The tagger of one type: per plain feature, its shared row plus the type's row, over the type's labels.</summary>
    private static BioTagger Slice(AveragedPerceptron joint, BioLabels jointLabels, string[] roles, ulong typeKey, HashSet<ulong> plain, float pruneBelow)
    {
        var labels = new BioLabels(roles);
        var map = AllowedLabels(jointLabels, roles);
        var keys = new List<ulong>();
        var weights = new List<float>();
        var row = new float[jointLabels.Count];

        void Add(ulong key, int sharedRow, int typedRow)
        {
            if (sharedRow < 0 && typedRow < 0)
            {
                return;
            }

            Array.Clear(row);
            joint.AddScores(sharedRow, row);
            joint.AddScores(typedRow, row);
            var largest = 0f;
            foreach (var label in map)
            {
                largest = MathF.Max(largest, MathF.Abs(row[label]));
            }

            if (largest < pruneBelow)
            {
                return;
            }

            keys.Add(key);
            foreach (var label in map)
            {
                weights.Add(row[label]);
            }
        }

        foreach (var f in plain)
        {
            Add(f, joint.RowOf(f, create: false), joint.RowOf(Typed(f, typeKey), create: false));
        }

        for (var p = 0; p <= map.Length; p++)
        {
            var previous = p == map.Length ? jointLabels.Start : map[p];
            var shared = FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)previous);
            Add(FeatureHash.Mix(FeatureHash.Of(PreviousTemplate), (ulong)p), joint.RowOf(shared, create: false), joint.RowOf(Typed(shared, typeKey), create: false));
        }

        return new BioTagger(labels, AveragedPerceptron.FromRows(labels.Count, keys, [.. weights])) { Structured = true };
    }
}
