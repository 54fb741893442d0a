using System.Globalization;
using System.Text.Json;

namespace ThreatLedger.Stix.Json;

/// <summary>
/// Words for a <see cref="JsonException"/> in a user-facing message: the reason without the position details that
/// System.Text.Json appends to it ("Path: $ | LineNumber: 0 | BytePositionInLine: 0."), and the position as people
/// count it (lines from 1) with the JSON path.
/// </summary>
public static class JsonErrorText
{
    /// <summary>The reason alone, e.g. "'r' is an invalid start of a value.".</summary>
    public static string Reason(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = exception.Message;
        foreach (var marker in (string[])[" Path:", " LineNumber:"])
        {
            var cut = reason.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }
        }

        return reason.TrimEnd();
    }

    /// <summary>The position, e.g. "line 3, $.objects[2].name"; empty when System.Text.Json gave none.</summary>
    public static string Position(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var path = string.IsNullOrEmpty(exception.Path) ? null : exception.Path;
        return (exception.LineNumber, path) switch
        {
            ({ } line, { } at) => string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, {at}"),
            ({ } line, null) => string.Create(CultureInfo.InvariantCulture, $"line {line + 1}"),
            (null, { } at) => at,
            _ => string.Empty,
        };
    }

    /// <summary>Reason and position together, e.g. "'r' is an invalid start of a value. (line 1, $)".</summary>
    public static string Describe(JsonException exception)
    {
        var position = Position(exception);
        return position.Length == 0 ? Reason(exception) : $"{Reason(exception)} ({position})";
    }
}
