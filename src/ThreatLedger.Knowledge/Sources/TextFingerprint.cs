namespace ThreatLedger.Knowledge.Sources;

/// <summary>
/// A sentence prepared once for <see cref="TextOverlap.Compare(TextFingerprint, TextFingerprint)"/>: its normalised
/// words and the hashes of its runs of <see cref="TextOverlap.MinRunWords"/> words, so that sentences sharing no such
/// run (most pairs) are told apart without tiling.
/// </summary>
public sealed class TextFingerprint
{
    private readonly HashSet<int> _runs;

    public TextFingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Words = TextOverlap.Words(text);
        _runs = new HashSet<int>(Math.Max(0, Words.Count - TextOverlap.MinRunWords + 1));
        for (var i = 0; i + TextOverlap.MinRunWords <= Words.Count; i++)
        {
            var hash = new HashCode();
            for (var k = 0; k < TextOverlap.MinRunWords; k++)
            {
                hash.Add(Words[i + k], StringComparer.Ordinal);
            }

            _runs.Add(hash.ToHashCode());
        }
    }

    public string Text { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Hashes of every run of <see cref="TextOverlap.MinRunWords"/> words, for indexing.</summary>
    public IReadOnlyCollection<int> Runs => _runs;

    /// <summary>True when the two may share a run of <see cref="TextOverlap.MinRunWords"/> words (false means they surely do not).</summary>
    public bool MayShareRun(TextFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _runs.Count <= other._runs.Count ? _runs.Overlaps(other._runs) : other._runs.Overlaps(_runs);
    }
}
