using System.Text.Json;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Stix.Tests.Json;

public sealed class JsonErrorTextTests
{
    private static JsonException Failure(string json)
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, string>>(json));

    [Fact]
    public void Reason_SystemTextJsonMessage_PositionSuffixRemoved()
    {
        // Given: System.Text.Json appends "Path: ... | LineNumber: ... | BytePositionInLine: ..." to its reasons
        var exception = Failure("{\n  \"name\": 12\n}");

        // When
        var reason = JsonErrorText.Reason(exception);

        // Then
        Assert.Contains("Path:", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", reason, StringComparison.Ordinal);
        Assert.NotEqual("", reason);
    }

    [Fact]
    public void Position_ErrorOnSecondLine_LineCountedFromOneWithPath()
    {
        // Given
        var exception = Failure("{\n  \"name\": 12\n}");

        // When
        var position = JsonErrorText.Position(exception);

        // Then
        Assert.Equal("line 2, $.name", position);
    }

    [Fact]
    public void Describe_SyntaxErrorAtStart_ReasonThenPosition()
    {
        // Given
        var exception = Failure("root:x:0:0");

        // When
        var text = JsonErrorText.Describe(exception);

        // Then
        Assert.StartsWith("'r' is an invalid start of a value.", text, StringComparison.Ordinal);
        Assert.EndsWith("(line 1, $)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ExceptionWithoutPosition_ReasonOnly()
    {
        // Given
        var exception = new JsonException("The document is empty.");

        // When
        var text = JsonErrorText.Describe(exception);

        // Then
        Assert.Equal("The document is empty.", text);
    }

    private sealed class Settings
    {
        public string? Title { get; init; }
        public IReadOnlyList<string>? Users { get; init; }
        public int? Limit { get; init; }
    }

    private sealed record RecordSettings(string Title);

    private static readonly JsonSerializerOptions s_strict = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    [Theory]
    [InlineData("{\"title\": \"t\", \"users\": {}}", "wrong kind of value: expected an array.")]
    [InlineData("{\"title\": 3}", "wrong kind of value: expected a string.")]
    [InlineData("{\"limit\": \"ten\"}", "wrong kind of value: expected a whole number.")]
    public void Reason_ValueOfTheWrongKind_SaidInJsonTermsWithoutDotNetTypes(string json, string expected)
    {
        // Given
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Settings>(json, s_strict));

        // When
        var reason = JsonErrorText.Reason(exception);

        // Then
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void Reason_WrongValueForAConstructorParameter_DoesNotNameTheEnclosingType()
    {
        // Given: System.Text.Json names the record, not the string it expected
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RecordSettings>("{\"title\": 3}", s_strict));

        // When
        var reason = JsonErrorText.Reason(exception);

        // Then
        Assert.Equal("wrong kind of value for this property.", reason);
        Assert.Equal("line 1, $.title", JsonErrorText.Position(exception));
    }

    [Fact]
    public void Reason_UnknownPropertyUnderStrictHandling_NamesTheProperty()
    {
        // Given
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Settings>("{\"title\": \"t\", \"pasword\": \"x\"}", s_strict));

        // When
        var reason = JsonErrorText.Reason(exception);

        // Then
        Assert.Equal("unknown property 'pasword' (check its spelling and where it sits).", reason);
        Assert.DoesNotContain(".NET", reason, StringComparison.Ordinal);
    }
}
