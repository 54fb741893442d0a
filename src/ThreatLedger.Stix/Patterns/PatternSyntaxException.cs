namespace ThreatLedger.Stix.Patterns;

/// <summary>A STIX pattern that does not follow the patterning grammar (STIX 2.1 section 9).</summary>
public sealed class PatternSyntaxException : StixException
{
    /// <summary>Creates the exception.</summary>
    public PatternSyntaxException(string pattern, int index, string reason)
        : base($"Invalid STIX pattern at character {index + 1}: {reason} (pattern: {StixNames.Truncate(pattern)})")
    {
        Pattern = pattern;
        Index = index;
        Reason = reason;
    }

    /// <summary>The pattern text.</summary>
    public string Pattern { get; }

    /// <summary>The 0-based index of the problem in <see cref="Pattern"/>.</summary>
    public int Index { get; }

    /// <summary>The problem without location.</summary>
    public string Reason { get; }
}
