namespace ThreatLedger.Knowledge.Assessment;

/// <summary>The model's result for one hypothesis.</summary>
public sealed record HypothesisAssessment
{
    /// <summary>Probability that the hypothesis is true, 0.01–0.99.</summary>
    public required double Probability { get; init; }
    /// <summary>ICD 203 words of estimative probability for <see cref="Probability"/>.</summary>
    public required string Words { get; init; }
    /// <summary>Independent (original) sources supporting the hypothesis.</summary>
    public required int IndependentSourcesFor { get; init; }
    /// <summary>Independent sources denying or contradicting it.</summary>
    public required int IndependentSourcesAgainst { get; init; }
    public required IReadOnlyList<Contribution> Contributions { get; init; }
}
