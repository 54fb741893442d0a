namespace ThreatLedger.Knowledge.Assessment;

/// <summary>How one piece of evidence moved a hypothesis: its weight and likelihood ratio, and whether it counted.</summary>
/// <param name="Direction">+1 for, -1 against, 0 neutral (declined to comment).</param>
/// <param name="Counted">False when a stronger claim from the same original source already counted.</param>
public sealed record Contribution(Evidence Evidence, int Direction, double Weight, double LikelihoodRatio, bool Counted);
