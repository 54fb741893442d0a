namespace ThreatLedger.Stix.Validation;

/// <summary>All findings of one validation run.</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result.</summary>
    public ValidationResult(IReadOnlyList<ValidationFinding> findings, int objectCount)
        : this(findings, objectCount, 0, 0)
    {
    }

    /// <summary>Creates a result whose counts include findings that were counted but not kept (beyond the report limit).</summary>
    public ValidationResult(IReadOnlyList<ValidationFinding> findings, int objectCount, int unreportedErrors, int unreportedWarnings)
    {
        Findings = findings;
        ObjectCount = objectCount;
        ErrorCount = findings.Count(f => f.Severity == ValidationSeverity.Error) + unreportedErrors;
        WarningCount = findings.Count(f => f.Severity == ValidationSeverity.Warning) + unreportedWarnings;
    }

    /// <summary>Every finding, in document order.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>The number of STIX objects checked.</summary>
    public int ObjectCount { get; }

    /// <summary>Errors found, including any beyond the reporting limit.</summary>
    public int ErrorCount { get; }

    /// <summary>Warnings found, including any beyond the reporting limit.</summary>
    public int WarningCount { get; }

    /// <summary>True when there are no errors (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;
}
