namespace ThreatLedger.Extraction.Time;

/// <summary>What a time expression denotes.</summary>
public enum TimeExpressionKind
{
    /// <summary>A point or period on the calendar (<c>2022-10</c>, <c>2021</c>, <c>2023-08-31</c>, <c>2022-SU</c>).</summary>
    Date,
    /// <summary>A length of time (<c>P9M</c>).</summary>
    Duration,
}
