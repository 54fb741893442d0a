using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Stix;

/// <summary>
/// A STIX 2.1 timestamp (section 2.17): RFC 3339 in UTC with a <c>Z</c>, <c>YYYY-MM-DDTHH:mm:ss[.s+]Z</c>.
/// The text is kept as written, so <c>2016-05-12T08:17:27.000Z</c> round-trips with its three zeros; comparison is by
/// instant (including digits finer than .NET's 100 ns ticks).
/// </summary>
[JsonConverter(typeof(StixTimestampJsonConverter))]
public readonly struct StixTimestamp : IEquatable<StixTimestamp>, IComparable<StixTimestamp>, ISpanParsable<StixTimestamp>
{
    private readonly string? _text;
    private readonly long _ticks;
    private readonly int _subTickNanos;

    private StixTimestamp(string text, long ticks, int subTickNanos, int digits)
    {
        _text = text;
        _ticks = ticks;
        _subTickNanos = subTickNanos;
        FractionalDigits = digits;
    }

    /// <summary>The instant, truncated to .NET's 100 ns ticks.</summary>
    public DateTimeOffset Value => new(_ticks, TimeSpan.Zero);

    /// <summary>The number of fractional-second digits as written (0 for <c>08:17:27Z</c>, 3 for <c>.000Z</c>).</summary>
    public int FractionalDigits { get; }

    /// <summary>True for <c>default(StixTimestamp)</c>.</summary>
    public bool IsEmpty => _text is null;

    /// <summary>Creates a timestamp from an instant, written with <paramref name="fractionalDigits"/> digits (default milliseconds).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fractionalDigits"/> is not in range [0-7].</exception>
    public static StixTimestamp FromDateTimeOffset(DateTimeOffset value, int fractionalDigits = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fractionalDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fractionalDigits, 7);
        var utc = value.UtcDateTime;
        var divisor = (long)Math.Pow(10, 7 - fractionalDigits);
        var ticks = utc.Ticks - (utc.Ticks % divisor);
        var truncated = new DateTime(ticks, DateTimeKind.Utc);
        var format = fractionalDigits == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss." + new string('f', fractionalDigits) + "'Z'";
        return new StixTimestamp(truncated.ToString(format, CultureInfo.InvariantCulture), ticks, 0, fractionalDigits);
    }

    /// <summary>Parses a STIX timestamp.</summary>
    /// <exception cref="FormatException">The text is not an RFC 3339 UTC timestamp ending in <c>Z</c>.</exception>
    public static StixTimestamp Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static StixTimestamp Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParseCore(s.AsSpan(), s, out var ts) ? ts : throw new FormatException(FormatError(s));
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static StixTimestamp Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, null, out var ts) ? ts : throw new FormatException(FormatError(s.ToString()));

    /// <summary>Tries to parse a STIX timestamp.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out StixTimestamp result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s.AsSpan(), s, out result);
    }

    /// <inheritdoc cref="TryParse(string?, out StixTimestamp)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out StixTimestamp result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out StixTimestamp)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out StixTimestamp result) => TryParseCore(s, null, out result);

    /// <inheritdoc cref="TryParse(string?, out StixTimestamp)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out StixTimestamp result) => TryParseCore(s, null, out result);

    /// <summary>
    /// Checks the shape of a timestamp without allocating: returns null when valid, otherwise the reason.
    /// </summary>
    public static string? Check(ReadOnlySpan<char> s) => TryParseCore(s, null, out _, allocate: false) ? null : Reason(s);

    /// <summary>Checks the shape of a UTF-8 timestamp: returns null when valid, otherwise the reason.</summary>
    public static string? Check(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 64)
        {
            return "too long for a timestamp";
        }

        Span<char> chars = stackalloc char[utf8.Length];
        for (var i = 0; i < utf8.Length; i++)
        {
            chars[i] = (char)utf8[i];
        }

        return Check(chars);
    }

    private static string Reason(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && s[^1] != 'Z')
        {
            return "must be in UTC and end with 'Z' (RFC 3339, e.g. 2016-05-12T08:17:27.000Z)";
        }

        return "must be an RFC 3339 timestamp YYYY-MM-DDTHH:mm:ss[.s+]Z";
    }

    private static bool TryParseCore(ReadOnlySpan<char> s, string? original, out StixTimestamp result, bool allocate = true)
    {
        result = default;
        // YYYY-MM-DDTHH:mm:ssZ is 20 characters; fractions add '.' and 1+ digits.
        if (s.Length < 20 || s.Length > 64 || s[^1] != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!TryDigits(s[..4], out var year) || !TryDigits(s[5..7], out var month) || !TryDigits(s[8..10], out var day)
            || !TryDigits(s[11..13], out var hour) || !TryDigits(s[14..16], out var minute) || !TryDigits(s[17..19], out var second))
        {
            return false;
        }

        var digits = 0;
        long fractionTicks = 0;
        var subTick = 0;
        if (s.Length > 20)
        {
            if (s[19] != '.' || s.Length < 22)
            {
                return false;
            }

            var fraction = s[20..^1];
            digits = fraction.Length;
            for (var i = 0; i < fraction.Length; i++)
            {
                var c = fraction[i];
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                if (i < 7)
                {
                    fractionTicks = (fractionTicks * 10) + (c - '0');
                }
                else if (i < 9)
                {
                    subTick = (subTick * 10) + (c - '0');
                }
            }

            for (var i = digits; i < 7; i++)
            {
                fractionTicks *= 10;
            }

            if (digits == 8)
            {
                subTick *= 10;
            }
        }
        else if (s[19] != 'Z')
        {
            return false;
        }

        // RFC 3339 allows a leap second (60); .NET cannot represent it, so it is rejected.
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fractionTicks;
        result = new StixTimestamp(allocate ? original ?? s.ToString() : string.Empty, ticks, subTick, digits);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static string FormatError(string s) =>
        $"'{StixNames.Truncate(s)}' is not a STIX timestamp (RFC 3339 in UTC ending in 'Z', e.g. 2016-05-12T08:17:27.000Z).";

    /// <summary>True when both denote the same instant (precision as written is ignored).</summary>
    public bool Equals(StixTimestamp other) => _ticks == other._ticks && _subTickNanos == other._subTickNanos && IsEmpty == other.IsEmpty;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StixTimestamp other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_ticks, _subTickNanos);

    /// <summary>Orders by instant.</summary>
    public int CompareTo(StixTimestamp other)
    {
        var c = _ticks.CompareTo(other._ticks);
        return c != 0 ? c : _subTickNanos.CompareTo(other._subTickNanos);
    }

    /// <summary>The timestamp exactly as written.</summary>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>Same instant.</summary>
    public static bool operator ==(StixTimestamp left, StixTimestamp right) => left.Equals(right);

    /// <summary>Different instants.</summary>
    public static bool operator !=(StixTimestamp left, StixTimestamp right) => !left.Equals(right);

    /// <summary>Earlier.</summary>
    public static bool operator <(StixTimestamp left, StixTimestamp right) => left.CompareTo(right) < 0;

    /// <summary>Later.</summary>
    public static bool operator >(StixTimestamp left, StixTimestamp right) => left.CompareTo(right) > 0;

    /// <summary>Earlier or same.</summary>
    public static bool operator <=(StixTimestamp left, StixTimestamp right) => left.CompareTo(right) <= 0;

    /// <summary>Later or same.</summary>
    public static bool operator >=(StixTimestamp left, StixTimestamp right) => left.CompareTo(right) >= 0;
}
