namespace ThreatLedger.Extraction.Entities;

/// <summary>How a mention names its entity.</summary>
public enum MentionKind
{
    /// <summary>A name or alias from a gazetteer or a detected name.</summary>
    Name,
    /// <summary>An acronym defined in the text.</summary>
    Acronym,
    /// <summary>A demonym or capital standing for a country ("Chinese", "Beijing").</summary>
    Metonym,
    /// <summary>A descriptive phrase ("a Chinese state-sponsored threat actor").</summary>
    Description,
    /// <summary>A definite description resolved by coreference ("the agency", "the hackers").</summary>
    Coreference,
}
