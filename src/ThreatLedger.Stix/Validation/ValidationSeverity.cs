namespace ThreatLedger.Stix.Validation;

/// <summary>How serious a finding is: MUST violations are errors, SHOULD-level advice is a warning.</summary>
public enum ValidationSeverity
{
    /// <summary>A SHOULD-level deviation (e.g. a value outside an open vocabulary).</summary>
    Warning,

    /// <summary>A MUST-level violation: the content is not valid STIX 2.1.</summary>
    Error,
}
