using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Sources;

namespace ThreatLedger.Knowledge.Tests.Sources;

public sealed class RelayDetectorTests
{
    private static ExtractionDocument Doc(string text, string outlet = "Morning Brief") => new()
    {
        Document = new DocumentInfo { Id = "d", Source = outlet },
        Text = text,
    };

    [Theory]
    [InlineData("As first reported by The Harbour Courier, the board was breached.", "The Harbour Courier")]
    [InlineData("The breach was reported by the Financial Times on Monday.", "Financial Times")]
    [InlineData("Citing a report by Baltic Wire, officials blamed Russia.", "Baltic Wire")]
    [InlineData("According to the Nordic Times, the attack began in May.", "Nordic Times")]
    public void Detect_RelayCue_NamesTheOutlet(string text, string outlet)
    {
        // When
        var relay = RelayDetector.Detect(Doc(text));

        // Then
        Assert.Equal(outlet, relay?.Outlet);
    }

    [Theory]
    [InlineData("According to officials, the attack began in May.")]
    [InlineData("According to Microsoft, the flaw was patched.")]
    [InlineData("The incident was reported in October.")]
    [InlineData("According to Japan, nothing was lost.")]
    public void Detect_NoOutletCited_ReturnsNull(string text)
    {
        // When
        var relay = RelayDetector.Detect(Doc(text));

        // Then
        Assert.Null(relay);
    }

    [Fact]
    public void Detect_WeakCueNamingAKnownOutlet_IsARelay()
    {
        // When
        var relay = RelayDetector.Detect(Doc("According to Harbour Ledgerline, the utility was hit."), new HashSet<string> { "harbourledgerline" });

        // Then
        Assert.Equal("Harbour Ledgerline", relay?.Outlet);
    }

    [Fact]
    public void Of_AccusedStateSpeakingThroughDifferentBodies_IsOneSource()
    {
        // When
        var ministry = OriginKeys.Of(new ClaimSource { Name = "The Chinese Ministry of Foreign Affairs", Kind = SourceKinds.Accused }, "A", null, "d1");
        var state = OriginKeys.Of(new ClaimSource { Name = "China", Kind = SourceKinds.Accused }, "B", null, "d2");

        // Then
        Assert.Equal(ministry.Key, state.Key);
    }

    [Fact]
    public void Of_AnonymousOfficialsCitedViaAnOutlet_BelongToThatOutlet()
    {
        // When
        var original = OriginKeys.Of(new ClaimSource { Name = "two officials", Kind = SourceKinds.AnonymousOfficials }, "The Harbour Courier", null, "d1");
        var relayed = OriginKeys.Of(new ClaimSource { Name = "officials", Kind = SourceKinds.AnonymousOfficials, CitedVia = "The Harbour Courier" }, "Signal Desk", null, "d2");

        // Then
        Assert.Equal(original.Key, relayed.Key);
        Assert.False(original.Relayed);
        Assert.True(relayed.Relayed);
    }
}
