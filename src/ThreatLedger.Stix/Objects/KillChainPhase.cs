using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>A kill-chain phase (section 2.11).</summary>
public sealed class KillChainPhase
{
    /// <summary><c>kill_chain_name</c> (required), e.g. <c>mitre-attack</c>.</summary>
    public required string KillChainName { get; init; }

    /// <summary><c>phase_name</c> (required), e.g. <c>initial-access</c>.</summary>
    public required string PhaseName { get; init; }

    /// <summary>Properties not defined by the spec, kept as read.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? CustomProperties { get; set; }
}
