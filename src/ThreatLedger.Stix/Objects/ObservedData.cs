using System.Text.Json.Nodes;

namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>observed-data</c> STIX Domain Object (section 4.14): information about cyber-security entities observed on systems and networks.</summary>
public sealed class ObservedData : StixDomainObject
{
    /// <summary>The STIX type name, <c>observed-data</c>.</summary>
    public const string TypeName = "observed-data";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public ObservedData()
        : base(TypeName)
    {
    }

    /// <summary><c>first_observed</c> (required, timestamp).</summary>
    public required StixTimestamp FirstObserved { get; init; }

    /// <summary><c>last_observed</c> (required, timestamp).</summary>
    public required StixTimestamp LastObserved { get; init; }

    /// <summary><c>number_observed</c> (required, integer).</summary>
    public required long? NumberObserved { get; init; }

    /// <summary><c>objects</c> (optional, dictionary).</summary>
    public JsonObject? Objects { get; init; }

    /// <summary><c>object_refs</c> (optional, list of identifier (to sco, relationship)).</summary>
    public IReadOnlyList<StixId>? ObjectRefs { get; init; }
}
