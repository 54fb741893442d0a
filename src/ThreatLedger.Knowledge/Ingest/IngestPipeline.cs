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

    /// <summary>Every file under the paths, folders expanded recursively in name order (hidden files skipped).</summary>
    /// <exception cref="KnowledgeException">A path does not exist.</exception>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
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
            if (StixBundleFile.LooksLikeBundle(file))
            {
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                var hash = ContentHash.Of(bytes);
                if (await _knowledge.ContainsAsync(hash, cancellationToken).ConfigureAwait(false))
                {
                    documents++;
                    progress?.Report(new IngestProgress(file, documents, objects, 0));
                    yield return new IngestResult { Origin = file, Status = IngestStatus.AlreadyPresent };
                    continue;
                }

                var bundle = await StixBundleFile.ParseAsync(file, bytes, cancellationToken).ConfigureAwait(false);
                progress?.Report(new IngestProgress(file, documents, objects, bundle.Objects.Count));
                var before = objects;
                var stored = progress is null ? null : new Relay<long>(n => progress.Report(new IngestProgress(file, documents, before + n, bundle.Objects.Count - n)));
                var result = await _knowledge.IngestBundleAsync(bundle.ContentHash, file, bundle.Objects, bundle.Rejected, stored, cancellationToken).ConfigureAwait(false);
                documents++;
                objects += bundle.Objects.Count;
                progress?.Report(new IngestProgress(file, documents, objects, 0));
                yield return result;
                continue;
            }

            foreach (var article in _articles.Read(file, cancellationToken))
            {
                var result = await _knowledge.IngestDocumentAsync(article.Document, article.ContentHash, article.StixObjects, cancellationToken).ConfigureAwait(false);
                documents++;
                objects += article.StixObjects.Count;
                progress?.Report(new IngestProgress(file, documents, objects, 0));
                yield return result;
            }
        }
    }
}
