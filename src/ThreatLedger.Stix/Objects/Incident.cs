namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>incident</c> STIX Domain Object (section 4.6): a security incident (stub object in STIX 2.1, usually extended).</summary>
public sealed class Incident : StixDomainObject
{
    /// <summary>The STIX type name, <c>incident</c>.</summary>
    public const string TypeName = "incident";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Incident()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>kill_chain_phases</c> (optional, list of kill-chain-phase).</summary>
    public IReadOnlyList<KillChainPhase>? KillChainPhases { get; init; }
}
