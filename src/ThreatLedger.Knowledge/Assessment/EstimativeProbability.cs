namespace ThreatLedger.Knowledge.Assessment;

/// <summary>ICD 203 words of estimative probability.</summary>
public static class EstimativeProbability
{
    /// <summary>
    /// almost no chance (below 5%), very unlikely (5–20%), unlikely (20–45%), roughly even chance (45–55%),
    /// likely (55–80%), very likely (80–95%), almost certain (above 95%).
    /// </summary>
    public static string Words(double probability) => probability switch
    {
        < 0.05 => "almost no chance",
        < 0.20 => "very unlikely",
        < 0.45 => "unlikely",
        <= 0.55 => "roughly even chance",
        <= 0.80 => "likely",
        <= 0.95 => "very likely",
        _ => "almost certain",
    };
}
