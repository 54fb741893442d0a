namespace ThreatLedger.Knowledge.Storage;

/// <summary>One value of a TAXII <c>match[version]</c> filter: <c>first</c>, <c>last</c>, <c>all</c> or a timestamp.</summary>
public readonly record struct VersionSelector
{
    private VersionSelector(VersionSelectorKind kind, long versionKey)
    {
        Kind = kind;
        VersionKey = versionKey;
    }

    public VersionSelectorKind Kind { get; }
    /// <summary>For <see cref="VersionSelectorKind.Specific"/>: the version in microseconds since the epoch.</summary>
    public long VersionKey { get; }

    public static VersionSelector First { get; } = new(VersionSelectorKind.First, 0);
    public static VersionSelector Last { get; } = new(VersionSelectorKind.Last, 0);
    public static VersionSelector All { get; } = new(VersionSelectorKind.All, 0);

    /// <summary>The version whose modified (else created) timestamp is this instant.</summary>
    public static VersionSelector Specific(long versionKey) => new(VersionSelectorKind.Specific, versionKey);

    /// <summary>The version whose modified (else created) timestamp is this instant.</summary>
    public static VersionSelector Specific(DateTimeOffset version) => Specific(Microseconds.FromDateTimeOffset(version));

    /// <summary>Parses <c>first</c>, <c>last</c>, <c>all</c> or an RFC 3339 timestamp.</summary>
    public static bool TryParse(string text, out VersionSelector selector)
    {
        selector = default;
        switch (text?.Trim())
        {
            case "first":
                selector = First;
                return true;
            case "last":
                selector = Last;
                return true;
            case "all":
                selector = All;
                return true;
            default:
                if (Microseconds.TryParse(text, out var key))
                {
                    selector = Specific(key);
                    return true;
                }

                return false;
        }
    }
}
