using ThreatLedger.Extraction.Learning;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class BioLabelsTests
{
    [Fact]
    public void AllowedAfter_InsideLabel_OnlyAfterSameClass()
    {
        // Given
        var labels = new BioLabels(["Patch", "Ransom"]);
        var insidePatch = BioLabels.Inside(0);

        // When / Then
        Assert.True(labels.AllowedAfter(BioLabels.Begin(0))[insidePatch]);
        Assert.True(labels.AllowedAfter(insidePatch)[insidePatch]);
        Assert.False(labels.AllowedAfter(0)[insidePatch]);
        Assert.False(labels.AllowedAfter(BioLabels.Begin(1))[insidePatch]);
        Assert.False(labels.AllowedAfter(labels.Start)[insidePatch]);
    }

    [Fact]
    public void Decode_LabelSequence_ReturnsSpans()
    {
        // Given: O B-0 I-0 B-1 O B-0
        int[] sequence = [0, BioLabels.Begin(0), BioLabels.Inside(0), BioLabels.Begin(1), 0, BioLabels.Begin(0)];

        // When
        var spans = BioLabels.Decode(sequence);

        // Then
        Assert.Equal([(1, 3, 0), (3, 4, 1), (5, 6, 0)], spans);
    }
}
