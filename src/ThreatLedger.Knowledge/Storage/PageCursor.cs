using System.Globalization;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// A keyset paging position: the (date_added, seq) of the last object a page returned. The next page returns the
/// objects strictly after it, so objects added meanwhile are neither skipped nor repeated.
/// </summary>
public readonly record struct PageCursor(long DateAdded, long Seq)
{
    /// <summary>An opaque token for a TAXII <c>next</c> parameter.</summary>
    public string ToToken() => string.Create(CultureInfo.InvariantCulture, $"{DateAdded:x}-{Seq:x}");

    /// <summary>Parses a token made by <see cref="ToToken"/>.</summary>
    public static bool TryParse(string? token, out PageCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var dash = token.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0
            || !long.TryParse(token.AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var added)
            || !long.TryParse(token.AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var seq))
        {
            return false;
        }

        cursor = new PageCursor(added, seq);
        return true;
    }
}
