namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>autonomous-system</c> STIX Cyber-observable Object (section 6.2): an autonomous system.</summary>
public sealed class AutonomousSystem : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>autonomous-system</c>.</summary>
    public const string TypeName = "autonomous-system";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public AutonomousSystem()
        : base(TypeName)
    {
    }

    /// <summary><c>number</c> (required, integer).</summary>
    public required long? Number { get; init; }

    /// <summary><c>name</c> (optional, string).</summary>
    public string? Name { get; init; }

    /// <summary><c>rir</c> (optional, string).</summary>
    public string? Rir { get; init; }
}
