using System.Collections.Frozen;

namespace ThreatLedger.Stix.Json;

internal static partial class StixTypeRegistry
{
    private static readonly FrozenDictionary<string, Type> s_byName = BuildMap();

    /// <summary>The class for a STIX type name, or null for types this library does not model.</summary>
    public static Type? Find(string typeName) => s_byName.GetValueOrDefault(typeName);

    /// <summary>All type names with a class.</summary>
    public static IEnumerable<string> Names => s_byName.Keys;
}
