namespace ThreatLedger.Extraction.Text;

/// <summary>A token: a character range <c>[Start, End)</c> of the text it was cut from, and its kind.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character (exclusive).</param>
/// <param name="Kind">Coarse class of the token.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Length in characters.</summary>
    public int Length => End - Start;

    /// <summary>The token's characters in <paramref name="text"/> (no allocation).</summary>
    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, End - Start);

    /// <summary>The token's characters in <paramref name="text"/> as a new string.</summary>
    public string GetText(string text) => text.Substring(Start, End - Start);

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    public bool IsCapitalized(string text) => char.IsUpper(text[Start]);
}
