using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => s.AsSpan(text).ToString())];

    [Fact]
    public void Split_ThreeSentences_ReturnsEachWithOffsets()
    {
        // Given
        const string text = "The bank was breached. Data was stolen! Was anyone warned?";

        // When
        var sentences = Sentences(text);

        // Then
        Assert.Equal(["The bank was breached.", "Data was stolen!", "Was anyone warned?"], sentences);
    }

    [Fact]
    public void Split_AbbreviationsInsideSentence_DoNotSplit()
    {
        // Given
        const string text = "Acme Inc. said on Jan. 12 that Dr. Lee and U.S. officials found the flaw. It was patched.";

        // When
        var sentences = Sentences(text);

        // Then
        Assert.Equal(["Acme Inc. said on Jan. 12 that Dr. Lee and U.S. officials found the flaw.", "It was patched."], sentences);
    }

    [Fact]
    public void Split_AbbreviationBeforeOpener_Splits()
    {
        // Given
        const string text = "The attack hit servers in the U.S. The company has not commented.";

        // When
        var sentences = Sentences(text);

        // Then
        Assert.Equal(["The attack hit servers in the U.S.", "The company has not commented."], sentences);
    }

    [Fact]
    public void Split_Quotes_StayWithTheirSentence()
    {
        // Given
        const string text = "\u201CWe were hacked.\u201D The CEO apologised. \"Why?\" he asked.";

        // When
        var sentences = Sentences(text);

        // Then
        Assert.Equal(["\u201CWe were hacked.\u201D", "The CEO apologised.", "\"Why?\" he asked."], sentences);
    }

    [Fact]
    public void Split_TokenRanges_CoverAllTokensInOrder()
    {
        // Given
        const string text = "One. Two, three. Four";
        var tokens = Tokenizer.Tokenize(text);

        // When
        var sentences = SentenceSplitter.Split(text, tokens);

        // Then
        Assert.Equal(3, sentences.Count);
        Assert.Equal(0, sentences[0].FirstToken);
        Assert.Equal(tokens.Count, sentences[^1].EndToken);
        for (var i = 1; i < sentences.Count; i++)
        {
            Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        }
    }

    [Fact]
    public void Split_NoTerminator_ReturnsWholeTextAsOneSentence()
    {
        // Given
        const string text = "ransomware hits hospital";

        // When
        var sentences = SentenceSplitter.Split(text);

        // Then
        var only = Assert.Single(sentences);
        Assert.Equal(0, only.Start);
        Assert.Equal(text.Length, only.End);
    }

    [Fact]
    public void Split_HeadlineAndBylineWithoutFullStop_EndAtTheBlankLine()
    {
        // Given
        const string text = "Shipping firm says hackers stole crew data\n\nBy Anna Berg, July 22, 2024\n\nThe company said the breach\nbegan in June.";

        // When
        var sentences = Sentences(text);

        // Then
        Assert.Equal(["Shipping firm says hackers stole crew data", "By Anna Berg, July 22, 2024", "The company said the breach\nbegan in June."], sentences);
    }

    [Theory]
    [InlineData("The group boasted in a post on X. The bank said nothing.", 2)]
    [InlineData("The memo was signed by John F. Kennedy in 1961.", 1)]
    public void Split_CapitalLetterAndPeriod_InitialUnlessAfterAPreposition(string text, int count)
    {
        // When
        var sentences = Sentences(text);

        // Then
        Assert.Equal(count, sentences.Length);
    }

    [Fact]
    public void Split_WireDateline_IsItsOwnSentence()
    {
        // Given
        const string text = "OSLO, May 7 (Fjord Wire) - Hackers hit a ferry operator, officials said.\n\nBERGEN - The port was closed.";

        // When
        var sentences = Sentences(text);

        // Then
        Assert.Equal(["OSLO, May 7 (Fjord Wire) -", "Hackers hit a ferry operator, officials said.", "BERGEN -", "The port was closed."], sentences);
    }

    [Fact]
    public void Split_CapitalAcronymInsideSentence_IsNoDateline()
    {
        // Given
        const string text = "The agency said - without giving details - that NATO systems were hit. CISA - the US agency - agreed.";

        // When
        var sentences = Sentences(text);

        // Then
        Assert.Equal(2, sentences.Length);
    }
}
