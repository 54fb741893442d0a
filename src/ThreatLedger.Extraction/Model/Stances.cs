namespace ThreatLedger.Extraction.Model;

/// <summary>The source's stance towards the accusation in a claim.</summary>
public static class Stances
{
    public const string Asserts = "asserts";
    public const string Denies = "denies";
    public const string Declines = "declines";
    public const string OffersAlternative = "offers-alternative";
    public const string CounterAccuses = "counter-accuses";
    public const string Disputes = "disputes";
}
