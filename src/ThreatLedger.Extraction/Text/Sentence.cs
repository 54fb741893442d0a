namespace ThreatLedger.Extraction.Text;

/// <summary>
/// A sentence: the character range <c>[Start, End)</c> it covers and the range <c>[FirstToken, EndToken)</c> of
/// token indices (into the token list it was split from).
/// </summary>
/// <param name="Start">Offset of the sentence's first character.</param>
/// <param name="End">Offset after its last character (exclusive).</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">Index after its last token (exclusive).</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken)
{
    /// <summary>Number of tokens.</summary>
    public int TokenCount => EndToken - FirstToken;

    /// <summary>Length in characters.</summary>
    public int Length => End - Start;

    /// <summary>The sentence's characters in <paramref name="text"/> (no allocation).</summary>
    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, End - Start);
}
