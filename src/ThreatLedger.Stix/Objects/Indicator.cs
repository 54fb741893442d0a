namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>indicator</c> STIX Domain Object (section 4.7): a pattern that can be used to detect suspicious or malicious activity.</summary>
public sealed class Indicator : StixDomainObject
{
    /// <summary>The STIX type name, <c>indicator</c>.</summary>
    public const string TypeName = "indicator";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Indicator()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (optional, string).</summary>
    public string? Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>indicator_types</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? IndicatorTypes { get; init; }

    /// <summary><c>pattern</c> (required, string).</summary>
    public required string Pattern { get; init; }

    /// <summary><c>pattern_type</c> (required, string).</summary>
    public required string PatternType { get; init; }

    /// <summary><c>pattern_version</c> (optional, string).</summary>
    public string? PatternVersion { get; init; }

    /// <summary><c>valid_from</c> (required, timestamp).</summary>
    public required StixTimestamp ValidFrom { get; init; }

    /// <summary><c>valid_until</c> (optional, timestamp).</summary>
    public StixTimestamp? ValidUntil { get; init; }

    /// <summary><c>kill_chain_phases</c> (optional, list of kill-chain-phase).</summary>
    public IReadOnlyList<KillChainPhase>? KillChainPhases { get; init; }
}
