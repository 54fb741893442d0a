namespace ThreatLedger.Extraction.Events;

/// <summary>Names of the built-in cue lexicons (file names under <c>Events/Lexicons/cues</c>).</summary>
public static class CueClasses
{
    /// <summary>Personal and sensitive data ("email addresses", "passwords").</summary>
    public const string PersonalData = "PII";
    /// <summary>Words for attackers ("hackers", "cybercriminals").</summary>
    public const string Attacker = "Attacker";
    /// <summary>Payment methods ("bitcoin").</summary>
    public const string Payment = "Payment";
    /// <summary>Negation, modality, future and attempt cues that make an event's realis <c>Other</c>.</summary>
    public const string RealisOther = "Realis-Other";
    /// <summary>Words for researchers and security firms.</summary>
    public const string Researcher = "Researcher";
}
