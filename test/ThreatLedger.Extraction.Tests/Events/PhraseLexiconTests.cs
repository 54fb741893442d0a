using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Tests.Events;

public sealed class PhraseLexiconTests
{
    [Fact]
    public void FindAll_OverlappingPhrases_PrefersLongestMatch()
    {
        // Given
        var lexicon = new PhraseLexicon();
        lexicon.AddLines("ransom\npay the ransom\n# comment\n\n", "Ransom");
        var text = AnalyzedText.Analyze("They refused to PAY THE RANSOM, so the ransom grew.");

        // When
        var matches = lexicon.FindAll(text);

        // Then
        Assert.Equal(2, matches.Count);
        Assert.Equal(3, matches[0].EndToken - matches[0].FirstToken);
        Assert.Equal("ransom", text.Lower(matches[1].FirstToken));
        Assert.Equal(2, lexicon.Count);
    }

    [Fact]
    public void Add_SamePhraseTwice_KeepsFirstLabel()
    {
        // Given
        var lexicon = new PhraseLexicon();

        // When
        lexicon.Add("breach", "Databreach");
        lexicon.Add("Breach", "Other");
        var match = lexicon.LongestAt(AnalyzedText.Analyze("breach"), 0, 1);

        // Then
        Assert.Equal("Databreach", match?.Label);
        Assert.Equal(1, lexicon.Count);
    }

    [Fact]
    public void Load_BuiltIn_HasEveryCasieType()
    {
        // Given / When
        var lexicons = EventLexicons.Load();
        var labels = lexicons.Triggers.FindAll(AnalyzedText.Analyze("data breach. phishing. ransomware. vulnerability. patched.")).Select(m => m.Label);

        // Then
        Assert.Equal(["Databreach", "Phishing", "Ransom", "Discover", "Patch"], labels);
        Assert.NotEmpty(lexicons.Sources);
    }

    [Fact]
    public void AddLines_StrengthMarkers_ParsedAndStripped()
    {
        // Given
        var lexicon = new PhraseLexicon();
        lexicon.AddLines("ransomware\n~paid\n? the attack\n", "Ransom");
        var text = AnalyzedText.Analyze("The attack was ransomware and they paid.");

        // When
        var matches = lexicon.FindAll(text);

        // Then
        Assert.Equal([PhraseStrength.Generic, PhraseStrength.Strong, PhraseStrength.Weak], matches.Select(m => m.Strength));
        Assert.Equal("the", text.Lower(matches[0].FirstToken));
        Assert.All(matches, m => Assert.Equal("Ransom", m.Label));
    }

    [Fact]
    public void FindAll_IncidentOnlyPhrase_SeenOnlyWhenAsked()
    {
        // Given: a weak phrase and a longer incident-only phrase that starts with it
        var lexicon = new PhraseLexicon();
        lexicon.AddLines("~exposed\n!exposed on the internet\n", "Databreach");
        var text = AnalyzedText.Analyze("The files were exposed on the internet for a month.");

        // When
        var casie = lexicon.FindAll(text);
        var incidents = lexicon.FindAll(text, includeIncidentOnly: true);

        // Then: the extractor and the model see only the weak word; the incident builder sees the whole phrase
        var weak = Assert.Single(casie);
        Assert.Equal(PhraseStrength.Weak, weak.Strength);
        var whole = Assert.Single(incidents);
        Assert.Equal(PhraseStrength.IncidentOnly, whole.Strength);
        Assert.Equal(4, whole.EndToken - whole.FirstToken);
    }
}
