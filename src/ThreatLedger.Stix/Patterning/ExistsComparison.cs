namespace ThreatLedger.Stix.Patterning;

/// <summary><c>EXISTS path</c>: the property is present.</summary>
public sealed record ExistsComparison(ObjectPath Path) : ComparisonExpression
{
    public override IEnumerable<ObjectPath> Paths => [Path];

    public override string ToString() => $"EXISTS {Path}";
}
