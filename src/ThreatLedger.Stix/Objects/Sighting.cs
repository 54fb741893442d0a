namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>sighting</c> STIX Relationship Object (section 5.2): the belief that something in CTI was seen.</summary>
public sealed class Sighting : StixRelationshipObject
{
    /// <summary>The STIX type name, <c>sighting</c>.</summary>
    public const string TypeName = "sighting";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Sighting()
        : base(TypeName)
    {
    }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>first_seen</c> (optional, timestamp).</summary>
    public StixTimestamp? FirstSeen { get; init; }

    /// <summary><c>last_seen</c> (optional, timestamp).</summary>
    public StixTimestamp? LastSeen { get; init; }

    /// <summary><c>count</c> (optional, integer).</summary>
    public long? Count { get; init; }

    /// <summary><c>sighting_of_ref</c> (required, identifier (to sdo)).</summary>
    public required StixId SightingOfRef { get; init; }

    /// <summary><c>observed_data_refs</c> (optional, list of identifier (to observed-data)).</summary>
    public IReadOnlyList<StixId>? ObservedDataRefs { get; init; }

    /// <summary><c>where_sighted_refs</c> (optional, list of identifier (to identity, location)).</summary>
    public IReadOnlyList<StixId>? WhereSightedRefs { get; init; }

    /// <summary><c>summary</c> (optional, boolean).</summary>
    public bool? Summary { get; init; }
}
