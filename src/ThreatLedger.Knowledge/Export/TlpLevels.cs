using ThreatLedger.Stix;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Knowledge.Export;

/// <summary>
/// The predefined TLP markings (<see cref="TlpMarkings"/>, TLP 1.0 and 2.0) ranked from TLP:CLEAR/WHITE (0) to TLP:RED
/// (4), for filtering an export by the strictest level it may carry.
/// </summary>
public static class TlpLevels
{
    private static readonly string[] s_names = ["clear", "green", "amber", "amber+strict", "red"];

    private static readonly Dictionary<string, int> s_ranks = TlpMarkings.Tlp1Levels.Concat(TlpMarkings.Tlp2Levels)
        .ToDictionary(p => p.Key.ToString(), p => Rank(p.Value), StringComparer.Ordinal);

    /// <summary>The rank of a TLP name (<c>TLP:CLEAR</c>, <c>WHITE</c>, <c>amber+strict</c>, …), or null when the text is not one.</summary>
    public static int? Level(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var level = name.Trim().ToLowerInvariant();
        level = level.StartsWith("tlp:", StringComparison.Ordinal) ? level[4..] : level;
        return level == "white" || Array.IndexOf(s_names, level) >= 0 ? Rank(level) : null;
    }

    /// <summary>
    /// The marking a user names: a predefined TLP marking-definition id as given, <c>TLP:WHITE</c> as TLP 1.0, any other
    /// TLP name as its TLP 2.0 marking; null when the text is neither.
    /// </summary>
    public static StixId? Marking(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        var text = nameOrId.Trim();
        if (StixId.TryParse(text, out var id))
        {
            return TlpMarkings.Find(id) is not null ? id : null;
        }

        return Level(text) switch
        {
            null => null,
            0 when text.EndsWith("white", StringComparison.OrdinalIgnoreCase) => TlpMarkings.WhiteId,
            var rank => TlpMarkings.Tlp2Levels.First(p => Rank(p.Value) == rank).Key,
        };
    }

    /// <summary>The rank of a marking-definition id, or null when it is not a predefined TLP marking.</summary>
    public static int? LevelOf(string markingId) => s_ranks.TryGetValue(markingId, out var rank) ? rank : null;

    /// <summary>The marking-definition ids of every TLP level above <paramref name="level"/> (both TLP versions).</summary>
    public static IReadOnlyList<string> Above(int level) => s_ranks.Where(p => p.Value > level).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

    private static int Rank(string level) => level == "white" ? 0 : Array.IndexOf(s_names, level);
}
