namespace ThreatLedger.Stix.Validation;

/// <summary>Raised by callers that require valid content (e.g. <see cref="StixValidator.EnsureValid(Objects.StixObject)"/>).</summary>
public sealed class StixValidationException : StixException
{
    /// <summary>Creates the exception from the error findings.</summary>
    public StixValidationException(IReadOnlyList<ValidationFinding> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>The error findings.</summary>
    public IReadOnlyList<ValidationFinding> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ValidationFinding> errors) =>
        errors.Count == 0 ? "Invalid STIX content." : $"Invalid STIX content ({errors.Count} error(s)): " + string.Join("; ", errors.Take(5).Select(e => e.ToString()));
}
