namespace ThreatLedger.Stix.Patterning;

/// <summary>A node of the comparison-expression tree inside one observation expression.</summary>
public abstract record ComparisonExpression
{
    /// <summary>Every object path the expression tests.</summary>
    public abstract IEnumerable<ObjectPath> Paths { get; }
}
