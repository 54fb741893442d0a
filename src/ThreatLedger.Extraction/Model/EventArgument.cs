namespace ThreatLedger.Extraction.Model;

/// <summary>An argument of an event: a CASIE role (Attacker, Victim, Time, Place, Compromised-Data, …) filled by a span.</summary>
public sealed record EventArgument
{
    public required string Role { get; init; }
    public required TextSpan Span { get; init; }
    /// <summary>The entity the span refers to, when it is one.</summary>
    public string? EntityId { get; init; }
    /// <summary>CASIE entity type of the filler (Organization, PII, Malware, …), when known.</summary>
    public string? EntityType { get; init; }
}
