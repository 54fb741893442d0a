using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>
/// Base of the STIX Cyber-observable Objects (section 6). SCOs have no created/modified; their ids are deterministic
/// (see <see cref="Identifiers.ScoIdGenerator"/>).
/// </summary>
public abstract class StixCyberObservableObject : StixObject
{
    /// <summary>Creates an SCO of the given type.</summary>
    protected StixCyberObservableObject(string type)
        : base(type)
    {
    }

    /// <summary><c>defanged</c>: whether the values were defanged.</summary>
    [JsonPropertyOrder(107)]
    public bool? Defanged { get; init; }
}
