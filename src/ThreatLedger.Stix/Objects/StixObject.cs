using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ThreatLedger.Stix.Objects;

/// <summary>
/// A STIX 2.1 object with the common properties of section 3.2. Objects are immutable once built; use
/// <see cref="StixObjectFactory"/> to assign ids and timestamps and <see cref="Versioning.StixVersioning"/> for new versions.
/// Properties that are neither in the spec nor known to this library are kept in <see cref="CustomProperties"/> and
/// written back unchanged.
/// </summary>
public abstract class StixObject
{
    private StixId _id;
    private string? _specVersion;
    private StixId? _createdByRef;
    private StixTimestamp? _created;
    private StixTimestamp? _modified;
    private bool? _revoked;

    /// <summary>Creates an object of the given type.</summary>
    protected StixObject(string type)
    {
        Type = type;
    }

    /// <summary><c>type</c>: the STIX type name.</summary>
    [JsonPropertyOrder(-100)]
    public string Type { get; }

    /// <summary><c>spec_version</c>: "2.1" for objects built here.</summary>
    [JsonPropertyOrder(-99)]
    public string? SpecVersion { get => _specVersion; init => _specVersion = value; }

    /// <summary><c>id</c>; <see cref="StixId.IsEmpty"/> until assigned.</summary>
    [JsonPropertyOrder(-98)]
    public StixId Id { get => _id; init => _id = value; }

    /// <summary><c>created_by_ref</c>: the identity that created the object.</summary>
    [JsonPropertyOrder(-97)]
    public StixId? CreatedByRef { get => _createdByRef; init => _createdByRef = value; }

    /// <summary><c>created</c>.</summary>
    [JsonPropertyOrder(-96)]
    public StixTimestamp? Created { get => _created; init => _created = value; }

    /// <summary><c>modified</c>: when this version was made.</summary>
    [JsonPropertyOrder(-95)]
    public StixTimestamp? Modified { get => _modified; init => _modified = value; }

    /// <summary><c>revoked</c>.</summary>
    [JsonPropertyOrder(100)]
    public bool? Revoked { get => _revoked; init => _revoked = value; }

    /// <summary><c>labels</c>.</summary>
    [JsonPropertyOrder(101)]
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary><c>confidence</c> (0-100).</summary>
    [JsonPropertyOrder(102)]
    public int? Confidence { get; init; }

    /// <summary><c>lang</c> (RFC 5646 language code).</summary>
    [JsonPropertyOrder(103)]
    public string? Lang { get; init; }

    /// <summary><c>external_references</c>.</summary>
    [JsonPropertyOrder(104)]
    public IReadOnlyList<ExternalReference>? ExternalReferences { get; init; }

    /// <summary><c>object_marking_refs</c>: marking-definition ids that apply to the whole object.</summary>
    [JsonPropertyOrder(105)]
    public IReadOnlyList<StixId>? ObjectMarkingRefs { get; init; }

    /// <summary><c>granular_markings</c>.</summary>
    [JsonPropertyOrder(106)]
    public IReadOnlyList<GranularMarking>? GranularMarkings { get; init; }

    /// <summary><c>extensions</c>: extension name (an extension-definition id or a predefined <c>-ext</c> name) to its content.</summary>
    [JsonPropertyOrder(108)]
    public JsonObject? Extensions { get; init; }

    /// <summary>Custom and unknown properties, kept as read and written back after the known ones.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? CustomProperties { get; set; }

    /// <summary>A shallow copy whose versioning properties can be set by the library.</summary>
    internal StixObject CloneForUpdate() => (StixObject)MemberwiseClone();

    internal void SetIdentity(StixId id, string? specVersion)
    {
        _id = id;
        _specVersion = specVersion;
    }

    internal void SetVersioning(StixId? createdByRef, StixTimestamp? created, StixTimestamp? modified)
    {
        _createdByRef = createdByRef;
        _created = created;
        _modified = modified;
    }

    internal void SetRevoked(bool? revoked) => _revoked = revoked;

    /// <summary>The id, for debugging.</summary>
    public override string ToString() => Id.IsEmpty ? Type : Id.ToString();
}
