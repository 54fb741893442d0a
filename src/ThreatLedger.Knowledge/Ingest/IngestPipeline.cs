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

    /// <summary>Ingests each file, yielding one result per document or bundle.</summary>
    public async IAsyncEnumerable<IngestResult> IngestAsync(IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var documents = 0;
        long objects = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = new List<IngestResult>();
            string? error = null;
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
                        results.Add(new IngestResult { Origin = file, Status = IngestStatus.AlreadyPresent });
                    }
                    else
                    {
                        var bundle = await StixBundleFile.ParseAsync(file, bytes, cancellationToken).ConfigureAwait(false);
                        progress?.Report(new IngestProgress(file, documents, objects, bundle.Objects.Count));
                        var before = objects;
                        var stored = progress is null ? null : new Relay<long>(n => progress.Report(new IngestProgress(file, documents, before + n, bundle.Objects.Count - n)));
                        results.Add(await _knowledge.IngestBundleAsync(bundle.ContentHash, file, bundle.Objects, bundle.Rejected, stored, cancellationToken).ConfigureAwait(false));
                        objects += bundle.Objects.Count;
                    }
                }
                else
                {
                    // Articles are extracted before anything is stored; each is then its own transaction.
                    foreach (var article in ReadArticles(file, cancellationToken))
                    {
                        var result = await _knowledge.IngestDocumentAsync(article.Document, article.ContentHash, article.StixObjects, cancellationToken).ConfigureAwait(false);
                        results.Add(result.Status == IngestStatus.Ingested && article.Rejected.Count > 0 ? result with { Rejected = article.Rejected } : result);
                        objects += article.StixObjects.Count;
                    }
                }
            }
            catch (KnowledgeException ex)
            {
                error = ex.Message;
            }
            catch (IOException ex)
            {
                error = $"{file}: cannot read: {ex.Message}";
            }
            catch (UnauthorizedAccessException ex)
            {
                error = $"{file}: cannot read: {ex.Message}";
            }

            if (error is not null)
            {
                results.Add(new IngestResult { Origin = file, Status = IngestStatus.Failed, Error = error });
            }

            foreach (var result in results)
            {
                documents++;
                progress?.Report(new IngestProgress(file, documents, objects, 0));
                yield return result;
            }
        }
    }

    /// <summary>
    /// Every article of a file, extracted. A reader or extractor failure the readers do not anticipate (a malformed
    /// feed field, a bug) fails this file with its reason; the other files are still ingested.
    /// </summary>
    private List<ExtractedArticle> ReadArticles(string file, CancellationToken cancellationToken)
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
}
