using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.GetText(text))];

    [Fact]
    public void Tokenize_PlainSentence_SplitsWordsAndPunctuation()
    {
        // Given
        const string text = "Hackers stole data, officials said.";

        // When
        var tokens = Texts(text);

        // Then
        Assert.Equal(["Hackers", "stole", "data", ",", "officials", "said", "."], tokens);
    }

    [Fact]
    public void Tokenize_Offsets_PointIntoOriginalText()
    {
        // Given
        const string text = "  The\u00a0firm's  \u201Cserver\u201D was hit.";

        // When
        var tokens = Tokenizer.Tokenize(text);

        // Then
        Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End])));
        Assert.Equal(["The", "firm", "'s", "\u201C", "server", "\u201D", "was", "hit", "."], tokens.Select(t => t.GetText(text)));
        Assert.Equal(2, tokens[0].Start);
    }

    [Fact]
    public void Tokenize_InnerJoiners_KeepCompoundTokens()
    {
        // Given
        const string text = "A zero-day (CVE-2017-0144) hit example.com and 1,500 users paid $3.5 million on 11/09/2018 at 10:30.";

        // When
        var tokens = Texts(text);

        // Then
        Assert.Contains("zero-day", tokens);
        Assert.Contains("CVE-2017-0144", tokens);
        Assert.Contains("example.com", tokens);
        Assert.Contains("1,500", tokens);
        Assert.Contains("3.5", tokens);
        Assert.Contains("11/09/2018", tokens);
        Assert.Contains("10:30", tokens);
        Assert.Equal(".", tokens[^1]);
    }

    [Fact]
    public void Tokenize_Abbreviations_KeepTheirPeriod()
    {
        // Given
        const string text = "Acme Inc. told U.S. officials on Jan. 5 that Mr. J. Smith left, e.g. in 2018.";

        // When
        var tokens = Texts(text);

        // Then
        Assert.Contains("Inc.", tokens);
        Assert.Contains("U.S.", tokens);
        Assert.Contains("Jan.", tokens);
        Assert.Contains("Mr.", tokens);
        Assert.Contains("J.", tokens);
        Assert.Contains("e.g.", tokens);
        Assert.Equal(["2018", "."], tokens[^2..]);
    }

    [Fact]
    public void Tokenize_NumberKind_IsNumber()
    {
        // Given
        const string text = "about 2,000 records";

        // When
        var tokens = Tokenizer.Tokenize(text);

        // Then
        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Word], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_EmptyOrWhitespace_ReturnsNoTokens()
    {
        // Given / When / Then
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \u00a0\t\n"));
    }
}
