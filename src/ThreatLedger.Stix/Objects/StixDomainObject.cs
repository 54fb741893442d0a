namespace ThreatLedger.Stix.Objects;

/// <summary>Base of the STIX Domain Objects (section 4).</summary>
public abstract class StixDomainObject : StixObject
{
    /// <summary>Creates an SDO of the given type.</summary>
    protected StixDomainObject(string type)
        : base(type)
    {
    }
}
