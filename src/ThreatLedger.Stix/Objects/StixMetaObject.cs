namespace ThreatLedger.Stix.Objects;

/// <summary>Base of the STIX Meta Objects (section 7): marking-definition, extension-definition, language-content.</summary>
public abstract class StixMetaObject : StixObject
{
    /// <summary>Creates an SMO of the given type.</summary>
    protected StixMetaObject(string type)
        : base(type)
    {
    }
}
