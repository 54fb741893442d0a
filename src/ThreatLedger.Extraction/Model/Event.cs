namespace ThreatLedger.Extraction.Model;

/// <summary>An event mention: what happened, where the text says so, and who and what took part.</summary>
public sealed record Event
{
    /// <summary>Document-local id, e.g. <c>v2</c>.</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="EventTypes"/>.</summary>
    public required string Type { get; init; }
    /// <summary><c>Actual</c>, <c>Other</c> or <c>Generic</c> (CASIE realis).</summary>
    public string Realis { get; init; } = "Actual";
    public required TextSpan Trigger { get; init; }
    public IReadOnlyList<EventArgument> Arguments { get; init; } = [];
    public EventTime? Time { get; init; }
    /// <summary>Event mentions of one real-world incident share a hopper number (CASIE event coreference).</summary>
    public int Hopper { get; init; }
    /// <summary>Extractor confidence 0–100 (rules or model score); low confidence is labelled, not dropped.</summary>
    public int Confidence { get; init; } = 50;
    /// <summary>
    /// A rule trigger found beside a learned model for building incidents only (a generic attack mention such as "the
    /// attack", or a lexicon phrase of a type the model tags): CASIE output, which follows the model, leaves it out.
    /// Written to JSON only when true.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IncidentOnly { get; init; }
}
