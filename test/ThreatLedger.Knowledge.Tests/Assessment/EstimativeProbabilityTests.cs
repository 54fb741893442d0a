using ThreatLedger.Knowledge.Assessment;

namespace ThreatLedger.Knowledge.Tests.Assessment;

public sealed class EstimativeProbabilityTests
{
    public static TheoryData<double, string> Bands => new()
    {
        { 0.01, "almost no chance" },
        { 0.049, "almost no chance" },
        { 0.05, "very unlikely" },
        { 0.19, "very unlikely" },
        { 0.20, "unlikely" },
        { 0.44, "unlikely" },
        { 0.45, "roughly even chance" },
        { 0.55, "roughly even chance" },
        { 0.56, "likely" },
        { 0.80, "likely" },
        { 0.81, "very likely" },
        { 0.95, "very likely" },
        { 0.96, "almost certain" },
        { 0.99, "almost certain" },
    };

    [Theory]
    [MemberData(nameof(Bands))]
    public void Words_Probability_MapsToIcd203Band(double probability, string expected)
    {
        // When
        var words = EstimativeProbability.Words(probability);

        // Then
        Assert.Equal(expected, words);
    }
}
