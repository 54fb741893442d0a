using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Serving;

/// <summary>
/// Reads keyset pages of a collection and keeps only what the principal may see. When markings hide records the
/// reader keeps scanning (bounded once the page holds an object; an empty page with <c>more</c> is never returned),
/// and the <c>next</c> cursor is the position of the last record examined, so a
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
            // The first batch is exactly the page; later ones (after hidden records) read ahead at least 100.
            var batch = scanned == 0 ? limit : Math.Max(limit - items.Count, 100);
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
            // Past the budget a page may come back short, but never empty while more records follow: clients
            // such as OpenCTI's ingester drop the cursor and start over when a page holds no objects.
            if (!more || (scanned >= budget && items.Count > 0))
            {
                break;
            }
        }

        return new Page(items, more, more ? cursor : null);
    }
}
