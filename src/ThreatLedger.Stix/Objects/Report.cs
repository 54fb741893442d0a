namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>report</c> STIX Domain Object (section 4.16): a collection of threat intelligence focused on one or more topics.</summary>
public sealed class Report : StixDomainObject
{
    /// <summary>The STIX type name, <c>report</c>.</summary>
    public const string TypeName = "report";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Report()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }

    /// <summary><c>report_types</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? ReportTypes { get; init; }

    /// <summary><c>published</c> (required, timestamp).</summary>
    public required StixTimestamp Published { get; init; }

    /// <summary><c>object_refs</c> (required, list of identifier (to any object)).</summary>
    public required IReadOnlyList<StixId> ObjectRefs { get; init; }
}
