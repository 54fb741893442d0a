using System.Text.RegularExpressions;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Knowledge.Queries;

/// <summary>
/// Speakers one report names only by an acronym it never spells out ("The DNSC has attributed the attack…") are the
/// party another report of the same incident introduces with that acronym ("Romania's National Cyber Security
/// Directorate (DNSC) said…"): the claim takes that party's kind and original source, so that an outlet restating an
/// agency's attribution is not counted as a source of its own.
/// </summary>
internal static partial class SpeakerAcronyms
{
    /// <summary>The incident's claims, with speakers of unknown kind named by an acronym resolved where another claim defines it.</summary>
    public static List<KnowledgeSnapshot.ClaimRow> Resolve(List<KnowledgeSnapshot.ClaimRow> claims)
    {
        Dictionary<string, KnowledgeSnapshot.ClaimRow>? defined = null;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.SourceKind != SourceKinds.Unknown || Bare().Match(claim.SourceName) is not { Success: true } bare)
            {
                continue;
            }

            defined ??= Definitions(claims);
            if (defined.TryGetValue(bare.Groups["acronym"].Value, out var party))
            {
                claims[i] = claim with { SourceKind = party.SourceKind, OriginKey = party.OriginKey };
            }
        }

        return claims;
    }

    /// <summary>Acronyms that claims of a known kind introduce in their speaker's name, with the first such claim.</summary>
    private static Dictionary<string, KnowledgeSnapshot.ClaimRow> Definitions(List<KnowledgeSnapshot.ClaimRow> claims)
    {
        var defined = new Dictionary<string, KnowledgeSnapshot.ClaimRow>(StringComparer.Ordinal);
        foreach (var claim in claims.Where(c => c.SourceKind is not (SourceKinds.Unknown or SourceKinds.Media or SourceKinds.AnonymousOfficials)))
        {
            foreach (Match match in Defined().Matches(claim.SourceName))
            {
                defined.TryAdd(match.Groups["acronym"].Value, claim);
            }
        }

        return defined;
    }

    /// <summary>A speaker named by an acronym alone: "The DNSC", "CERT-UA", "NCSC".</summary>
    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<acronym>[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{2,6})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    /// <summary>An acronym a name defines: "National Cyber Security Directorate (DNSC)".</summary>
    [GeneratedRegex(@"\((?<acronym>[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{2,6})?)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Defined();
}
