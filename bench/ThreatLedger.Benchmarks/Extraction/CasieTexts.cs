using ThreatLedger.Extraction.Casie;

namespace ThreatLedger.Benchmarks.Extraction;

/// <summary>
/// The benchmark corpus: the texts of <c>../shared/casie/train.jsonl</c> (read at run time, never committed). When
/// the shared folder is absent, a small self-written incident paragraph repeated 600 times stands in, and the
/// report says so.
/// </summary>
internal static class CasieTexts
{
    private const string Fallback =
        "Contoso Bank said on Tuesday that hackers stole the names, email addresses and passwords of 20,000 customers "
        + "in a data breach discovered last month. Security researchers at Fabrikam found the flaw, CVE-2019-0001, in "
        + "the bank's web portal; the vendor released a patch on March 5. Separately, a ransomware attack locked the "
        + "city's computers and the attackers demanded $50,000 in bitcoin. Employees received phishing emails that "
        + "pretended to come from the IT department and asked them to reset their passwords.";

    private static readonly Lazy<(string[] Texts, string Source)> s_corpus = new(Load);

    public static string[] Texts => s_corpus.Value.Texts;

    public static string Source => s_corpus.Value.Source;

    public static long Characters => Texts.Sum(t => (long)t.Length);

    public static string? TrainPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThreatLedger.slnx")))
            {
                var path = Path.Combine(dir.FullName, "..", "shared", "casie", "train.jsonl");
                return File.Exists(path) ? Path.GetFullPath(path) : null;
            }
        }

        return null;
    }

    private static (string[], string) Load()
    {
        var path = TrainPath();
        if (path is null)
        {
            Console.WriteLine("CASIE train.jsonl not found beside the repository; benchmarking a self-written paragraph instead.");
            return (Enumerable.Repeat(Fallback, 600).ToArray(), "fallback paragraph x600");
        }

        return (CasieReader.ReadPath(path).Select(d => d.Source.Text).ToArray(), path);
    }
}
