namespace ThreatLedger.Stix.Objects;

/// <summary>Base of the STIX Relationship Objects (section 5): relationship and sighting.</summary>
public abstract class StixRelationshipObject : StixObject
{
    /// <summary>Creates an SRO of the given type.</summary>
    protected StixRelationshipObject(string type)
        : base(type)
    {
    }
}
