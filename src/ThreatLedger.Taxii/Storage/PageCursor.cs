using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace ThreatLedger.Taxii.Storage;

/// <summary>
/// A keyset position (date added, sequence) in a collection's date-added order. Encoded into the TAXII
/// <c>next</c> parameter so that paging never skips or repeats an object, even while objects are added.
/// </summary>
/// <param name="DateAdded">The date added of the last examined record.</param>
/// <param name="Sequence">The sequence of the last examined record.</param>
public readonly record struct PageCursor(DateTimeOffset DateAdded, long Sequence) : IComparable<PageCursor>
{
    private const string Prefix = "k1.";

    /// <inheritdoc />
    public int CompareTo(PageCursor other)
    {
        var byDate = DateAdded.UtcTicks.CompareTo(other.DateAdded.UtcTicks);
        return byDate != 0 ? byDate : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>Orders cursors.</summary>
    public static bool operator <(PageCursor left, PageCursor right) => left.CompareTo(right) < 0;

    /// <summary>Orders cursors.</summary>
    public static bool operator <=(PageCursor left, PageCursor right) => left.CompareTo(right) <= 0;

    /// <summary>Orders cursors.</summary>
    public static bool operator >(PageCursor left, PageCursor right) => left.CompareTo(right) > 0;

    /// <summary>Orders cursors.</summary>
    public static bool operator >=(PageCursor left, PageCursor right) => left.CompareTo(right) >= 0;

    /// <summary>Whether this position is strictly after <paramref name="other"/>.</summary>
    public bool IsAfter(PageCursor other) => CompareTo(other) > 0;

    /// <summary>The opaque token sent as <c>next</c>.</summary>
    public string Encode()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{DateAdded.UtcTicks}.{Sequence}");
        return Prefix + Base64Url.EncodeToString(Encoding.ASCII.GetBytes(text));
    }

    /// <summary>Decodes a <c>next</c> token; false when it is not one this server produced.</summary>
    public static bool TryDecode(string? token, [NotNullWhen(true)] out PageCursor? cursor)
    {
        cursor = null;
        if (token is null || token.Length > 80 || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = Encoding.ASCII.GetString(bytes).Split('.');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new PageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), sequence);
        return true;
    }
}
