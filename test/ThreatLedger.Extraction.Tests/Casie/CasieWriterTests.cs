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

    [Fact]
    public void Apply_NonNuggetTrigger_LeftOutWithItsArgumentsMovedToTheNearestKeptEvent()
    {
        // Given: "ransomware" (an argument in CASIE, not a nugget) and "demanded" of the same type
        const string text = "The ransomware gang demanded payment from Acme.";
        var victim = new EventArgument { Role = "Victim", Span = new TextSpan(42, 46, "Acme") };
        Event Make(string id, int start, int end, params EventArgument[] arguments) => new()
        {
            Id = id, Type = EventTypes.Ransom, Realis = "Actual", Trigger = new TextSpan(start, end, text[start..end]), Arguments = arguments,
        };
        var events = new[] { Make("v1", 4, 14, victim), Make("v2", 20, 28) };

        // When
        var kept = CasieConventions.Default.Apply(events);

        // Then
        var nugget = Assert.Single(kept);
        Assert.Equal("demanded", nugget.Trigger.Text);
        Assert.Equal(victim, Assert.Single(nugget.Arguments));
        Assert.False(CasieConventions.Default.IsNugget("vulnerability"));
        Assert.True(CasieConventions.Default.IsNugget("discovered"));
    }
}
