using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class TokenInfoTests
{
    private static readonly EventLexicons s_lexicons = EventLexicons.Load();

    private static string RunAround(string text, string word)
    {
        var analyzed = AnalyzedText.Analyze(text);
        var info = new TokenInfo(analyzed, s_lexicons);
        var t = Enumerable.Range(0, analyzed.Tokens.Count).First(i => analyzed.Surface(i).SequenceEqual(word));
        var (start, end) = info.NameRun(t);
        return end > start ? text[analyzed.Tokens[start].Start..analyzed.Tokens[end - 1].End] : "";
    }

    [Theory]
    [InlineData("Researchers at security firm Acme Labs said the flaw was real.", "Labs", "Acme Labs")]
    [InlineData("The bug affects Windows 10 and iOS devices.", "10", "Windows 10")]
    [InlineData("The bug affects Windows 10 and iOS devices.", "iOS", "iOS")]
    [InlineData("Hackers stole the data.", "Hackers", "")]
    [InlineData("Globex Bank confirmed the breach.", "Globex", "Globex Bank")]
    [InlineData("Hackers stole the data.", "stole", "")]
    public void NameRun_Token_GivesItsRunOfCapitalisedWords(string text, string word, string expected)
    {
        // Given / When
        var run = RunAround(text, word);

        // Then
        Assert.Equal(expected, run);
    }
}
