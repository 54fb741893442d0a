namespace ThreatLedger.Stix.Patterning;

/// <summary>A STIX pattern that does not follow the patterning grammar.</summary>
public sealed class PatternSyntaxException : Exception
{
    public PatternSyntaxException(string pattern, int index, string reason)
        : base($"Invalid STIX pattern at character {index}: {reason}")
    {
        Pattern = pattern;
        Index = index;
        Reason = reason;
    }

    /// <summary>The pattern text (as given).</summary>
    public string Pattern { get; }

    /// <summary>Zero-based character offset of the problem.</summary>
    public int Index { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
