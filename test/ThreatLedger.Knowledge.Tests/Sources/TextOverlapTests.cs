using ThreatLedger.Knowledge.Sources;

namespace ThreatLedger.Knowledge.Tests.Sources;

public sealed class TextOverlapTests
{
    [Fact]
    public void Compare_SentenceRewrittenAroundTheSamePassages_IsACopy()
    {
        // Given
        const string original = "Three government and private-sector sources told The Lakeshore Tribune that Iranian state-backed hackers were behind the breach.";
        const string copy = "Iranian state-backed hackers were behind the breach at the Calder Valley Power Cooperative, three government and private-sector sources said.";

        // When
        var overlap = TextOverlap.Compare(copy, original);

        // Then
        Assert.True(overlap.IsCopy);
        Assert.Equal(14, overlap.CopiedWords);
        Assert.Equal("iranian state backed hackers were behind the breach", overlap.LongestPassage);
    }

    [Fact]
    public void Compare_IndependentReportsOfTheSameFact_AreNotACopy()
    {
        // Given: two outlets' own words, sharing only a stock phrase
        const string first = "Officials in Oslo said Russian state-backed hackers were behind the attack on the water utility.";
        const string second = "A spokesperson for the national security service said on Friday that Russian state-backed hackers were behind the attack.";

        // When
        var overlap = TextOverlap.Compare(second, first);

        // Then
        Assert.False(overlap.IsCopy);
        Assert.Null(overlap.SharedQuote);
    }

    [Fact]
    public void Compare_QuotationRepeatedWordForWord_IsACopyNamingTheQuote()
    {
        // Given
        const string original = "One of the sources said the intrusion \"bears all the hallmarks of Iranian state-backed hackers who have targeted utilities before\".";
        const string copy = "The intrusion “bears all the hallmarks of Iranian state-backed hackers who have targeted utilities before”, a person familiar with it said.";

        // When
        var overlap = TextOverlap.Compare(copy, original);

        // Then
        Assert.True(overlap.IsCopy);
        Assert.Equal("bears all the hallmarks of Iranian state-backed hackers who have targeted utilities before", overlap.SharedQuote);
    }

    [Fact]
    public void Words_PunctuationCaseAndPossessives_Normalised()
    {
        // When
        var words = TextOverlap.Words("The Courier's report: State-backed HACKERS, 2025!");

        // Then
        Assert.Equal(["the", "courier", "report", "state", "backed", "hackers", "2025"], words);
    }

    [Fact]
    public void Quotes_ShortQuotation_Ignored()
    {
        // When
        var quotes = TextOverlap.Quotes("The embassy called it \"baseless\" and said \"we reject every one of these invented claims\".");

        // Then
        Assert.Equal(["we reject every one of these invented claims"], quotes);
    }

    [Fact]
    public void Compare_LongClauseSplicedIntoALongerSentence_IsACopy()
    {
        // Given: the relay copies one long clause verbatim but adds as many words of its own
        const string original = "The officials, who spoke on condition of anonymity because the inquiry is ongoing, said the intrusion bore the hallmarks of Tarn Spider, a group that Western governments have long linked to military intelligence.";
        const string copy = "Hackers working for a foreign spy agency broke into the email system of the grid operator, and the intrusion bore the hallmarks of Tarn Spider, a group that Western governments have long linked to military intelligence.";

        // When
        var overlap = TextOverlap.Compare(copy, original);

        // Then
        Assert.True(overlap.Coverage < TextOverlap.MinCoverage);
        Assert.True(overlap.IsCopy);
        Assert.Equal("the intrusion bore the hallmarks of tarn spider a group that western governments have long linked to military intelligence", overlap.LongestPassage);
    }
}
