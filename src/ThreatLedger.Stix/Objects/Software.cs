namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>software</c> STIX Cyber-observable Object (section 6.14): a software product.</summary>
public sealed class Software : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>software</c>.</summary>
    public const string TypeName = "software";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Software()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>cpe</c> (optional, string).</summary>
    public string? Cpe { get; init; }

    /// <summary><c>swid</c> (optional, string).</summary>
    public string? Swid { get; init; }

    /// <summary><c>languages</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary><c>vendor</c> (optional, string).</summary>
    public string? Vendor { get; init; }

    /// <summary><c>version</c> (optional, string).</summary>
    public string? Version { get; init; }
}
