using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Knowledge.Assessment;

/// <summary>
/// The attribution scoring model, small on purpose. Each claim gets a weight
/// w = reliability(source kind) × firmness × recency × corroboration (capped at 1), and a likelihood ratio 1 + 4w.
/// Claims asserting the hypothesis multiply the odds by it; denials, disputes, alternatives and counter-accusations
/// divide them; declining to comment, and a counter-accusation for the party it names, are shown but neutral. Each original source counts once per direction (its
/// strongest first-hand claim, the earliest of equal ones, a headline only when the source's own words are not given; a relay only when no article reports the source first-hand), so relays of one report add nothing. Prior 1/3; the result is clamped to 1–99%.
/// </summary>
public static class AttributionModel
{
    /// <summary>
    /// The probability before any claim: 1/3 (odds 1:2). A hypothesis on the board has been raised by someone, and the
    /// usual candidates for an incident are few; with this prior, claims that only support a hypothesis never leave it
    /// "unlikely", and a single firm attribution by a reliable source reads "likely", as an analyst would write it.
    /// </summary>
    public const double Prior = 1.0 / 3.0;
    /// <summary>Days after which a claim's weight halves, counted back from the newest first-hand evidence.</summary>
    public const double HalfLifeDays = 730;

    /// <summary>How far a source kind is trusted on attribution (an accused party's denial says almost nothing: it would deny either way).</summary>
    public static double Reliability(string sourceKind) => sourceKind switch
    {
        SourceKinds.Government => 0.80,
        SourceKinds.Vendor => 0.75,
        SourceKinds.Researchers => 0.70,
        SourceKinds.Victim => 0.70,
        SourceKinds.AnonymousOfficials => 0.60,
        SourceKinds.Media => 0.50,
        SourceKinds.Accused => 0.05,
        _ => 0.40,
    };

    /// <summary>
    /// How far an actor is trusted when it claims an attack itself (a leak-site post, a Telegram boast): a statement
    /// against its own interest, usually true for ransomware and hacktivist crews, sometimes inflated.
    /// </summary>
    public const double SelfClaimReliability = 0.60;

    /// <summary>The reliability of one claim: the source kind's, except that the accused's own claim of responsibility is a self-claim.</summary>
    public static double Reliability(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.SourceKind == SourceKinds.Accused && evidence.Stance == Stances.Asserts ? SelfClaimReliability : Reliability(evidence.SourceKind);
    }

    /// <summary>How firmly the source commits: the extractor's confidence, else 0.8 less 0.15 per hedging cue (at least 0.3).</summary>
    public static double Firmness(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Confidence > 0
            ? Math.Clamp(evidence.Confidence / 100.0, 0.05, 1.0)
            : Math.Max(0.3, 0.8 - (0.15 * evidence.HedgingCues.Count));
    }

    /// <summary>
    /// +1 for a claim supporting the hypothesis, -1 against, 0 neutral (declining to comment, or a counter-accusation
    /// seen from the side of the party it accuses: an accused party's counter-accusation is shown, not counted as support).
    /// </summary>
    public static int Direction(string stance) => stance switch
    {
        Stances.Asserts => 1,
        Stances.Denies or Stances.Disputes or Stances.CounterAccuses or Stances.OffersAlternative => -1,
        _ => 0,
    };

    /// <summary>The weight of one claim, 0–1, with recency measured back from <paramref name="asOf"/>.</summary>
    public static double Weight(Evidence evidence, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var recency = 1.0;
        if (asOf is { } reference && evidence.Date is { } date && date < reference)
        {
            recency = Math.Pow(0.5, (reference.DayNumber - date.DayNumber) / HalfLifeDays);
        }

        var corroboration = evidence.SourceCount is > 1 ? 1 + (0.1 * Math.Min(evidence.SourceCount.Value - 1, 3)) : 1.0;
        return Math.Min(1.0, Reliability(evidence) * Firmness(evidence) * recency * corroboration);
    }

    /// <summary>Assesses one hypothesis from all claims about it.</summary>
    public static HypothesisAssessment Assess(IReadOnlyList<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        // Recency counts back from the newest first-hand claim, so relays published later do not age the original.
        var dated = evidence.Where(e => e.Date is not null && !e.Relayed).ToList();
        var asOf = (dated.Count > 0 ? dated : evidence.Where(e => e.Date is not null)).Select(e => e.Date!.Value).DefaultIfEmpty().Max();
        DateOnly? reference = asOf == default ? null : asOf;
        var scored = evidence
            .Select(e => (Evidence: e, Direction: Direction(e.Stance), Weight: Weight(e, reference)))
            .ToList();
        var strongest = scored
            .Where(s => s.Direction != 0)
            .GroupBy(s => (s.Evidence.OriginKey, s.Direction))
            .Select(g => g.OrderBy(s => s.Evidence.Relayed).ThenBy(s => s.Evidence.Headline).ThenByDescending(s => Math.Round(s.Weight, 2))
                .ThenBy(s => s.Evidence.Date ?? DateOnly.MaxValue).First().Evidence)
            .ToHashSet();

        var logOdds = Math.Log(Prior / (1 - Prior));
        var contributions = new List<Contribution>(scored.Count);
        foreach (var (item, direction, weight) in scored)
        {
            var ratio = 1 + (4 * weight);
            var counted = direction != 0 && strongest.Remove(item);
            if (counted)
            {
                logOdds += direction * Math.Log(ratio);
            }

            contributions.Add(new Contribution(item, direction, weight, ratio, counted));
        }

        var probability = Math.Clamp(1 / (1 + Math.Exp(-logOdds)), 0.01, 0.99);
        return new HypothesisAssessment
        {
            Probability = probability,
            Words = EstimativeProbability.Words(probability),
            IndependentSourcesFor = contributions.Where(c => c.Counted && c.Direction > 0).Select(c => c.Evidence.OriginKey).Distinct(StringComparer.Ordinal).Count(),
            IndependentSourcesAgainst = contributions.Where(c => c.Counted && c.Direction < 0).Select(c => c.Evidence.OriginKey).Distinct(StringComparer.Ordinal).Count(),
            Contributions = contributions,
        };
    }
}
