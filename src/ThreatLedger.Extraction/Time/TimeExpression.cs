namespace ThreatLedger.Extraction.Time;

/// <summary>
/// A time expression found in text and normalised against the publication date, in the spirit of TIMEX3: dates are
/// ISO 8601 at the precision the text supports (<c>2022</c>, <c>2022-10</c>, <c>2022-10-04</c>, seasons as
/// <c>2022-SU</c>), durations ISO 8601 (<c>P9M</c>).
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Kind">Date or duration.</param>
/// <param name="Value">The normalised value; null when the expression needs a publication date that is unknown.</param>
/// <param name="Modifier"><c>START</c>, <c>MID</c>, <c>END</c>, <c>APPROX</c>, <c>MORE_THAN</c>, <c>LESS_THAN</c>, <c>EQUAL_OR_LESS</c> or null.</param>
/// <param name="Relative">True when the value was computed from the publication date ("last year", "two weeks ago").</param>
public sealed record TimeExpression(int Start, int End, string Text, TimeExpressionKind Kind, string? Value, string? Modifier, bool Relative)
{
    /// <summary>The first calendar day the value covers (seasons and quarters to their first month), or null.</summary>
    public DateOnly? FirstDay => Kind == TimeExpressionKind.Date ? TimeValues.FirstDay(Value) : null;

    /// <summary>For durations, the approximate length in days.</summary>
    public int? Days => Kind == TimeExpressionKind.Duration ? TimeValues.DurationDays(Value) : null;
}
