using System.Globalization;

namespace ThreatLedger.Stix.Patterning;

/// <summary>A literal on the right of a comparison, with its kind and decoded text.</summary>
public sealed record PatternValue(PatternValueKind Kind, string Text)
{
    /// <summary>The timestamp, for <see cref="PatternValueKind.Timestamp"/>.</summary>
    public DateTimeOffset? Timestamp => Kind == PatternValueKind.Timestamp
        ? DateTimeOffset.Parse(Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
        : null;

    /// <summary>The number, for integer and float literals.</summary>
    public double? Number => Kind is PatternValueKind.Integer or PatternValueKind.Float
        ? double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture)
        : null;

    /// <summary>The bytes, for binary (base64) and hex literals.</summary>
    public byte[]? Bytes => Kind switch
    {
        PatternValueKind.Binary => Convert.FromBase64String(Text),
        PatternValueKind.Hex => Convert.FromHexString(Text),
        _ => null,
    };

    public override string ToString() => Kind switch
    {
        PatternValueKind.String => "'" + Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        PatternValueKind.Timestamp => $"t'{Text}'",
        PatternValueKind.Binary => $"b'{Text}'",
        PatternValueKind.Hex => $"h'{Text}'",
        _ => Text,
    };
}
