namespace ThreatLedger.Stix.Validation;

/// <summary>All findings of one validation run.</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result.</summary>
    public ValidationResult(IReadOnlyList<ValidationFinding> findings, int objectCount)
    {
        Findings = findings;
        ObjectCount = objectCount;
        ErrorCount = findings.Count(f => f.Severity == ValidationSeverity.Error);
        WarningCount = findings.Count - ErrorCount;
    }

    /// <summary>Every finding, in document order.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>The number of STIX objects checked.</summary>
    public int ObjectCount { get; }

    /// <summary>Findings with <see cref="ValidationSeverity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>Findings with <see cref="ValidationSeverity.Warning"/>.</summary>
    public int WarningCount { get; }

    /// <summary>True when there are no errors (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;
}
