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
}
