using System.Text.Json.Nodes;

namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>network-traffic</c> STIX Cyber-observable Object (section 6.12): arbitrary network traffic from a source to a destination.</summary>
public sealed class NetworkTraffic : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>network-traffic</c>.</summary>
    public const string TypeName = "network-traffic";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public NetworkTraffic()
        : base(TypeName)
    {
    }

    /// <summary><c>start</c> (optional, timestamp).</summary>
    public StixTimestamp? Start { get; init; }

    /// <summary><c>end</c> (optional, timestamp).</summary>
    public StixTimestamp? End { get; init; }

    /// <summary><c>is_active</c> (optional, boolean).</summary>
    public bool? IsActive { get; init; }

    /// <summary><c>src_ref</c> (optional, identifier (to ipv4-addr, ipv6-addr, mac-addr, domain-name)).</summary>
    public StixId? SrcRef { get; init; }

    /// <summary><c>dst_ref</c> (optional, identifier (to ipv4-addr, ipv6-addr, mac-addr, domain-name)).</summary>
    public StixId? DstRef { get; init; }

    /// <summary><c>src_port</c> (optional, integer).</summary>
    public long? SrcPort { get; init; }

    /// <summary><c>dst_port</c> (optional, integer).</summary>
    public long? DstPort { get; init; }

    /// <summary><c>protocols</c> (required, list of string).</summary>
    public required IReadOnlyList<string> Protocols { get; init; }

    /// <summary><c>src_byte_count</c> (optional, integer).</summary>
    public long? SrcByteCount { get; init; }

    /// <summary><c>dst_byte_count</c> (optional, integer).</summary>
    public long? DstByteCount { get; init; }

    /// <summary><c>src_packets</c> (optional, integer).</summary>
    public long? SrcPackets { get; init; }

    /// <summary><c>dst_packets</c> (optional, integer).</summary>
    public long? DstPackets { get; init; }

    /// <summary><c>ipfix</c> (optional, dictionary).</summary>
    public JsonObject? Ipfix { get; init; }

    /// <summary><c>src_payload_ref</c> (optional, identifier (to artifact)).</summary>
    public StixId? SrcPayloadRef { get; init; }

    /// <summary><c>dst_payload_ref</c> (optional, identifier (to artifact)).</summary>
    public StixId? DstPayloadRef { get; init; }

    /// <summary><c>encapsulates_refs</c> (optional, list of identifier (to network-traffic)).</summary>
    public IReadOnlyList<StixId>? EncapsulatesRefs { get; init; }

    /// <summary><c>encapsulated_by_ref</c> (optional, identifier (to network-traffic)).</summary>
    public StixId? EncapsulatedByRef { get; init; }
}
