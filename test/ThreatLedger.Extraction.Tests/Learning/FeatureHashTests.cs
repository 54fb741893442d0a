using ThreatLedger.Extraction.Learning;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class FeatureHashTests
{
    [Fact]
    public void Of_SameInput_IsStableAcrossCalls()
    {
        // Given / When / Then: a fixed value, so saved models stay loadable across processes and releases.
        Assert.Equal(FeatureHash.Of(2, "breach"), FeatureHash.Of(2, "breach"));
        Assert.Equal(0xDB9E4404A2D969D3UL, FeatureHash.Of(2, "breach"));
    }

    [Fact]
    public void Of_DifferentSplitsOrTemplates_Differ()
    {
        // Given / When / Then
        Assert.NotEqual(FeatureHash.Of(7, "ab", "c"), FeatureHash.Of(7, "a", "bc"));
        Assert.NotEqual(FeatureHash.Of(2, "breach"), FeatureHash.Of(3, "breach"));
    }
}
