using System.Text.Json;

namespace ThreatLedger.Stix.Patterning;

/// <summary>
/// What a pattern is matched against: the cyber-observable objects seen together at one time (an observed-data
/// object, or one log record), keyed by id or by the observed-data's local key so that <c>*_ref</c> properties resolve.
/// </summary>
public sealed record Observation
{
    /// <summary>The SCOs of this observation, by id (or local key).</summary>
    public required IReadOnlyDictionary<string, JsonElement> Objects { get; init; }

    public required DateTimeOffset FirstObserved { get; init; }

    public required DateTimeOffset LastObserved { get; init; }

    /// <summary>How many times the observation was seen.</summary>
    public int NumberObserved { get; init; } = 1;

    /// <summary>Where it came from (file:line, observed-data id), for reporting.</summary>
    public string? Source { get; init; }
}
