namespace ThreatLedger.Extraction.Text;

/// <summary>Abbreviations that keep their period, and which of them may also end a sentence.</summary>
internal static class Abbreviations
{
    // Titles and month/day names never end a sentence in news text; company suffixes and country codes can.
    private static readonly HashSet<string> s_neverFinal = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "rev", "hon",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "no", "nos", "vs", "approx", "fig", "vol", "ver", "dept", "est", "ft", "mt", "e.g", "i.e", "cf",
    };

    private static readonly HashSet<string> s_mayEnd = new(StringComparer.Ordinal)
    {
        "inc", "ltd", "corp", "co", "llc", "plc", "bros", "etc", "jr", "sr", "al", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_neverFinalLookup = s_neverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_mayEndLookup = s_mayEnd.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the lower-case word (without its period) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> lower) => s_neverFinalLookup.Contains(lower) || s_mayEndLookup.Contains(lower);

    /// <summary>Whether the lower-case abbreviation (without its final period) can never end a sentence.</summary>
    public static bool IsNeverFinal(ReadOnlySpan<char> lower) => s_neverFinalLookup.Contains(lower);
}
