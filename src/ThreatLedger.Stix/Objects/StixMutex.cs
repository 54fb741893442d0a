namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>mutex</c> STIX Cyber-observable Object (section 6.11): a mutual-exclusion object.</summary>
public sealed class StixMutex : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>mutex</c>.</summary>
    public const string TypeName = "mutex";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public StixMutex()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }
}
