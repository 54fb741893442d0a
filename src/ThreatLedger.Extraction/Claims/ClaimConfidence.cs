using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Claims;

/// <summary>
/// How firmly a source commits to a claim, 0–100, from its stance and the hedging cues in its wording.
/// </summary>
/// <remarks>
/// <para>Start from the stance's base: a plain assertion, denial or counter-accusation 85; a declined attribution 80 (the
/// source firmly declines); an alternative hypothesis 60 (offered as a possibility); a severity dispute 75.</para>
/// <para>Each cue multiplies what is left by (1 − weight): strong hedges ("alleged", "reportedly", "claimed",
/// "purportedly", "unconfirmed", "rumoured") weigh 0.25; epistemic modals ("may", "might", "could", "possibly",
/// "potentially", an open question: "whether", a possibility left open: "not ruled out", "could not exclude"; a caveat: "inconclusive") 0.25; belief and likelihood ("believed", "suspected", "likely", "probably", "appears", "seems",
/// "consider", "thought", and the agentless passive "been blamed", "been linked"; resemblance: "hallmarks", "consistent with", "overlaps with") 0.15; sourcing ("according to", "reports", "sources", "citing") 0.10. Intensifiers
/// ("strongly", "categorically", "firmly", "confirmed") add 10. An explicit analytic confidence wins: "high confidence"
/// 85, "moderate confidence" 60, "low confidence" 30. The result is rounded and clamped to 5–95: text never proves
/// or disproves an attribution outright.</para>
/// </remarks>
public static class ClaimConfidence
{
    private static readonly Dictionary<string, double> s_weights = new(StringComparer.OrdinalIgnoreCase)
    {
        ["alleged"] = 0.25, ["allegedly"] = 0.25, ["allegation"] = 0.25, ["allegations"] = 0.25, ["reportedly"] = 0.25,
        ["claimed"] = 0.25, ["claims"] = 0.25, ["claim"] = 0.25, ["claiming"] = 0.25, ["purportedly"] = 0.25,
        ["unconfirmed"] = 0.25, ["rumoured"] = 0.25, ["rumored"] = 0.25, ["supposedly"] = 0.25,
        ["whether"] = 0.25, ["may"] = 0.25, ["might"] = 0.25, ["could"] = 0.25, ["possibly"] = 0.25, ["potentially"] = 0.25, ["possible"] = 0.25,
        ["may have"] = 0.25, ["might have"] = 0.25, ["could have"] = 0.25, ["unclear"] = 0.25,
        ["believed"] = 0.15, ["believe"] = 0.15, ["believes"] = 0.15, ["suspected"] = 0.15, ["suspect"] = 0.15, ["suspects"] = 0.15,
        ["likely"] = 0.15, ["probably"] = 0.15, ["appears"] = 0.15, ["appeared"] = 0.15, ["apparently"] = 0.15, ["seems"] = 0.15,
        ["consider"] = 0.15, ["considers"] = 0.15, ["thought"] = 0.15, ["think"] = 0.15, ["suggested"] = 0.15, ["suggests"] = 0.15,
        ["indicated"] = 0.15, ["indicates"] = 0.15, ["assessed"] = 0.15, ["assess"] = 0.15, ["linked to"] = 0.15, ["tied to"] = 0.15,
        ["said to be"] = 0.15, ["thought to be"] = 0.15, ["speculated"] = 0.25, ["speculation"] = 0.25, ["unverified"] = 0.25,
        ["according to"] = 0.10, ["reports"] = 0.10, ["reported"] = 0.10, ["sources"] = 0.10, ["citing"] = 0.10, ["cited"] = 0.10,
        ["initial"] = 0.10, ["preliminary"] = 0.10, ["inconclusive"] = 0.25, ["been blamed"] = 0.15, ["been accused"] = 0.15, ["been linked"] = 0.15,
        ["been attributed"] = 0.15, ["been tied"] = 0.15, ["hallmarks"] = 0.15, ["consistent with"] = 0.15, ["resembles"] = 0.15, ["resembled"] = 0.15, ["similar to"] = 0.15,
        ["almost certainly"] = 0.05, ["not ruled out"] = 0.25, ["not been ruled out"] = 0.25, ["not be ruled out"] = 0.25, ["not exclude"] = 0.25,
        ["cannot exclude"] = 0.25, ["previously used by"] = 0.15, ["associated with"] = 0.15, ["overlaps with"] = 0.15, ["overlap with"] = 0.15, ["overlapped with"] = 0.15, ["overlapping with"] = 0.15,
    };

    private static readonly HashSet<string> s_intensifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "strongly", "categorically", "firmly", "confirmed", "definitively", "conclusively", "vehemently", "flatly",
    };

    /// <summary>Every cue this function weighs (hedges and intensifiers), for the claim extractor's search.</summary>
    public static IEnumerable<string> KnownCues => s_weights.Keys.Concat(s_intensifiers).Concat(["high confidence", "moderate confidence", "medium confidence", "low confidence"]);

    /// <summary>The confidence of a claim with <paramref name="stance"/> worded with <paramref name="cues"/>.</summary>
    public static int Score(string stance, IReadOnlyCollection<string> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        foreach (var cue in cues)
        {
            switch (cue.ToLowerInvariant())
            {
                case "high confidence":
                    return 85;
                case "moderate confidence" or "medium confidence":
                    return 60;
                case "low confidence":
                    return 30;
                default:
                    break;
            }
        }

        double value = stance switch
        {
            Stances.Declines => 80,
            Stances.OffersAlternative => 60,
            Stances.Disputes => 75,
            _ => 85,
        };
        foreach (var cue in cues)
        {
            if (s_weights.TryGetValue(cue, out var weight))
            {
                value *= 1 - weight;
            }
            else if (s_intensifiers.Contains(cue))
            {
                value += 10;
            }
        }

        return (int)Math.Clamp(Math.Round(value), 5, 95);
    }

    /// <summary>Whether <paramref name="cue"/> hedges (lowers confidence) rather than intensifies.</summary>
    public static bool IsHedge(string cue) => s_weights.ContainsKey(cue);
}
