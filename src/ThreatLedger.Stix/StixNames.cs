namespace ThreatLedger.Stix;

/// <summary>Name rules shared by the model and the validator (STIX 2.1 sections 3.1 and 11).</summary>
public static class StixNames
{
    /// <summary>
    /// A STIX type name: 3-250 characters, a-z, 0-9 and hyphen (STIX 2.1 section 3.1). The spec recommends but does not
    /// require starting with a letter; this check requires only the character set and length.
    /// </summary>
    public static bool IsValidTypeName(ReadOnlySpan<char> type)
    {
        if (type.Length is < 3 or > 250)
        {
            return false;
        }

        foreach (var c in type)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return !type.Contains("--", StringComparison.Ordinal);
    }

    /// <summary>A STIX property name: 3-250 ASCII characters of a-z, A-Z, 0-9 and underscore (section 3.1).</summary>
    public static bool IsValidPropertyName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > 250)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetter(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text for messages: at most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Truncate(string? value, int max = 80)
    {
        if (value is null)
        {
            return "null";
        }

        return value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
    }
}
