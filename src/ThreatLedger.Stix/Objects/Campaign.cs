namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>campaign</c> STIX Domain Object (section 4.2): a grouping of adversarial behaviours over a period of time against a specific set of targets.</summary>
public sealed class Campaign : StixDomainObject
{
    /// <summary>The STIX type name, <c>campaign</c>.</summary>
    public const string TypeName = "campaign";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Campaign()
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

    /// <summary><c>objective</c> (optional, string).</summary>
    public string? Objective { get; init; }
}
