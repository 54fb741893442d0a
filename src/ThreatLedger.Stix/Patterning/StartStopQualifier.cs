namespace ThreatLedger.Stix.Patterning;

/// <summary><c>START t'…' STOP t'…'</c>: observations must fall in [start, stop).</summary>
public sealed record StartStopQualifier(DateTimeOffset Start, DateTimeOffset Stop, string StartText, string StopText) : PatternQualifier
{
    public override string ToString() => $"START t'{StartText}' STOP t'{StopText}'";
}
