using System.Collections.Frozen;

namespace ThreatLedger.Stix.Validation;

/// <summary>The property table of one STIX type.</summary>
internal sealed class TypeSchema
{
    public TypeSchema(string type, StixObjectKind kind, string section, PropertySchema[] properties, string[]? idContributing)
    {
        Type = type;
        Kind = kind;
        Section = section;
        Properties = properties.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        Required = [.. properties.Where(p => p.Required).Select(p => p.Name)];
        IdContributing = idContributing;
    }

    public string Type { get; }

    public StixObjectKind Kind { get; }

    public string Section { get; }

    public FrozenDictionary<string, PropertySchema> Properties { get; }

    public string[] Required { get; }

    public string[]? IdContributing { get; }
}
