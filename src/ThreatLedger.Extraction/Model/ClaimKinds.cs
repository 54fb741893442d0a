namespace ThreatLedger.Extraction.Model;

/// <summary>What a claim does.</summary>
public static class ClaimKinds
{
    public const string Attribution = "attribution";
    public const string Denial = "denial";
    public const string NoAttribution = "no-attribution";
    public const string AlternativeHypothesis = "alternative-hypothesis";
    public const string CounterAccusation = "counter-accusation";
    public const string SeverityDispute = "severity-dispute";
}
