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
        var versions = new BundleVersionTracker();
        var count = 0;
        var truncated = false;
        using var reader = new BundleReader(utf8Json);
        await foreach (var item in reader.ReadObjectsAsync(cancellationToken).ConfigureAwait(false))
        {
            using (item)
            {
                count++;
                if (truncated)
                {
                    continue;
                }

                ValidateObject(item.Element, item.Path, findings);
                versions.Add(item.Element, item.Path, findings);
                if (findings.Count >= Options.MaxFindings)
                {
                    findings.Add(new(ValidationSeverity.Error, item.Path, "too-many-findings", "8", $"Stopped reporting after {Options.MaxFindings} findings.", null));
                    truncated = true;
                }
            }

            if ((count & 255) == 0)
            {
                progress?.Report(reader.BytesConsumed);
            }
        }

        progress?.Report(reader.BytesConsumed);
        if (!reader.IsSingleObject)
        {
            using var envelope = reader.ReadEnvelope();
            ValidateBundleEnvelope(envelope.RootElement, reader.HasObjectsArray && count > 0, objectFindings);
        }

        objectFindings.AddRange(findings);
        return new ValidationResult(objectFindings, count);
    }
}
