using System.Runtime.CompilerServices;

namespace ThreatLedger.Knowledge.Ingest;

/// <summary>
/// Ingests files and folders: STIX bundles (valid objects kept, invalid ones reported) and articles (extracted on the
/// way in). Each document or bundle is one transaction; content ingested before is skipped.
/// </summary>
public sealed class IngestPipeline
{
    private readonly KnowledgeBase _knowledge;
    private readonly IArticleSource _articles;

    public IngestPipeline(KnowledgeBase knowledge, IArticleSource articles)
    {
        _knowledge = knowledge;
        _articles = articles;
    }

    /// <summary>Forwards progress synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>
    /// Every file under the paths, folders expanded recursively in name order (hidden files skipped, and the files of
    /// <paramref name="excluded"/>, such as the knowledge base's own database files when it lives in an ingested folder).
    /// </summary>
    /// <exception cref="KnowledgeException">A path does not exist.</exception>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, IEnumerable<string>? excluded = null)
    {
        var skip = new HashSet<string>((excluded ?? []).Select(Path.GetFullPath), StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !skip.Contains(Path.GetFullPath(f)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new KnowledgeException($"{path}: no such file or folder.");
            }
        }

        return files;
    }

    /// <summary>
    /// Ingests each file, yielding one result per document or bundle. Bundles are stored as they come; articles are read
    /// first and then extracted and ingested one by one in publication order (undated ones last, ties in file order), so
    /// that merging and relay detection see a story unfold as it was told whatever the files are called: a follow-up
    /// ("hit again") comes after the first report, a relay after the article it copies. Only the texts wait in memory.
    /// </summary>
    public async IAsyncEnumerable<IngestResult> IngestAsync(IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var documents = 0;
        long objects = 0;
        var articles = new List<PendingArticle>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IngestResult? result = null;
            try
            {
                // Refuses empty and binary files, and sends every JSON file to the bundle reader: JSON that is not a
                // STIX bundle fails there with the reason, it is never extracted as if it were an article.
                if (InputFileCheck.Classify(file) == InputFileKind.StixJson)
                {
                    var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                    var hash = ContentHash.Of(bytes);
                    if (await _knowledge.ContainsAsync(hash, cancellationToken).ConfigureAwait(false))
                    {
                        result = new IngestResult { Origin = file, Status = IngestStatus.AlreadyPresent };
                    }
                    else
                    {
                        var bundle = await StixBundleFile.ParseAsync(file, bytes, cancellationToken).ConfigureAwait(false);
                        progress?.Report(new IngestProgress(file, documents, objects, bundle.Objects.Count));
                        var before = objects;
                        var stored = progress is null ? null : new Relay<long>(n => progress.Report(new IngestProgress(file, documents, before + n, bundle.Objects.Count - n)));
                        result = await _knowledge.IngestBundleAsync(bundle.ContentHash, file, bundle.Objects, bundle.Rejected, stored, cancellationToken).ConfigureAwait(false);
                        objects += bundle.Objects.Count;
                    }
                }
                else
                {
                    progress?.Report(new IngestProgress(file, documents, objects, 0));
                    articles.AddRange(ReadArticles(file, cancellationToken));
                }
            }
            catch (KnowledgeException ex)
            {
                result = Failed(file, ex.Message);
            }
            catch (IOException ex)
            {
                result = Failed(file, $"{file}: cannot read: {ex.Message}");
            }
            catch (UnauthorizedAccessException ex)
            {
                result = Failed(file, $"{file}: cannot read: {ex.Message}");
            }

            if (result is not null)
            {
                documents++;
                progress?.Report(new IngestProgress(file, documents, objects, 0));
                yield return result;
            }
        }

        // Each article is its own transaction. OrderBy is stable: same-day and undated articles keep file order.
        foreach (var pending in articles.OrderBy(a => a.Published ?? DateOnly.MaxValue))
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new IngestProgress(pending.Path, documents, objects, 0));
            IngestResult result;
            var (article, problem) = ExtractArticle(pending);
            if (article is null)
            {
                result = Failed(pending.Path, $"{pending.Path}: cannot extract: {problem}");
            }
            else
            {
                result = await _knowledge.IngestDocumentAsync(article.Document, article.ContentHash, article.StixObjects, cancellationToken).ConfigureAwait(false);
                result = result.Status == IngestStatus.Ingested && article.Rejected.Count > 0 ? result with { Rejected = article.Rejected } : result;
                objects += article.StixObjects.Count;
            }

            documents++;
            progress?.Report(new IngestProgress(pending.Path, documents, objects, 0));
            yield return result;
        }

        static IngestResult Failed(string file, string error) => new() { Origin = file, Status = IngestStatus.Failed, Error = error };
    }

    /// <summary>
    /// Every article of a file, read. A reader failure the readers do not anticipate (a malformed feed field, a bug)
    /// fails this file with its reason; the other files are still ingested.
    /// </summary>
    private List<PendingArticle> ReadArticles(string file, CancellationToken cancellationToken)
    {
        try
        {
            return _articles.Read(file, cancellationToken).ToList();
        }
        catch (Exception ex) when (ex is not (KnowledgeException or IOException or UnauthorizedAccessException or OperationCanceledException or OutOfMemoryException))
        {
            throw new KnowledgeException($"{file}: cannot extract: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The article extracted, or the reason when extraction fails in a way nobody anticipated (a bug): that document fails
    /// with the reason, and the others are still ingested.
    /// </summary>
    private static (ExtractedArticle? Article, string? Error) ExtractArticle(PendingArticle pending)
    {
        try
        {
            return (pending.Extract(), null);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            return (null, ex.Message);
        }
    }
}
