using ThreatLedger.Extraction.Model;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Knowledge.Tests;

/// <summary>
/// The six examples/derivative articles, annotated by hand the way the extractor reads them: one breach at the Calder
/// Valley Power Cooperative. The Lakeshore Tribune has the original anonymous sources; four later articles repeat it
/// without an explicit cue (a copied sentence, the same three sources, the Tribune named as the source, a copied
/// quotation); a security firm's own finding is the one independent second source.
/// </summary>
internal static class DerivativeExample
{
    public const string Victim = "Calder Valley Power Cooperative";
    private const string Hackers = "Iranian state-backed hackers";

    public static IReadOnlyList<ExtractionDocument> Documents()
    {
        var time = new EventTime { Start = "2025-07", Discovered = "2025-08-22" };
        var discovered = new EventTime { Discovered = "2025-08-22" };
        return
        [
            Article("01-lakeshore-tribune.txt")
                .Victim(Victim, "The Calder Valley Power Cooperative (CVPC)", EventTypes.Databreach, time, null, 1, "CVPC")
                .Claim(Hackers, "IR", "Three government and private-sector sources", SourceKinds.AnonymousOfficials,
                    "Three government and private-sector sources told The Lakeshore Tribune that Iranian state-backed hackers were behind the breach.", count: 3)
                .Claim(Hackers, "IR", "One of the sources", SourceKinds.AnonymousOfficials,
                    "One of the sources said the intrusion \"bears all the hallmarks of Iranian state-backed hackers who have targeted utilities before\".", count: 1)
                .Claim(null, null, "The cooperative", SourceKinds.Victim, "The cooperative declined to comment on who was responsible.", Stances.Declines, ClaimKinds.NoAttribution)
                .Build(),
            Article("02-gridline-daily.txt")
                .Victim(Victim, "the Calder Valley Power Cooperative", EventTypes.Databreach, discovered)
                .Claim(Hackers, "IR", "three government and private-sector sources", SourceKinds.AnonymousOfficials,
                    "Iranian state-backed hackers were behind the breach at the Calder Valley Power Cooperative, three government and private-sector sources said.", count: 3)
                .Build(),
            Article("03-energy-desk.txt")
                .Victim(Victim, "The Calder Valley Power Cooperative", EventTypes.Databreach, discovered)
                .Claim("Iranian hackers", "IR", "Three government and private-sector sources", SourceKinds.AnonymousOfficials,
                    "Three government and private-sector sources said Iranian hackers were suspected of carrying out the attack.", count: 3, hedging: ["suspected"])
                .Build(),
            Article("04-utility-watch.txt")
                .Victim(Victim, "The Calder Valley Power Cooperative", EventTypes.Databreach, discovered, null, 1, "CVPC")
                .Claim(Hackers, "IR", "The Lakeshore Tribune", SourceKinds.Media,
                    "The Lakeshore Tribune reported that Iranian state-backed hackers were behind the attack.", hedging: ["reported"])
                .Build(),
            Article("05-frontier-bulletin.txt")
                .Victim(Victim, "the Calder Valley Power Cooperative", EventTypes.Databreach)
                .Claim(Hackers, "IR", "a person familiar with the investigation", SourceKinds.AnonymousOfficials,
                    "The intrusion \"bears all the hallmarks of Iranian state-backed hackers who have targeted utilities before\", a person familiar with the investigation said.")
                .Build(),
            Article("06-grid-security-review.txt")
                .Victim(Victim, "the Calder Valley Power Cooperative", EventTypes.Databreach, time)
                .Claim(Hackers, "IR", "Security firm Norrland Analytics", SourceKinds.Vendor,
                    "Security firm Norrland Analytics said on Wednesday that malware it recovered from the Calder Valley Power Cooperative's breached billing servers matched tools used by Iranian state-backed hackers.")
                .Build(),
        ];
    }

    /// <summary>The example file's header (Published, Outlet) and body, as the document reader splits them.</summary>
    private static ArticleBuilder Article(string file)
    {
        var content = File.ReadAllText(RepositoryPaths.InRepository("examples", "derivative", file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = content.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = content[..split].Split('\n').Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var text = content[(split + 2)..].Trim();
        return new ArticleBuilder(Path.GetFileNameWithoutExtension(file), headers["Outlet"], DateOnly.Parse(headers["Published"], System.Globalization.CultureInfo.InvariantCulture), text);
    }
}
