namespace ThreatLedger.Stix.Validation;

/// <summary>One validation finding.</summary>
/// <param name="Severity">Error (MUST) or warning (SHOULD).</param>
/// <param name="Path">JSON path of the offending value, e.g. <c>objects[12].valid_from</c>; <c>$</c> for the root.</param>
/// <param name="RuleId">Stable rule identifier, e.g. <c>timestamp-format</c>.</param>
/// <param name="Section">The STIX 2.1 section the rule comes from, e.g. <c>2.15</c>.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Value">The offending value (truncated), when there is one.</param>
public sealed record ValidationFinding(ValidationSeverity Severity, string Path, string RuleId, string Section, string Message, string? Value)
{
    /// <summary>One line: <c>error objects[3].created [timestamp-format, STIX 2.1 §2.15]: message (value: "…")</c>.</summary>
    public override string ToString() =>
        $"{(Severity == ValidationSeverity.Error ? "error" : "warning")} {Path} [{RuleId}, STIX 2.1 §{Section}]: {Message}{(Value is null ? string.Empty : $" (value: {Value})")}";
}
