using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Tests.Events;

public sealed class EventExtractorTests
{
    private static IReadOnlyList<Event> Extract(string text) =>
        EventExtractor.CreateRuleBased().Extract(new SourceDocument(new DocumentInfo { Id = "t" }, text));

    [Fact]
    public void CreateRuleBased_BreachReport_FindsDatabreachWithArguments()
    {
        // Given
        const string text = "Hackers breached the servers of Contoso Bank and stole the email addresses and passwords of "
            + "20,000 customers on March 5, 2019. The breach was disclosed on Friday.";

        // When
        var events = Extract(text);

        // Then
        var breaches = events.Where(e => e.Type == EventTypes.Databreach).ToList();
        Assert.NotEmpty(breaches);
        var arguments = breaches.SelectMany(e => e.Arguments).ToList();
        Assert.Contains(arguments, a => a.Role == "Compromised-Data" && a.Span.Text.Contains("email addresses", StringComparison.Ordinal));
        Assert.Contains(arguments, a => a.Role == "Number-of-Victim" && a.Span.Text == "20,000 customers");
        Assert.Contains(arguments, a => a.Role == "Time" && a.Span.Text == "March 5, 2019");
        Assert.Contains(arguments, a => a.Role == "Attacker" && a.Span.Text == "Hackers");
        Assert.All(events, e => Assert.Equal(text[e.Trigger.Start..e.Trigger.End], e.Trigger.Text));
    }

    [Fact]
    public void CreateRuleBased_RansomDemand_FindsPriceAndPaymentMethod()
    {
        // Given
        const string text = "A ransomware attack locked the city's computers. The attackers demanded $50,000 in bitcoin to unlock them.";

        // When
        var events = Extract(text);

        // Then
        var arguments = events.Where(e => e.Type == EventTypes.Ransom).SelectMany(e => e.Arguments).ToList();
        Assert.Contains(arguments, a => a.Role == "Price" && a.Span.Text == "$50,000");
        Assert.Contains(arguments, a => a.Role == "Payment-Method" && a.Span.Text == "bitcoin");
    }

    [Fact]
    public void CreateRuleBased_ModalCue_MarksRealisOther()
    {
        // Given
        const string text = "The flaw could be exploited by attackers. Researchers discovered the vulnerability in a router.";

        // When
        var events = Extract(text);

        // Then
        Assert.Contains(events, e => e.Type == EventTypes.Discover && e.Realis == "Other" && e.Trigger.Text.Contains("exploited", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Type == EventTypes.Discover && e.Realis == "Actual");
    }

    [Fact]
    public void CreateRuleBased_ExtensionType_FindsDdos()
    {
        // Given
        const string text = "A DDoS attack knocked the ministry's website offline. The distributed denial of service lasted hours.";

        // When
        var events = Extract(text);

        // Then
        Assert.Contains(events, e => e.Type == EventTypes.DDoS);
    }

    [Fact]
    public void Extract_EmptyText_ReturnsNoEvents()
    {
        // Given / When / Then
        Assert.Empty(Extract(""));
        Assert.Empty(Extract("   "));
    }

    [Fact]
    public void Extract_SameType_SharesHopper()
    {
        // Given
        const string text = "The company suffered a data breach. The breach exposed customer data.";

        // When
        var events = Extract(text).Where(e => e.Type == EventTypes.Databreach).ToList();

        // Then
        Assert.True(events.Count >= 2);
        Assert.Single(events.Select(e => e.Hopper).Distinct());
    }

    [Fact]
    public void CreateRuleBased_UserLexicon_AddsTriggerPhrases()
    {
        // Given
        var dir = Directory.CreateTempSubdirectory("threatledger-lexicon-");
        Directory.CreateDirectory(Path.Combine(dir.FullName, "events", "triggers"));
        File.WriteAllText(Path.Combine(dir.FullName, "events", "triggers", "Wiper.txt"), "# own phrases\nbricked\nbricked the laptops\n");
        const string text = "The malware bricked the laptops of the agency. Later it bricked servers too.";

        // When
        var events = EventExtractor.CreateRuleBased(dir.FullName).Extract(new SourceDocument(new DocumentInfo { Id = "t" }, text));
        dir.Delete(recursive: true);

        // Then
        Assert.Contains(events, e => e.Type == EventTypes.Wiper && e.Trigger.Text == "bricked the laptops");
    }

    [Fact]
    public void CreateRuleBased_MissingLexiconDirectory_Throws()
    {
        // Given / When / Then
        Assert.Throws<DirectoryNotFoundException>(() => EventExtractor.CreateRuleBased("/nonexistent/threatledger-lexicons"));
    }

    [Fact]
    public void CreateRuleBased_GenericAttackMention_TakesTheTypeOfItsContext()
    {
        // Given: "the attack" names no type; the wiper sentences around it do.
        const string text = "A wiper erased the servers of Contoso Shipping. The attack halted the loading of ships. "
            + "Investigators said the wiper malware had been planted weeks earlier.";

        // When
        var events = Extract(text);

        // Then
        var attack = Assert.Single(events, e => e.Trigger.Text == "The attack");
        Assert.Equal(EventTypes.Wiper, attack.Type);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Ransom);
    }

    [Fact]
    public void CreateRuleBased_WeakPhrasesWithoutStrongOne_FindNoEvent()
    {
        // Given: "paid", "demanded" and "locked" alone do not make a ransomware story.
        const string text = "The city paid its contractors late. The mayor demanded an explanation and locked the budget.";

        // When
        var events = Extract(text);

        // Then
        Assert.Empty(events);
    }

    [Fact]
    public void CreateRuleBased_GenericMentionsOnly_BecomeIntrusion()
    {
        // Given: an attack reported twice with no word for its kind.
        const string text = "Contoso Power said a cyberattack hit its control centre on Monday. The attack is under investigation.";

        // When
        var events = Extract(text);

        // Then
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(EventTypes.Intrusion, e.Type));
    }

    [Fact]
    public void CreateRuleBased_NameAcrossClauseOrSpeaking_IsNotTheVictim()
    {
        // Given: the CERT speaks; "SHA-256" is an identifier.
        const string text = "According to the national CERT, the phishing emails came from a spoofed domain. "
            + "The CERT published the SHA-256 hash of the phishing kit.";

        // When
        var events = Extract(text);

        // Then
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events.SelectMany(e => e.Arguments), a => a.Role == "Victim");
    }

    [Fact]
    public void CreateRuleBased_AnyOrRefusedBeforeTheTrigger_IsNotActual()
    {
        // Given: a rule about any ransomware demand, and victims who refused to pay
        const string text = "The law obliges firms to disclose any ransomware demand they receive. "
            + "Ransomware gangs encrypted fewer networks, and more victims refused to pay the ransom.";

        // When
        var events = Extract(text);

        // Then
        Assert.Contains(events, e => e.Type == EventTypes.Ransom && e.Trigger.Text == "ransomware" && e.Realis == "Generic");
        Assert.Contains(events, e => e.Type == EventTypes.Ransom && e.Trigger.Text.StartsWith("pay", StringComparison.Ordinal) && e.Realis == "Other");
    }
}

