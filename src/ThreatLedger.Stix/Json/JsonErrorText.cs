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

        return Plain(reason.TrimEnd());
    }

    /// <summary>
    /// System.Text.Json names .NET types in some messages ("could not be converted to System.Collections.Generic.List`1[…]",
    /// "could not be mapped to any .NET member contained in type '…'"); users wrote JSON, so say it in JSON's terms.
    /// </summary>
    private static string Plain(string reason)
    {
        const string Property = "The JSON property '";
        const string Unmapped = "could not be mapped to any .NET member contained in type";
        if (reason.StartsWith(Property, StringComparison.Ordinal) && reason.Contains(Unmapped, StringComparison.Ordinal))
        {
            var name = reason[Property.Length..reason.IndexOf('\'', Property.Length)];
            return $"unknown property '{name}' (check its spelling and where it sits).";
        }

        const string NotConverted = "The JSON value could not be converted to ";
        if (reason.StartsWith(NotConverted, StringComparison.Ordinal))
        {
            // For a constructor parameter System.Text.Json names the enclosing type, not the property's: only a
            // primitive or collection type is trusted to say what was expected.
            return JsonKindOf(reason[NotConverted.Length..].TrimEnd('.')) is { } expected
                ? "wrong kind of value: expected " + expected + "."
                : "wrong kind of value for this property.";
        }

        return reason;
    }

    private static string? JsonKindOf(string dotnetType)
    {
        var type = dotnetType.StartsWith("System.Nullable`1[", StringComparison.Ordinal) ? dotnetType[18..^1] : dotnetType;
        return type switch
        {
            "System.String" => "a string",
            "System.Boolean" => "true or false",
            "System.Int32" or "System.Int64" or "System.Int16" or "System.UInt32" or "System.UInt64" => "a whole number",
            "System.Double" or "System.Single" or "System.Decimal" => "a number",
            "System.DateOnly" => "a date string (YYYY-MM-DD)",
            "System.DateTime" or "System.DateTimeOffset" => "a timestamp string",
            "System.Guid" => "a UUID string",
            _ when type.EndsWith("[]", StringComparison.Ordinal) || type.Contains("List`1[", StringComparison.Ordinal)
                || type.Contains("Collection`1[", StringComparison.Ordinal) || type.Contains("Enumerable`1[", StringComparison.Ordinal)
                || type.Contains("Set`1[", StringComparison.Ordinal) => "an array",
            _ when type.Contains("Dictionary`2[", StringComparison.Ordinal) => "an object",
            _ => null,
        };
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
