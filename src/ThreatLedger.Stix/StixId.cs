using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Stix;

/// <summary>
/// A STIX 2.1 identifier, <c>object-type--UUID</c> (STIX 2.1 section 2.9). The type part is 3-250 characters of
/// <c>a-z</c>, <c>0-9</c> and <c>-</c>; the UUID part is an RFC 4122 UUID (RFC 4122 writes lower case and reads
/// either case, so upper-case hex is accepted and kept as written; the validator warns about it).
/// </summary>
[JsonConverter(typeof(StixIdJsonConverter))]
public readonly struct StixId : IEquatable<StixId>, IComparable<StixId>, ISpanParsable<StixId>
{
    private readonly string? _value;

    private StixId(string value, int separator, Guid guid)
    {
        _value = value;
        TypeLength = separator;
        Guid = guid;
    }

    private int TypeLength { get; }

    /// <summary>The object type part, e.g. <c>indicator</c>.</summary>
    public string Type => _value is null ? string.Empty : _value[..TypeLength];

    /// <summary>The UUID part.</summary>
    public Guid Guid { get; }

    /// <summary>True for <c>default(StixId)</c>, an identifier that was never assigned.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>The UUID version (4 for random ids, 5 for deterministic SCO ids).</summary>
    public int UuidVersion => Guid.Version;

    /// <summary>Creates an identifier from a type and a UUID.</summary>
    /// <exception cref="ArgumentException">The type is not a valid STIX type name.</exception>
    public static StixId Create(string type, Guid guid)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!StixNames.IsValidTypeName(type))
        {
            throw new ArgumentException($"'{type}' is not a valid STIX type name (3-250 characters of a-z, 0-9 and '-', starting with a letter).", nameof(type));
        }

        return new StixId(type + "--" + guid.ToString("D"), type.Length, guid);
    }

    /// <summary>Parses <c>type--uuid</c>.</summary>
    /// <exception cref="FormatException">The text is not a STIX identifier.</exception>
    public static StixId Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static StixId Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParseCore(s.AsSpan(), s, out var id) ? id : throw new FormatException(FormatError(s));
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static StixId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, null, out var id) ? id : throw new FormatException(FormatError(s.ToString()));

    /// <summary>Tries to parse <c>type--uuid</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out StixId result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s.AsSpan(), s, out result);
    }

    /// <inheritdoc cref="TryParse(string?, out StixId)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out StixId result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out StixId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out StixId result) => TryParseCore(s, null, out result);

    /// <inheritdoc cref="TryParse(string?, out StixId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out StixId result) => TryParseCore(s, null, out result);

    private static bool TryParseCore(ReadOnlySpan<char> s, string? original, out StixId result)
    {
        result = default;
        var separator = s.IndexOf("--", StringComparison.Ordinal);
        if (separator < 0 || s.Length - separator - 2 != 36)
        {
            return false;
        }

        var type = s[..separator];
        var uuid = s[(separator + 2)..];
        if (!StixNames.IsValidTypeName(type) || !IsHexUuid(uuid) || !Guid.TryParseExact(uuid, "D", out var guid))
        {
            return false;
        }

        result = new StixId(original ?? s.ToString(), separator, guid);
        return true;
    }

    private static bool IsHexUuid(ReadOnlySpan<char> uuid)
    {
        for (var i = 0; i < uuid.Length; i++)
        {
            var c = uuid[i];
            if (i is 8 or 13 or 18 or 23)
            {
                if (c != '-')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string FormatError(string s) =>
        $"'{StixNames.Truncate(s)}' is not a STIX identifier (expected 'object-type--' followed by a UUID).";

    /// <inheritdoc/>
    public bool Equals(StixId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StixId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc/>
    public int CompareTo(StixId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The identifier text, <c>type--uuid</c>; empty for an unassigned id.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Equality.</summary>
    public static bool operator ==(StixId left, StixId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(StixId left, StixId right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(StixId left, StixId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(StixId left, StixId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(StixId left, StixId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(StixId left, StixId right) => left.CompareTo(right) >= 0;
}
