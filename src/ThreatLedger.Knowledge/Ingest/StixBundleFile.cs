using System.Text;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Stix;
using ThreatLedger.Stix.Streaming;
using ThreatLedger.Stix.Validation;

namespace ThreatLedger.Knowledge.Ingest;

/// <summary>
/// A STIX bundle file read for ingest with the STIX library's streaming <see cref="BundleReader"/> and
/// <see cref="StixValidator"/>: the valid objects (exact JSON kept), and the findings of each rejected one.
/// </summary>
public sealed record StixBundleFile(string Path, string ContentHash, IReadOnlyList<StixObjectInput> Objects, IReadOnlyList<string> Rejected)
{
    /// <summary>Reads and validates a bundle file.</summary>
    /// <exception cref="KnowledgeException">The file is not well-formed JSON or not a bundle.</exception>
    public static async Task<StixBundleFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return await ParseAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Validates each object of a bundle already read into memory: objects with validation errors are rejected with
    /// their findings (path, line, rule, message), the rest are kept with their exact JSON text.
    /// </summary>
    /// <exception cref="KnowledgeException">The bytes are not well-formed JSON or not a bundle.</exception>
    public static async Task<StixBundleFile> ParseAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var validator = new StixValidator();
        var objects = new List<StixObjectInput>();
        var rejected = new List<string>();
        try
        {
            using var reader = new BundleReader(new MemoryStream(bytes, writable: false));
            await foreach (var item in reader.ReadObjectsAsync(cancellationToken).ConfigureAwait(false))
            {
                using (item)
                {
                    var findings = new List<ValidationFinding>();
                    validator.ValidateObject(item.Element, "$." + item.Path, findings);
                    var errors = findings.Where(f => f.Severity == ValidationSeverity.Error).ToList();
                    if (errors.Count > 0)
                    {
                        rejected.Add($"$.{item.Path} (line {item.LineNumber}): {string.Join("; ", errors)}");
                        continue;
                    }

                    try
                    {
                        objects.Add(StixObjectInput.FromElement(item.Element, Encoding.UTF8.GetString(item.Utf8.Span)));
                    }
                    catch (InvalidStixObjectException ex)
                    {
                        rejected.Add($"$.{item.Path} (line {item.LineNumber}): {ex.Message}");
                    }
                }
            }

            if (!reader.IsBundle)
            {
                throw new KnowledgeException(reader.IsSingleObject
                    ? $"{path}: refused: this JSON is a single object, not a STIX 2.1 bundle ($.type must be \"bundle\", with the STIX objects in $.objects)."
                    : $"{path}: refused: this JSON is not a STIX 2.1 bundle ($.type must be \"bundle\").");
            }
        }
        catch (StixException ex)
        {
            throw new KnowledgeException($"{path}: {ex.Message}", ex);
        }

        return new StixBundleFile(path, Ingest.ContentHash.Of(bytes), objects, rejected);
    }
}
