namespace ThreatLedger.Stix.Patterning;

/// <summary>One step of an object path: a property name, a list index, or <c>[*]</c> (any element).</summary>
public readonly record struct PathStep(string? Property, int? Index)
{
    /// <summary>True for <c>[*]</c>.</summary>
    public bool IsAnyIndex => Property is null && Index is null;

    public override string ToString() =>
        Property is not null
            ? (IsPlainName(Property) ? Property : "'" + Property.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'")
            : Index is { } i ? $"[{i}]" : "[*]";

    private static bool IsPlainName(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
