namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>relationship</c> STIX Relationship Object (section 5.1): a link between two SDOs or SCOs.</summary>
public sealed class Relationship : StixRelationshipObject
{
    /// <summary>The STIX type name, <c>relationship</c>.</summary>
    public const string TypeName = "relationship";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Relationship()
        : base(TypeName)
    {
    }

    /// <summary><c>relationship_type</c> (required, string).</summary>
    public required string RelationshipType { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>source_ref</c> (required, identifier (to sdo, sco)).</summary>
    public required StixId SourceRef { get; init; }

    /// <summary><c>target_ref</c> (required, identifier (to sdo, sco)).</summary>
    public required StixId TargetRef { get; init; }

    /// <summary><c>start_time</c> (optional, timestamp).</summary>
    public StixTimestamp? StartTime { get; init; }

    /// <summary><c>stop_time</c> (optional, timestamp).</summary>
    public StixTimestamp? StopTime { get; init; }
}
