using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>opinion</c> STIX Domain Object (section 4.15): an assessment of the correctness of information in other STIX objects.</summary>
public sealed class Opinion : StixDomainObject
{
    /// <summary>The STIX type name, <c>opinion</c>.</summary>
    public const string TypeName = "opinion";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Opinion()
        : base(TypeName)
    {
    }

    /// <summary><c>explanation</c> (optional, string).</summary>
    public string? Explanation { get; init; }

    /// <summary><c>authors</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary><c>opinion</c> (required, string).</summary>
    [JsonPropertyName("opinion")]
    public required string OpinionValue { get; init; }

    /// <summary><c>object_refs</c> (required, list of identifier (to any object)).</summary>
    public required IReadOnlyList<StixId> ObjectRefs { get; init; }
}
