using System.Collections.Frozen;

namespace ThreatLedger.Stix.Validation;

/// <summary>
/// The property table of an object embedded in a STIX object: a predefined SCO extension (<c>ntfs-ext</c>,
/// <c>socket-ext</c>, …) or a nested type such as the Windows PE optional header.
/// </summary>
internal sealed class EmbeddedSchema
{
    public EmbeddedSchema(string name, string section, PropertySchema[] properties, bool atLeastOne)
    {
        Name = name;
        Section = section;
        Properties = properties.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        Required = [.. properties.Where(p => p.Required).Select(p => p.Name)];
        AtLeastOne = atLeastOne;
    }

    /// <summary>The extension name (e.g. <c>socket-ext</c>) or nested type name; also the vocabulary key.</summary>
    public string Name { get; }

    /// <summary>The STIX 2.1 section that defines it.</summary>
    public string Section { get; }

    public FrozenDictionary<string, PropertySchema> Properties { get; }

    public string[] Required { get; }

    /// <summary>The spec requires at least one of the defined properties to be present.</summary>
    public bool AtLeastOne { get; }
}
