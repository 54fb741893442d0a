using ThreatLedger.Extraction.Casie;

namespace ThreatLedger.Extraction.Tests.Casie;

public sealed class CasieReaderTests
{
    private const string Line =
        """{"id": "42", "title": "Shop hacked", "date": "2019-03-01", "url": "https://news.example/shop", "text": "Hackers stole card data from a shop.", "events": [{"type": "Databreach", "realis": "Actual", "hopper": 0, "trigger": {"start": 8, "end": 13, "text": "stole"}, "arguments": [{"role": "Attacker", "start": 0, "end": 7, "text": "Hackers", "entity_type": "Person"}, {"role": "Compromised-Data", "start": 14, "end": 23, "text": "card data", "entity_type": "PII"}]}]}""";

    [Fact]
    public void ParseLine_AnnotatedDocument_ReadsMetadataAndEvents()
    {
        // Given / When
        var doc = CasieReader.ParseLine(Line, "test.jsonl", 1);

        // Then
        Assert.Equal("42", doc.Source.Info.Id);
        Assert.Equal(new DateOnly(2019, 3, 1), doc.Source.Info.Published);
        Assert.Equal("test.jsonl:1", doc.Source.Info.Origin);
        var e = Assert.Single(doc.Events);
        Assert.Equal("Databreach", e.Type);
        Assert.Equal("stole", e.Trigger.Text);
        Assert.Equal(["Attacker", "Compromised-Data"], e.Arguments.Select(a => a.Role));
        Assert.Equal("PII", e.Arguments[1].EntityType);
    }

    [Fact]
    public void ParseLine_TextWithoutEvents_ReadsSourceOnly()
    {
        // Given / When
        var doc = CasieReader.ParseLine("""{"id": 7, "title": null, "text": "Nothing happened."}""", "in.jsonl", 3);

        // Then
        Assert.Equal("7", doc.Source.Info.Id);
        Assert.Null(doc.Source.Info.Title);
        Assert.Empty(doc.Events);
    }

    [Theory]
    [InlineData("not json", "in.jsonl:5: not valid JSON")]
    [InlineData("""{"id": "1"}""", "in.jsonl:5: $.text must be a string")]
    [InlineData("""{"id": "1", "text": "abc", "date": "March 2019"}""", "$.date must be YYYY-MM-DD")]
    [InlineData("""{"id": "1", "text": "abc", "events": [{"type": "Patch", "trigger": {"start": 1, "end": 9}}]}""", "$.events[0].trigger [1, 9) is outside the text")]
    [InlineData("""{"id": "1", "text": "abc", "events": [{"type": "Patch", "trigger": {"start": 0, "end": 2, "text": "xy"}}]}""", "$.events[0].trigger.text 'xy' differs")]
    public void ParseLine_BadInput_ThrowsWithLocation(string line, string expected)
    {
        // Given / When
        var error = Assert.Throws<CasieFormatException>(() => CasieReader.ParseLine(line, "in.jsonl", 5));

        // Then
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankLines_AreSkippedAndLinesCounted()
    {
        // Given
        var input = new StringReader("\n" + Line + "\n\n" + "{\"id\": \"2\"}\n");

        // When
        var error = Assert.Throws<CasieFormatException>(() => CasieReader.Read(input, "x.jsonl").ToList());

        // Then
        Assert.StartsWith("x.jsonl:4:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPath_Missing_ThrowsFileNotFound()
    {
        // Given / When / Then
        Assert.Throws<FileNotFoundException>(() => CasieReader.ReadPath("/nonexistent/casie.jsonl"));
    }
}
