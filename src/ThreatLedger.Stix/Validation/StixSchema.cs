using System.Collections.Frozen;

namespace ThreatLedger.Stix.Validation;

internal static partial class StixSchema
{
    private static readonly FrozenDictionary<string, TypeSchema> s_types = BuildTypes();

    public static TypeSchema? Find(string type) => s_types.GetValueOrDefault(type);

    public static FrozenDictionary<string, TypeSchema>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = s_types.GetAlternateLookup<ReadOnlySpan<char>>();

    public static StixObjectKind KindOf(string type) => s_types.TryGetValue(type, out var t) ? t.Kind : StixObjectKind.Unknown;

    public static IReadOnlyList<string>? IdContributingProperties(string type) => s_types.GetValueOrDefault(type)?.IdContributing;
}
