namespace ThreatLedger.Stix.Patterning;

/// <summary>Comparison operators of STIX patterning (STIX 2.1 section 9.6).</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    Like,
    Matches,
    IsSubset,
    IsSuperset,
}
