namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>intrusion-set</c> STIX Domain Object (section 4.9): a grouped set of adversarial behaviours and resources believed to be orchestrated by a single organisation.</summary>
public sealed class IntrusionSet : StixDomainObject
{
    /// <summary>The STIX type name, <c>intrusion-set</c>.</summary>
    public const string TypeName = "intrusion-set";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public IntrusionSet()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>aliases</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary><c>first_seen</c> (optional, timestamp).</summary>
    public StixTimestamp? FirstSeen { get; init; }

    /// <summary><c>last_seen</c> (optional, timestamp).</summary>
    public StixTimestamp? LastSeen { get; init; }

    /// <summary><c>goals</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Goals { get; init; }

    /// <summary><c>resource_level</c> (optional, string).</summary>
    public string? ResourceLevel { get; init; }

    /// <summary><c>primary_motivation</c> (optional, string).</summary>
    public string? PrimaryMotivation { get; init; }

    /// <summary><c>secondary_motivations</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? SecondaryMotivations { get; init; }
}
