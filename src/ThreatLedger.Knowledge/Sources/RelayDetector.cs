using System.Text.RegularExpressions;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Knowledge.Sources;

/// <summary>
/// Finds articles that relay another outlet's reporting: "according to &lt;Outlet&gt;", "as first reported by",
/// "citing", "reported by", or claims whose source is cited via an outlet. Such articles are not independent sources.
/// </summary>
public static partial class RelayDetector
{
    /// <summary>
    /// The outlet the document relays, or null when it reports on its own. <paramref name="knownOutlets"/> are the
    /// normalised names of outlets already in the knowledge base (a weak cue naming one of them is a relay).
    /// </summary>
    public static Relay? Detect(ExtractionDocument document, IReadOnlySet<string>? knownOutlets = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var own = document.Document.Source is { } outlet ? OriginKeys.Normalize(outlet) : null;
        var outlets = document.Entities
            .Where(e => e.Kind == EntityKinds.Outlet)
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .Select(OriginKeys.Normalize)
            .ToHashSet(StringComparer.Ordinal);

        foreach (Match match in CuePattern().Matches(document.Text))
        {
            var name = TrimName(match.Groups["outlet"].Value);
            if (name.Length == 0 || OriginKeys.Normalize(name) == own || NotAnOutlet().IsMatch(name) || Resolution.Countries.Resolve(name) is not null)
            {
                continue;
            }

            // A strong cue ("as first reported by", "citing a report by") names an outlet by construction; a weak one
            // ("according to") must name something that looks like an outlet (known entity or outlet word).
            var strong = match.Groups["strong"].Success;
            var key = OriginKeys.Normalize(name);
            if (strong || outlets.Contains(key) || (knownOutlets?.Contains(key) ?? false) || OutletWord().IsMatch(name))
            {
                return new Relay(name, match.Value.Trim());
            }
        }

        // Every media claim cited through one outlet: the article relays that outlet.
        var cited = document.Claims
            .Where(c => c.Source.CitedVia is not null && IsNamed(c.Source.CitedVia))
            .Select(c => c.Source.CitedVia!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return cited.Count == 1 && document.Claims.All(c => c.Source.CitedVia is not null || c.Source.Kind is SourceKinds.Accused or SourceKinds.Victim)
            ? new Relay(cited[0], "claims cited via " + cited[0])
            : null;
    }

    /// <summary>True when a cited-via text names an outlet rather than describing one ("a news outlet").</summary>
    public static bool IsNamed(string text) => text.Length > 0 && !text.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
        && !text.StartsWith("an ", StringComparison.OrdinalIgnoreCase) && text.Any(char.IsUpper);

    private static string TrimName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[^1] is "said" or "on" or "in" or "that" or "reported" or "which")
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd('.', ',', ';', ':', '\'', '’');
    }

    [GeneratedRegex(
        @"(?i:(?<strong>as\s+(?:first\s+|originally\s+|previously\s+)?reported\s+(?:by|in)|first\s+reported\s+by|citing(?:\s+a\s+(?:report|story|article)\s+(?:by|in|from))?|(?:a\s+)?report(?:ed)?\s+(?:first\s+)?(?:by|in)|(?:re)?published\s+(?:first\s+)?(?:by|in))|according\s+to(?:\s+a\s+(?:report|story|article)\s+(?:by|in|from))?)\s+(?:the\s+)?(?<outlet>[A-Z][\w&'’-]*(?:[ ]+(?:of[ ]+)?[A-Z][\w&'’-]*){0,4})",
        RegexOptions.CultureInvariant)]
    private static partial Regex CuePattern();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|He|She|They|It|We|I)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAnOutlet();

    [GeneratedRegex(@"\b(?:Times|Post|News|Journal|Courier|Desk|Bulletin|Standard|Mail|Star|Sun|Express|Mirror|Independent|Economist|Reporter|Digest|Briefing|Ledger|Herald|Tribune|Gazette|Wire|Daily|Weekly|Reuters|Bloomberg|Press|Telegraph|Guardian|Insider|Record|Register|Chronicle|Observer|Agency|Magazine|Review|Report|Today|Radio|TV|Television|Network|Media|Shimbun|Monitor|Dispatch)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutletWord();
}
