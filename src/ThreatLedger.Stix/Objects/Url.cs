namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>url</c> STIX Cyber-observable Object (section 6.15): a uniform resource locator.</summary>
public sealed class Url : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>url</c>.</summary>
    public const string TypeName = "url";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Url()
        : base(TypeName)
    {
    }

    /// <summary><c>value</c> (required, string).</summary>
    public required string Value { get; init; }
}
