namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// BIO labels over a set of span classes: label 0 is <c>O</c>, then <c>B-X</c>, <c>I-X</c> for each class X.
/// <c>I-X</c> may only follow <c>B-X</c> or <c>I-X</c>.
/// </summary>
internal sealed class BioLabels
{
    private readonly bool[][] _allowedAfter;

    public BioLabels(IReadOnlyList<string> classes)
    {
        Classes = classes;
        Count = 1 + (2 * classes.Count);
        _allowedAfter = new bool[Count + 1][];
        for (var prev = 0; prev <= Count; prev++)
        {
            var allowed = new bool[Count];
            for (var cur = 0; cur < Count; cur++)
            {
                allowed[cur] = !IsInside(cur) || (prev < Count && prev != 0 && ClassOf(prev) == ClassOf(cur));
            }

            _allowedAfter[prev] = allowed;
        }
    }

    /// <summary>The span classes (event types or argument roles).</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Number of labels (1 + 2 × classes).</summary>
    public int Count { get; }

    /// <summary>The pseudo-label used as "previous" at the start of a sequence.</summary>
    public int Start => Count;

    public static int Begin(int classIndex) => 1 + (2 * classIndex);

    public static int Inside(int classIndex) => 2 + (2 * classIndex);

    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>The class index of a B or I label (-1 for O).</summary>
    public static int ClassOf(int label) => label == 0 ? -1 : (label - 1) / 2;

    /// <summary>Which labels may follow <paramref name="previous"/> (use <see cref="Start"/> at the beginning).</summary>
    public ReadOnlySpan<bool> AllowedAfter(int previous) => _allowedAfter[previous];

    /// <summary>Spans (first token, end token exclusive, class index) in a label sequence.</summary>
    public static List<(int Start, int End, int Class)> Decode(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
        var i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == 0)
            {
                i++;
                continue;
            }

            var cls = ClassOf(labels[i]);
            var j = i + 1;
            while (j < labels.Length && IsInside(labels[j]) && ClassOf(labels[j]) == cls)
            {
                j++;
            }

            spans.Add((i, j, cls));
            i = j;
        }

        return spans;
    }
}
