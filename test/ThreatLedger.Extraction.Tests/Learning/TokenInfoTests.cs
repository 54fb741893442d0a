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

    [Fact]
    public void HiddenTriggerTypes_PhraseInsideALongerMatchOfAnotherType_KeepsItsType()
    {
        // Given: "hackers accessed" is an Intrusion phrase, "accessed" alone a Databreach phrase
        var text = AnalyzedText.Analyze("Hackers accessed the customer files.");

        // When
        var info = new TokenInfo(text, s_lexicons);

        // Then
        Assert.Equal("I-Intrusion", info.TriggerLabels[1]);
        Assert.Equal(["Databreach"], Assert.IsType<string[]>(info.HiddenTriggerTypes[1]));
        Assert.Null(info.HiddenTriggerTypes[0]);
    }

    [Fact]
    public void HiddenTriggerTypes_NoOverlappingPhrases_AreNull()
    {
        // Given
        var text = AnalyzedText.Analyze("The vendor patched the flaw on Tuesday.");

        // When
        var info = new TokenInfo(text, s_lexicons);

        // Then
        Assert.All(info.HiddenTriggerTypes, Assert.Null);
    }

    [Fact]
    public void Constructor_UnseenWord_GetsAPlacedClassAndNoStoredOne()
    {
        // Given: classes learned from texts where companies open a sentence before "said"
        var corpus = Enumerable.Range(0, 3).Select(_ => AnalyzedText.Analyze(
            "Acme said hackers stole the records. Globex said hackers copied the files. Initech said hackers stole the files. " +
            "Acme said hackers copied the records. Globex said hackers stole the records. Initech said hackers copied the files.")).ToList();
        var clusters = WordClusters.Build(corpus, coarseCount: 2, fineCount: 4, minCount: 2);

        // When
        var info = new TokenInfo(AnalyzedText.Analyze("Umbrella said hackers stole the files."), s_lexicons, clusters);

        // Then: the stored class of "umbrella" is None, its placed one that of the companies
        Assert.Equal(WordClusters.None, info.Fine[0]);
        Assert.Equal(clusters.Of("acme").Fine, info.PlacedFine[0]);
        Assert.Equal(clusters.Of("said").Fine, info.Fine[1]);
        Assert.Equal(WordClusters.None, info.PlacedFine[1]);
    }
}
