namespace ThreatLedger.Extraction.Model;

/// <summary>
/// One real-world incident the document reports: the event mentions that refer to it (their <see cref="Event.Hopper"/>
/// is the incident's), its victim, targeted systems, type and normalised time.
/// </summary>
public sealed record Incident
{
    /// <summary>Document-local id, e.g. <c>i1</c>.</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="EventTypes"/>: the type of the mention that introduced the incident.</summary>
    public required string Type { get; init; }
    /// <summary>The hopper number shared by its event mentions.</summary>
    public int Hopper { get; init; }
    /// <summary>The victim's entity, when the text names one.</summary>
    public string? VictimEntityId { get; init; }
    /// <summary>Systems and data the text says were hit (entity ids of kind system or data).</summary>
    public IReadOnlyList<string> TargetEntityIds { get; init; } = [];
    /// <summary>Ids of the event mentions, in text order.</summary>
    public IReadOnlyList<string> EventIds { get; init; } = [];
    /// <summary>Compromised data as the text describes it ("the personal data connected to its email exchanges").</summary>
    public IReadOnlyList<TextSpan> CompromisedData { get; init; } = [];
    public EventTime? Time { get; init; }
    /// <summary>The first mention's trigger.</summary>
    public required TextSpan Trigger { get; init; }
}
