using ThreatLedger.Extraction.Learning;

namespace ThreatLedger.Extraction.Events;

/// <summary>
/// Rule-based realis: <c>Other</c> when a negation, modal, future, attempt or condition cue precedes the trigger
/// closely in its sentence (or opens a multi-word trigger such as "could be exploited"); <c>Generic</c> when the trigger is a bare plural ("phishing attacks are rising")
/// or follows "any"/"every" ("report any ransomware payment");
/// otherwise <c>Actual</c>.
/// </summary>
internal static class RealisRules
{
    private const int CueWindow = 3;

    private static readonly HashSet<string> s_determiners = new(StringComparer.Ordinal)
    {
        "the", "these", "those", "this", "its", "their", "his", "her", "our", "two", "three", "several", "both",
    };

    public static string Classify(TokenInfo info, int first, int end)
    {
        var text = info.Text;
        var sentence = text.Sentences[text.SentenceOf(first)];
        for (var t = Math.Max(sentence.FirstToken, first - CueWindow); t < end - 1; t++)
        {
            if (info.CueLabels[t] is { } cue && cue.EndsWith(CueClasses.RealisOther, StringComparison.Ordinal))
            {
                return "Other";
            }
        }

        if (first - 2 >= sentence.FirstToken && text.Lower(first - 1) == "to" && text.Lower(first - 2) is "refused" or "declined" or "unable" or "refuse" or "refusing")
        {
            // "victims refused to pay": the deed was not done.
            return "Other";
        }

        if (first > sentence.FirstToken && text.Lower(first - 1) is "any" or "every")
        {
            // "to report any ransomware payment": a kind of event, not one that happened.
            return "Generic";
        }

        var head = text.Lower(end - 1);
        var plural = head.Length > 3 && head[^1] == 's' && head[^2] != 's' && info.Stems[end - 1] != head;
        var determined = first > sentence.FirstToken && s_determiners.Contains(text.Lower(first - 1));
        return plural && !determined && first - 1 >= 0 && !s_determiners.Contains(text.Lower(first)) ? "Generic" : "Actual";
    }
}
