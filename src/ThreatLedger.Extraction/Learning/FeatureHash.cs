namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// Deterministic 64-bit feature keys (FNV-1a over a template number and strings). Unlike
/// <see cref="string.GetHashCode()"/> the keys are stable across processes, so a saved model can be loaded again.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template) => Mix(Offset, (ulong)template);

    public static ulong Of(int template, ReadOnlySpan<char> a) => Add(Of(template), a);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Add(Of(template), a), b);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        Add(Add(Add(Of(template), a), b), c);

    public static ulong Of(int template, long value) => Mix(Of(template), (ulong)value);

    public static ulong Of(int template, long value, ReadOnlySpan<char> a) => Add(Mix(Of(template), (ulong)value), a);

    public static ulong Of(int template, long value, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Add(Mix(Of(template), (ulong)value), a), b);

    /// <summary>Combines an existing key with a number (e.g. a previous label).</summary>
    public static ulong Mix(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash ^= value & 0xFF;
            hash *= Prime;
            value >>= 8;
        }

        return hash;
    }

    /// <summary>Extends a key with one more string.</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            hash ^= c;
            hash *= Prime;
        }

        // Separator so ("ab","c") and ("a","bc") differ.
        hash ^= 0x1F;
        hash *= Prime;
        return hash;
    }
}
