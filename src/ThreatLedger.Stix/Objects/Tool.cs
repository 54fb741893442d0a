namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>tool</c> STIX Domain Object (section 4.18): legitimate software that can be used by threat actors.</summary>
public sealed class Tool : StixDomainObject
{
    /// <summary>The STIX type name, <c>tool</c>.</summary>
    public const string TypeName = "tool";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Tool()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>tool_types</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? ToolTypes { get; init; }

    /// <summary><c>aliases</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary><c>kill_chain_phases</c> (optional, list of kill-chain-phase).</summary>
    public IReadOnlyList<KillChainPhase>? KillChainPhases { get; init; }

    /// <summary><c>tool_version</c> (optional, string).</summary>
    public string? ToolVersion { get; init; }
}
