namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>infrastructure</c> STIX Domain Object (section 4.8): systems, software services and associated resources used by an adversary or defender.</summary>
public sealed class Infrastructure : StixDomainObject
{
    /// <summary>The STIX type name, <c>infrastructure</c>.</summary>
    public const string TypeName = "infrastructure";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Infrastructure()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>infrastructure_types</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? InfrastructureTypes { get; init; }

    /// <summary><c>aliases</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary><c>kill_chain_phases</c> (optional, list of kill-chain-phase).</summary>
    public IReadOnlyList<KillChainPhase>? KillChainPhases { get; init; }

    /// <summary><c>first_seen</c> (optional, timestamp).</summary>
    public StixTimestamp? FirstSeen { get; init; }

    /// <summary><c>last_seen</c> (optional, timestamp).</summary>
    public StixTimestamp? LastSeen { get; init; }
}
