using System.Globalization;

namespace ThreatLedger.Stix.Patterning;

/// <summary><c>WITHIN n SECONDS</c>: all matching observations lie within a window of that many seconds.</summary>
public sealed record WithinQualifier(double Seconds) : PatternQualifier
{
    public override string ToString() => $"WITHIN {Seconds.ToString(CultureInfo.InvariantCulture)} SECONDS";
}
