using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class TriggerFeaturesTests
{
    private static readonly EventLexicons s_lexicons = EventLexicons.Load();

    private static HashSet<ulong> FeaturesOf(string text, string word, WordClusters? clusters = null)
    {
        var analyzed = AnalyzedText.Analyze(text);
        var info = new TokenInfo(analyzed, s_lexicons, clusters);
        var t = Enumerable.Range(0, analyzed.Tokens.Count).First(i => analyzed.Lower(i) == word);
        return [.. TriggerFeatures.For(info, t)];
    }

    [Fact]
    public void For_WordFourTokensAway_ChangesTheFeatures()
    {
        // Given: the same sentence but for the word four tokens before "paid"
        var council = FeaturesOf("The city council quietly paid the criminals in bitcoin.", "paid");
        var hospital = FeaturesOf("The hospital council quietly paid the criminals in bitcoin.", "paid");

        // When
        var differing = council.Except(hospital).Count();

        // Then: the wider window sees it (the ±2 window alone would not)
        Assert.True(differing > 0);
    }

    [Fact]
    public void For_WordInAnotherSentence_LeavesTheFeaturesAlone()
    {
        // Given: the window stops at the sentence boundary
        var first = FeaturesOf("Rain fell. Acme quietly paid the criminals.", "paid");
        var second = FeaturesOf("Snow fell. Acme quietly paid the criminals.", "paid");

        // When
        var differing = first.Except(second).Count();

        // Then
        Assert.Equal(0, differing);
    }

    [Fact]
    public void For_WithWordClasses_AddsClassFeaturesThatDependOnTheClass()
    {
        // Given: two word-class tables that put "paid" in different classes
        var texts = Enumerable.Range(0, 3).Select(i => AnalyzedText.Analyze(
            "Acme paid the criminals on monday. Globex paid the criminals on friday. Initech paid the hackers on monday. "
            + "Acme said the hackers stole the files. Globex said the criminals copied the files.")).ToList();
        var clusters = WordClusters.Build(texts, coarseCount: 2, fineCount: 4, minCount: 2);
        var sentence = "Acme paid the criminals on monday.";

        // When
        var with = FeaturesOf(sentence, "paid", clusters);
        var without = FeaturesOf(sentence, "paid");

        // Then
        Assert.NotEqual(WordClusters.None, clusters.Of("paid").Fine);
        Assert.NotEmpty(with.Except(without));
        Assert.Equal(with.Count, without.Count);
    }
}
