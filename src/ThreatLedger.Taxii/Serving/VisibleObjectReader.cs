using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Serving;

/// <summary>
/// Reads keyset pages of a collection and keeps only what the principal may see. When markings hide records the
/// reader keeps scanning (bounded), and the <c>next</c> cursor is the position of the last record examined, so a
/// client never sees a hidden object and never skips or repeats a visible one.
/// </summary>
public sealed class VisibleObjectReader
{
    private readonly ITaxiiObjectStore _store;
    private readonly ObjectVisibility _visibility;

    /// <summary>Creates the reader.</summary>
    public VisibleObjectReader(ITaxiiObjectStore store, ObjectVisibility visibility)
    {
        _store = store;
        _visibility = visibility;
    }

    /// <summary>One visible page.</summary>
    /// <param name="Items">Visible records in date-added order.</param>
    /// <param name="More">Whether more records may follow.</param>
    /// <param name="Next">The cursor to continue from when <paramref name="More"/> is true.</param>
    public sealed record Page(IReadOnlyList<TaxiiObjectRecord> Items, bool More, PageCursor? Next);

    /// <summary>Reads up to <paramref name="limit"/> visible records.</summary>
    public async Task<Page> ReadAsync(TaxiiObjectQuery query, int limit, CollectionSettings collection, CollectionAccess access, CancellationToken cancellationToken)
    {
        var items = new List<TaxiiObjectRecord>(Math.Min(limit, 1024));
        var cursor = query.After;
        var more = false;
        var scanned = 0;
        var budget = (limit * 10) + 1000;
        while (items.Count < limit)
        {
            var batch = Math.Max(limit - items.Count, Math.Min(limit, 50));
            var page = await _store.QueryAsync(query with { After = cursor, Limit = batch }, cancellationToken).ConfigureAwait(false);
            var visible = await _visibility.FilterAsync(page.Items, collection, access, cancellationToken).ConfigureAwait(false);
            var taken = 0;
            foreach (var record in visible)
            {
                if (items.Count == limit)
                {
                    break;
                }

                items.Add(record);
                taken++;
            }

            if (taken < visible.Count)
            {
                // The batch overshot: continue right after the last record handed out.
                cursor = items[^1].Position;
                more = true;
                break;
            }

            if (page.Items.Count > 0)
            {
                cursor = page.Items[^1].Position;
            }

            more = page.More;
            scanned += page.Items.Count;
            if (!more || scanned >= budget)
            {
                break;
            }
        }

        return new Page(items, more, more ? cursor : null);
    }
}
