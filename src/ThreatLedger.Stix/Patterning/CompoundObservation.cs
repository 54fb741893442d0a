namespace ThreatLedger.Stix.Patterning;

/// <summary>Observation expressions joined by AND, OR or FOLLOWEDBY (left to right).</summary>
public sealed record CompoundObservation(ObservationOperator Operator, ObservationExpression Left, ObservationExpression Right)
    : ObservationExpression
{
    public override string ToString()
    {
        var op = Operator switch
        {
            ObservationOperator.And => "AND",
            ObservationOperator.Or => "OR",
            _ => "FOLLOWEDBY",
        };
        return $"({Left} {op} {Right})";
    }
}
