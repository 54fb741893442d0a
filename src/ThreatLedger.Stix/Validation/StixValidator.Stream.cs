using System.Text.Json;
using ThreatLedger.Stix.Streaming;

namespace ThreatLedger.Stix.Validation;

public sealed partial class StixValidator
{
    /// <summary>
    /// Validates a bundle (or a single object) from a stream, object by object, with bounded memory. Reports bytes
    /// consumed to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="StixParseException">The stream is not well-formed JSON (truncated, invalid UTF-8, too deep, duplicate keys).</exception>
    public async Task<ValidationResult> ValidateAsync(Stream utf8Json, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var findings = new List<ValidationFinding>();
        var objectFindings = new List<ValidationFinding>();
        var overflow = new List<ValidationFinding>();
        var versions = new BundleVersionTracker();
        var count = 0;
        var unreportedErrors = 0;
        var unreportedWarnings = 0;
        using var reader = new BundleReader(utf8Json);
        await foreach (var item in reader.ReadObjectsAsync(cancellationToken).ConfigureAwait(false))
        {
            using (item)
            {
                count++;
                var sink = findings.Count >= Options.MaxFindings ? overflow : findings;
                ValidateObject(item.Element, item.Path, sink);
                versions.Add(item.Element, item.Path, sink);
                if (sink == overflow)
                {
                    // Beyond the limit findings are counted, not kept, so a huge file cannot exhaust memory.
                    foreach (var finding in overflow)
                    {
                        _ = finding.Severity == ValidationSeverity.Error ? unreportedErrors++ : unreportedWarnings++;
                    }

                    overflow.Clear();
                }
            }

            if ((count & 255) == 0)
            {
                progress?.Report(reader.BytesConsumed);
            }
        }

        progress?.Report(reader.BytesConsumed);
        if (unreportedErrors + unreportedWarnings > 0)
        {
            findings.Add(new(ValidationSeverity.Warning, "$", "too-many-findings", "8",
                $"Only the first {Options.MaxFindings} findings are listed; {unreportedErrors} more error(s) and {unreportedWarnings} more warning(s) were counted.", null));
        }

        if (!reader.IsSingleObject)
        {
            using var envelope = reader.ReadEnvelope();
            ValidateBundleEnvelope(envelope.RootElement, reader.HasObjectsArray && count > 0, objectFindings);
        }

        objectFindings.AddRange(findings);
        return new ValidationResult(objectFindings, count, unreportedErrors, unreportedWarnings);
    }
}
