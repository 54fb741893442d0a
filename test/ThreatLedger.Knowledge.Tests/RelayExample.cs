using ThreatLedger.Extraction.Model;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Knowledge.Tests;

/// <summary>
/// The five examples/relay articles, annotated by hand the way the extractor reads them: one incident at the
/// Northfjord Water Board; the first article has the original sources, the other four relay it.
/// </summary>
internal static class RelayExample
{
    public static IReadOnlyList<ExtractionDocument> Documents()
    {
        var time = new EventTime { Start = "2024-11", Discovered = "2025-03-10" };
        return
        [
            Article("01-harbour-courier.txt", out var t1)
                .Victim("Northfjord Water Board", "The Northfjord Water Board (NWB)", EventTypes.Databreach, time, "NO", 1, "NWB")
                .Claim("Russian state-backed hackers", "RU", "Two officials familiar with the investigation", "anonymous-officials",
                    "Two officials familiar with the investigation told The Harbour Courier that Russian state-backed hackers were behind the intrusion.", count: 2)
                .Claim(null, null, "The water board", "victim", "The water board declined to comment on who was responsible.", Stances.Declines, ClaimKinds.NoAttribution)
                .Build(),
            Article("02-nordic-wire.txt", out _)
                .Victim("Northfjord Water Board", "Norway's Northfjord Water Board", EventTypes.Databreach, new EventTime { Start = "2024-11" }, "NO")
                .Claim("Russian state-backed hackers", "RU", "two officials familiar with the investigation", "anonymous-officials",
                    "Russian state-backed hackers were behind the intrusion, according to The Harbour Courier, which cited two officials familiar with the investigation.",
                    citedVia: "The Harbour Courier", count: 2)
                .Build(),
            Article("03-coastline-tech.txt", out _)
                .Victim("Northfjord Water Board", "the Northfjord Water Board in Norway", EventTypes.Databreach, new EventTime { Discovered = "2025-03-10" }, "NO")
                .Claim("Russian state-backed hackers", "RU", "Officials", "anonymous-officials",
                    "Officials said Russian state-backed hackers were responsible, the Courier reported.", citedVia: "The Harbour Courier")
                .Build(),
            Article("04-fjord-security.txt", out _)
                .Victim("Northfjord Water Board", "the Northfjord Water Board breach", EventTypes.Databreach, new EventTime { Start = "2024-11" }, "NO", 1, "NWB")
                .Claim("Russian state-backed hackers", "RU", "Fjord Security Weekly", "media",
                    "Citing The Harbour Courier, Fjord Security Weekly understands that the Northfjord Water Board breach is believed to be the work of Russian state-backed hackers.",
                    hedging: ["believed"])
                .Build(),
            Article("05-signal-desk.txt", out _)
                .Victim("Northfjord Water Board", "The breach at the Northfjord Water Board", EventTypes.Databreach, time, "NO")
                .Claim("Russian state-backed hackers", "RU", "two officials", "anonymous-officials",
                    "According to The Harbour Courier, two officials said Russian state-backed hackers stole engineering data from the Norwegian utility.", count: 2)
                .Build(),
        ];
    }

    /// <summary>The example file's header (Title, Published, Outlet, URL) and body, as the document reader splits them.</summary>
    private static ArticleBuilder Article(string file, out string text)
    {
        var content = File.ReadAllText(RepositoryPaths.InRepository("examples", "relay", file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = content.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = content[..split].Split('\n').Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        text = content[(split + 2)..].Trim();
        return new ArticleBuilder(Path.GetFileNameWithoutExtension(file), headers["Outlet"], DateOnly.Parse(headers["Published"], System.Globalization.CultureInfo.InvariantCulture), text);
    }
}
