using System.Collections.Frozen;

namespace ThreatLedger.Stix.Validation;

/// <summary>
/// The relationships STIX 2.1 defines in the "Relationships" table of each SDO (§4.1-4.19) and SCO (§6), plus the
/// common ones (§3.7: derived-from, duplicate-of, related-to, which connect any objects). §5.1: relationship_type
/// SHOULD be a value listed for the source and target types, so a defined type used between other types is a warning.
/// </summary>
public static class RelationshipTypes
{
    private const string AnySco = "sco";

    private static readonly FrozenSet<string> s_common = new[] { "derived-from", "duplicate-of", "related-to" }.ToFrozenSet(StringComparer.Ordinal);

    // source type -> relationship type -> allowed target types
    private static readonly FrozenDictionary<string, FrozenDictionary<string, FrozenSet<string>>> s_bySource = Build();

    private static readonly FrozenSet<string> s_defined = s_bySource.Values.SelectMany(d => d.Keys).Concat(s_common).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for the common relationship types that connect any two objects (§3.7: derived-from, duplicate-of, related-to).</summary>
    public static bool IsCommon(string relationshipType) => s_common.Contains(relationshipType);

    /// <summary>True for a relationship type the specification defines for some pair of types (or a common one).</summary>
    public static bool IsDefined(string relationshipType) => s_defined.Contains(relationshipType);

    /// <summary>
    /// True when the spec lists <paramref name="relationshipType"/> from <paramref name="sourceType"/> to
    /// <paramref name="targetType"/> (common relationships are allowed between any types).
    /// </summary>
    public static bool IsAllowed(string sourceType, string relationshipType, string targetType)
    {
        if (s_common.Contains(relationshipType))
        {
            return true;
        }

        return s_bySource.TryGetValue(sourceType, out var byType) && byType.TryGetValue(relationshipType, out var targets)
            && (targets.Contains(targetType) || (targets.Contains(AnySco) && StixSchema.KindOf(targetType) == StixObjectKind.Sco));
    }

    /// <summary>The target types allowed for a source and relationship type (empty when none are listed).</summary>
    public static IReadOnlyCollection<string> Targets(string sourceType, string relationshipType) =>
        s_bySource.TryGetValue(sourceType, out var byType) && byType.TryGetValue(relationshipType, out var targets) ? targets : [];

    private static FrozenDictionary<string, FrozenDictionary<string, FrozenSet<string>>> Build()
    {
        string[] targetsOfTargets = ["identity", "location", "vulnerability"];
        string[] uses = ["attack-pattern", "infrastructure", "malware", "tool"];
        var table = new Dictionary<string, Dictionary<string, string[]>>(StringComparer.Ordinal)
        {
            ["attack-pattern"] = new() { ["delivers"] = ["malware"], ["targets"] = targetsOfTargets, ["uses"] = ["malware", "tool"] },
            ["campaign"] = new()
            {
                ["attributed-to"] = ["intrusion-set", "threat-actor"], ["compromises"] = ["infrastructure"], ["originates-from"] = ["location"],
                ["targets"] = targetsOfTargets, ["uses"] = uses,
            },
            ["course-of-action"] = new()
            {
                ["investigates"] = ["indicator"], ["mitigates"] = ["attack-pattern", "indicator", "malware", "tool", "vulnerability"], ["remediates"] = ["malware", "vulnerability"],
            },
            ["identity"] = new() { ["located-at"] = ["location"] },
            ["indicator"] = new()
            {
                ["indicates"] = ["attack-pattern", "campaign", "infrastructure", "intrusion-set", "malware", "threat-actor", "tool"], ["based-on"] = ["observed-data"],
            },
            ["infrastructure"] = new()
            {
                ["communicates-with"] = ["infrastructure", "ipv4-addr", "ipv6-addr", "domain-name", "url"], ["consists-of"] = ["infrastructure", "observed-data", AnySco],
                ["controls"] = ["infrastructure", "malware"], ["delivers"] = ["malware"], ["has"] = ["vulnerability"], ["hosts"] = ["tool", "malware"],
                ["located-at"] = ["location"], ["uses"] = ["infrastructure"],
            },
            ["intrusion-set"] = new()
            {
                ["attributed-to"] = ["threat-actor"], ["compromises"] = ["infrastructure"], ["hosts"] = ["infrastructure"], ["owns"] = ["infrastructure"],
                ["originates-from"] = ["location"], ["targets"] = targetsOfTargets, ["uses"] = uses,
            },
            ["malware"] = new()
            {
                ["authored-by"] = ["threat-actor", "intrusion-set"], ["beacons-to"] = ["infrastructure"], ["exfiltrates-to"] = ["infrastructure"],
                ["communicates-with"] = ["ipv4-addr", "ipv6-addr", "domain-name", "url"], ["controls"] = ["malware"], ["downloads"] = ["malware", "tool", "file"],
                ["drops"] = ["malware", "tool", "file"], ["exploits"] = ["vulnerability"], ["originates-from"] = ["location"],
                ["targets"] = ["identity", "infrastructure", "location", "vulnerability"], ["uses"] = uses, ["variant-of"] = ["malware"],
            },
            ["malware-analysis"] = new()
            {
                ["characterizes"] = ["malware"], ["analysis-of"] = ["malware"], ["static-analysis-of"] = ["malware"], ["dynamic-analysis-of"] = ["malware"],
            },
            ["threat-actor"] = new()
            {
                ["attributed-to"] = ["identity"], ["compromises"] = ["infrastructure"], ["hosts"] = ["infrastructure"], ["owns"] = ["infrastructure"],
                ["impersonates"] = ["identity"], ["located-at"] = ["location"], ["targets"] = targetsOfTargets, ["uses"] = uses,
            },
            ["tool"] = new()
            {
                ["delivers"] = ["malware"], ["drops"] = ["malware"], ["has"] = ["vulnerability"], ["targets"] = ["identity", "infrastructure", "location", "vulnerability"],
                ["uses"] = ["infrastructure"],
            },
            ["domain-name"] = new() { ["resolves-to"] = ["domain-name", "ipv4-addr", "ipv6-addr"] },
            ["ipv4-addr"] = new() { ["resolves-to"] = ["mac-addr"], ["belongs-to"] = ["autonomous-system"] },
            ["ipv6-addr"] = new() { ["resolves-to"] = ["mac-addr"], ["belongs-to"] = ["autonomous-system"] },
        };
        return table.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.ToFrozenDictionary(r => r.Key, r => r.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
