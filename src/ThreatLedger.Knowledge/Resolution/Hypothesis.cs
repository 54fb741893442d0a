namespace ThreatLedger.Knowledge.Resolution;

/// <summary>
/// An attribution hypothesis: a named actor (<c>actor:&lt;id&gt;</c>) or a state at country level (<c>country:CN</c>),
/// with a readable label.
/// </summary>
public sealed record Hypothesis(string Key, string Label, long? ActorSeq)
{
    /// <summary>The country-level hypothesis for an ISO code.</summary>
    public static Hypothesis Country(string code) => new("country:" + code, Countries.Name(code) + " (state or " + Countries.Name(code) + "-based actor)", null);
}
