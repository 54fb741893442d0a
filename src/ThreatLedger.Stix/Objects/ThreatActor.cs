namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>threat-actor</c> STIX Domain Object (section 4.17): an actual individual, group or organisation believed to be operating with malicious intent.</summary>
public sealed class ThreatActor : StixDomainObject
{
    /// <summary>The STIX type name, <c>threat-actor</c>.</summary>
    public const string TypeName = "threat-actor";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public ThreatActor()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>threat_actor_types</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? ThreatActorTypes { get; init; }

    /// <summary><c>aliases</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary><c>first_seen</c> (optional, timestamp).</summary>
    public StixTimestamp? FirstSeen { get; init; }

    /// <summary><c>last_seen</c> (optional, timestamp).</summary>
    public StixTimestamp? LastSeen { get; init; }

    /// <summary><c>roles</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary><c>goals</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Goals { get; init; }

    /// <summary><c>sophistication</c> (optional, string).</summary>
    public string? Sophistication { get; init; }

    /// <summary><c>resource_level</c> (optional, string).</summary>
    public string? ResourceLevel { get; init; }

    /// <summary><c>primary_motivation</c> (optional, string).</summary>
    public string? PrimaryMotivation { get; init; }

    /// <summary><c>secondary_motivations</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? SecondaryMotivations { get; init; }

    /// <summary><c>personal_motivations</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? PersonalMotivations { get; init; }
}
