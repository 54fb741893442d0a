namespace ThreatLedger.Knowledge.Sources;

/// <summary>How a relay was detected.</summary>
public static class DerivationMethods
{
    /// <summary>The article says so: "according to &lt;Outlet&gt;", "as first reported by", a claim cited via an outlet.</summary>
    public const string RelayCue = "relay-cue";

    /// <summary>A claim cites or names an outlet whose earlier report is in the store: it counts as that report's source.</summary>
    public const string CitesStoredReport = "cites-stored-report";

    /// <summary>A claim's evidence sentence repeats an earlier report's sentence or quotation (greedy string tiling).</summary>
    public const string NearDuplicate = "near-duplicate";

    /// <summary>A claim rests on the same anonymous sources, described alike and with the same count, as an earlier report.</summary>
    public const string SameAnonymousSource = "same-anonymous-source";

    /// <summary>A further claim of an article already shown to relay another, on a hypothesis the relayed report supports.</summary>
    public const string SameStory = "same-story";
}
