namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>attack-pattern</c> STIX Domain Object (section 4.1): a type of TTP that describes ways adversaries attempt to compromise targets.</summary>
public sealed class AttackPattern : StixDomainObject
{
    /// <summary>The STIX type name, <c>attack-pattern</c>.</summary>
    public const string TypeName = "attack-pattern";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public AttackPattern()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>aliases</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary><c>kill_chain_phases</c> (optional, list of kill-chain-phase).</summary>
    public IReadOnlyList<KillChainPhase>? KillChainPhases { get; init; }
}
