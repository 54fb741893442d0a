using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Client;

/// <summary>
/// Pages through a remote TAXII 2.1 collection into the knowledge base. It follows <c>next</c> while the server
/// gives one (keeping the original <c>added_after</c>), falls back to <c>added_after</c> = X-TAXII-Date-Added-Last
/// when <c>more</c> is true without <c>next</c>, and saves the last X-TAXII-Date-Added-Last after every stored page
/// so that the next pull resumes where this one stopped.
/// </summary>
public sealed class TaxiiPuller
{
    private readonly TaxiiClient _client;
    private readonly IStixObjectStore _store;
    private readonly TaxiiPullState _state;
    private readonly TimeProvider _time;

    /// <summary>Creates the puller.</summary>
    public TaxiiPuller(TaxiiClient client, IStixObjectStore store, TaxiiPullState state, TimeProvider time)
    {
        _client = client;
        _store = store;
        _state = state;
        _time = time;
    }

    /// <summary>Pulls everything added since the saved watermark.</summary>
    /// <param name="remote">A key for the remote server (its API root URL).</param>
    /// <param name="collectionId">The remote collection.</param>
    /// <param name="limit">Page size to ask for (null: the server's default).</param>
    /// <param name="maxPages">Safety bound on the number of pages.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<TaxiiPullResult> PullAsync(string remote, string collectionId, int? limit, int maxPages, CancellationToken cancellationToken)
    {
        var addedAfter = await _state.GetAsync(remote, collectionId, cancellationToken).ConfigureAwait(false);
        var watermark = addedAfter;
        string? next = null;
        int pages = 0, received = 0, stored = 0;
        var rejected = new List<string>();
        while (pages < maxPages)
        {
            var (document, page) = await _client.GetObjectsAsync(collectionId, addedAfter, next, limit, cancellationToken).ConfigureAwait(false);
            using (document)
            {
                pages++;
                received += page.Objects.Count;
                var inputs = new List<StixObjectInput>(page.Objects.Count);
                foreach (var element in page.Objects)
                {
                    try
                    {
                        inputs.Add(StixObjectInput.FromElement(element));
                    }
                    catch (InvalidStixObjectException ex)
                    {
                        rejected.Add(ex.Message);
                    }
                }

                if (inputs.Count > 0)
                {
                    var put = await _store.PutAsync(inputs, null, cancellationToken).ConfigureAwait(false);
                    stored += put.Inserted;
                }

                if (page.DateAddedLast is not null)
                {
                    watermark = page.DateAddedLast;
                    await _state.SetAsync(remote, collectionId, watermark, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                }

                if (!page.More || page.Objects.Count == 0 && page.Next is null)
                {
                    break;
                }

                if (page.Next is not null)
                {
                    next = page.Next;
                }
                else if (page.DateAddedLast is not null)
                {
                    addedAfter = page.DateAddedLast;
                    next = null;
                }
                else
                {
                    break;
                }
            }
        }

        return new TaxiiPullResult(pages, received, stored, rejected, watermark);
    }
}
