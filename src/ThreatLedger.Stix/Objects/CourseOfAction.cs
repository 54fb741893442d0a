namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>course-of-action</c> STIX Domain Object (section 4.3): a recommendation to prevent or respond to an attack.</summary>
public sealed class CourseOfAction : StixDomainObject
{
    /// <summary>The STIX type name, <c>course-of-action</c>.</summary>
    public const string TypeName = "course-of-action";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public CourseOfAction()
        : base(TypeName)
    {
    }

    /// <summary><c>name</c> (required, string).</summary>
    public required string Name { get; init; }

    /// <summary><c>description</c> (optional, string).</summary>
    public string? Description { get; init; }
}
