using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Learning;

/// <summary>The tokens searched for a trigger's arguments: its sentence, cut to a window around the trigger.</summary>
internal static class ArgumentWindow
{
    public const int MaxDistance = 25;

    public static (int Start, int End) For(AnalyzedText text, int triggerStart, int triggerEnd)
    {
        var sentence = text.Sentences[text.SentenceOf(triggerStart)];
        return (Math.Max(sentence.FirstToken, triggerStart - MaxDistance), Math.Min(sentence.EndToken, triggerEnd + MaxDistance));
    }
}
