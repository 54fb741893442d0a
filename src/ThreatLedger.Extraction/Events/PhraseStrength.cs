namespace ThreatLedger.Extraction.Events;

/// <summary>
/// How much a trigger phrase says on its own. In lexicon files a weak phrase is written with a leading <c>~</c>
/// ("~paid"), a generic one with a leading <c>?</c> ("?the attack") and an incident-only one with a leading <c>!</c>
/// ("!left exposed").
/// </summary>
public enum PhraseStrength
{
    /// <summary>Names its event type by itself ("ransomware", "data breach").</summary>
    Strong,

    /// <summary>Counts for its type only in a document that also has a strong phrase of that type ("paid", "locked").</summary>
    Weak,

    /// <summary>Names an attack but not its type ("the attack", "cyberattack"): takes the type the context gives it.</summary>
    Generic,

    /// <summary>
    /// Tells that an incident of its type happened ("left exposed on the internet", "accessed without authorisation") but
    /// is no trigger in CASIE's sense: only the incident builder sees it; the event extractor, the learned model's
    /// features and CASIE output never do.
    /// </summary>
    IncidentOnly,
}
