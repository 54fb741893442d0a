using ThreatLedger.Knowledge.Assessment;

namespace ThreatLedger.Knowledge.Tests.Assessment;

public sealed class EstimativeProbabilityTests
{
    public static TheoryData<double, string> Bands => new()
    {
        { 0.01, "almost no chance" },
        { 0.044, "almost no chance" },
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

    public static TheoryData<double, int, string> RoundedAtBandEdges => new()
    {
        { 0.4449, 44, "unlikely" },
        { 0.4451, 45, "roughly even chance" },
        { 0.449, 45, "roughly even chance" },
        { 0.5549, 55, "roughly even chance" },
        { 0.5551, 56, "likely" },
        { 0.1951, 20, "unlikely" },
        { 0.0449, 4, "almost no chance" },
        { 0.0451, 5, "very unlikely" },
        { 0.8049, 80, "likely" },
        { 0.9551, 96, "almost certain" },
    };

    [Theory]
    [MemberData(nameof(RoundedAtBandEdges))]
    public void Describe_ProbabilityNearBandEdge_WordsMatchTheShownPercentage(double probability, int percent, string words)
    {
        // When
        var text = EstimativeProbability.Describe(probability);

        // Then
        Assert.Equal(percent, EstimativeProbability.Percent(probability));
        Assert.Equal($"{words} ({percent} %)", text);
    }

    [Fact]
    public void Words_EveryWholePercentage_SameWordsForEveryProbabilityShownAsIt()
    {
        // Given
        var steps = Enumerable.Range(0, 10_001).Select(i => i / 10_000.0).ToList();

        // When
        var wordsByPercent = steps.GroupBy(EstimativeProbability.Percent)
            .ToDictionary(g => g.Key, g => g.Select(EstimativeProbability.Words).Distinct().ToList());

        // Then
        Assert.Equal(101, wordsByPercent.Count);
        Assert.All(wordsByPercent.Values, words => Assert.Single(words));
    }
}
