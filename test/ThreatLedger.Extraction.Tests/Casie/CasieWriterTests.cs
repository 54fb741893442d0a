using System.Text.Json;
using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Tests.Casie;

public sealed class CasieWriterTests
{
    [Fact]
    public void ToJsonLine_Events_WritesCasieFormatAndDropsExtensionTypes()
    {
        // Given
        // Text: "A DDoS hit the bank after hackers stole data."
        var info = new DocumentInfo { Id = "9", Title = "Bank", Published = new DateOnly(2020, 1, 2) };
        Event[] events =
        [
            new() { Id = "v1", Type = EventTypes.DDoS, Trigger = new TextSpan(2, 6, "DDoS") },
            new()
            {
                Id = "v2", Type = EventTypes.Databreach, Realis = "Actual", Hopper = 3, Trigger = new TextSpan(34, 39, "stole"),
                Arguments = [new EventArgument { Role = "Attacker", Span = new TextSpan(26, 33, "hackers"), EntityType = "Person" }],
            },
        ];

        // When
        var line = CasieWriter.ToJsonLine(info, events);

        // Then
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("9", root.GetProperty("id").GetString());
        Assert.Equal("2020-01-02", root.GetProperty("date").GetString());
        var only = Assert.Single(root.GetProperty("events").EnumerateArray());
        Assert.Equal("Databreach", only.GetProperty("type").GetString());
        Assert.Equal(3, only.GetProperty("hopper").GetInt32());
        Assert.Equal(34, only.GetProperty("trigger").GetProperty("start").GetInt32());
        var argument = Assert.Single(only.GetProperty("arguments").EnumerateArray());
        Assert.Equal("Attacker", argument.GetProperty("role").GetString());
        Assert.Equal("hackers", argument.GetProperty("text").GetString());
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Write_ThenRead_RoundTripsEvents()
    {
        // Given
        const string text = "Globex patched the flaw.";
        var doc = new ExtractionDocument
        {
            Document = new DocumentInfo { Id = "r1" },
            Text = text,
            Events = [new Event { Id = "v1", Type = EventTypes.Patch, Realis = "Actual", Trigger = new TextSpan(7, 14, "patched"),
                Arguments = [new EventArgument { Role = "Releaser", Span = new TextSpan(0, 6, "Globex") }] }],
        };
        using var writer = new StringWriter();

        // When
        CasieWriter.Write(writer, doc);
        var withText = writer.ToString().TrimEnd('\n').Replace("{\"id\":\"r1\",", "{\"id\":\"r1\",\"text\":\"" + text + "\",", StringComparison.Ordinal);
        var read = CasieReader.ParseLine(withText, "round-trip", 1);

        // Then
        var e = Assert.Single(read.Events);
        Assert.Equal(("Patch", "patched"), (e.Type, e.Trigger.Text));
        Assert.Equal("Globex", Assert.Single(e.Arguments).Span.Text);
    }
}
