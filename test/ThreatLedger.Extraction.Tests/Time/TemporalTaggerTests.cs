using ThreatLedger.Extraction.Time;

namespace ThreatLedger.Extraction.Tests.Time;

public sealed class TemporalTaggerTests
{
    private static readonly DateOnly s_published = new(2023, 8, 31);

    [Theory]
    [InlineData("after a cyberattack in October last year.", "October last year", "2022-10", null)]
    [InlineData("it happened this year.", "this year", "2023", null)]
    [InlineData("detected earlier this month.", "earlier this month", "2023-08", "BEFORE")]
    [InlineData("a couple of years ago, hackers", "a couple of years ago", "2021", "APPROX")]
    [InlineData("the breach began in late 2020.", "late 2020", "2020", "END")]
    [InlineData("spotted last autumn by analysts", "last autumn", "2022-FA", null)]
    [InlineData("disclosed on 4 March 2023 by the firm", "4 March 2023", "2023-03-04", null)]
    [InlineData("disclosed on March 4, 2023 by the firm", "March 4, 2023", "2023-03-04", null)]
    [InlineData("it began in November and", "November", "2022-11", null)]
    [InlineData("it began in May and", "May", "2023-05", null)]
    [InlineData("reported last week", "last week", "2023-W34", null)]
    [InlineData("seen two months ago", "two months ago", "2023-06", null)]
    [InlineData("the firm said on Thursday that", "Thursday", "2023-08-31", null)] // published on a Thursday: that day
    [InlineData("the firm said on Monday that", "Monday", "2023-08-28", null)]
    [InlineData("the wallet was drained last Thursday, the", "last Thursday", "2023-08-24", null)] // published on a Thursday: the week before
    [InlineData("hit by ransomware last weekend, the", "last weekend", "2023-08-26", null)]
    [InlineData("breached the network in mid-2022.", "mid-2022", "2022", "MID")]
    [InlineData("breached the network on 5 May and", "5 May", "2023-05-05", null)]
    [InlineData("breached the network in the spring.", "the spring", "2023-SP", null)]
    [InlineData("breached the network in the autumn.", "the autumn", "2022-FA", null)]
    public void Tag_DateExpression_ResolvedAgainstPublication(string text, string expected, string value, string? modifier)
    {
        // Given / When
        var found = new TemporalTagger().Tag(text, s_published);

        // Then
        var expression = Assert.Single(found);
        Assert.Equal(expected, expression.Text);
        Assert.Equal(TimeExpressionKind.Date, expression.Kind);
        Assert.Equal(value, expression.Value);
        Assert.Equal(modifier, expression.Modifier);
    }

    [Theory]
    [InlineData("stored on its networks for nine months before its discovery", "P9M")]
    [InlineData("for as much as nine months before its discovery", "P9M")]
    [InlineData("the attackers stayed for three weeks", "P3W")]
    [InlineData("an outage of 12 days", "P12D")]
    public void Tag_Duration_IsoDuration(string text, string value)
    {
        // Given / When
        var found = new TemporalTagger().Tag(text, s_published);

        // Then
        var duration = Assert.Single(found, t => t.Kind == TimeExpressionKind.Duration);
        Assert.Equal(value, duration.Value);
    }

    [Theory]
    [InlineData("CVE-2021-44228 was exploited.")]
    [InlineData("The company may have lost data.")]
    [InlineData("Version 2.2019 shipped.")]
    public void Tag_NonTime_FindsNothing(string text)
    {
        // Given / When
        var found = new TemporalTagger().Tag(text, s_published);

        // Then
        Assert.Empty(found);
    }

    [Fact]
    public void Tag_RelativeWithoutPublicationDate_KeepsExpressionWithoutValue()
    {
        // Given / When
        var found = new TemporalTagger().Tag("It happened last year.", null);

        // Then
        var expression = Assert.Single(found);
        Assert.Null(expression.Value);
        Assert.True(expression.Relative);
    }

    [Fact]
    public void TimeValues_DurationAndPeriods_Computed()
    {
        // Given / When / Then
        Assert.Equal(new DateOnly(2023, 7, 1), TimeValues.Add(new DateOnly(2022, 10, 1), "P9M"));
        Assert.Equal(274, TimeValues.DurationDays("P9M"));
        Assert.Equal(new DateOnly(2022, 9, 1), TimeValues.FirstDay("2022-FA"));
        Assert.Equal(new DateOnly(2023, 2, 28), TimeValues.LastDay("2023-02"));
    }

    [Fact]
    public void Tag_SinceMonthAndYear_MonthOfThatYear()
    {
        // Given: "since October" (with its preposition) is longer than "October 2021" but says less.
        const string text = "The intruders had access since October 2021.";

        // When
        var found = new TemporalTagger().Tag(text, s_published);

        // Then
        var time = Assert.Single(found);
        Assert.Equal("2021-10", time.Value);
    }

    [Theory]
    [InlineData("The outage began on Christmas Day.", "2022-12-25")]
    [InlineData("Systems went down on New Year's Eve.", "2022-12-31")]
    public void Tag_FixedHoliday_LatestBeforePublication(string text, string value)
    {
        // When
        var found = new TemporalTagger().Tag(text, s_published);

        // Then
        Assert.Equal(value, Assert.Single(found).Value);
    }

    [Fact]
    public void Tag_LateInYear_EndModifier()
    {
        // When
        var found = new TemporalTagger().Tag("The attackers got in late in 2021.", s_published);

        // Then
        var time = Assert.Single(found);
        Assert.Equal("2021", time.Value);
        Assert.Equal("END", time.Modifier);
    }

    [Theory]
    [InlineData("They had access since at least mid-March.", "March", "2023-03")]
    [InlineData("They had access from as early as June.", "June", "2023-06")]
    public void Tag_HedgedMonthAfterPreposition_Month(string text, string expected, string value)
    {
        // When
        var found = new TemporalTagger().Tag(text, s_published);

        // Then
        var time = Assert.Single(found);
        Assert.EndsWith(expected, time.Text, StringComparison.Ordinal);
        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("card numbers were skimmed between October and January 2022 by a script", "2021-10", "2022-01")]
    [InlineData("the records were copied from 3 May to 9 May 2021, the firm said", "2021-05-03", "2021-05-09")]
    [InlineData("the portal was open between February and April 2020", "2020-02", "2020-04")]
    public void Tag_RangeStartWithoutYear_TakesTheYearOfItsEnd(string text, string startValue, string endValue)
    {
        // Given / When: published years later, so the start alone would resolve to the publication's year
        var found = new TemporalTagger().Tag(text, s_published);

        // Then
        Assert.Equal(2, found.Count);
        Assert.Equal(startValue, found[0].Value);
        Assert.Equal(endValue, found[1].Value);
    }

    [Fact]
    public void Tag_LastWeekOfAMonth_IsThatMonthNotLastWeek()
    {
        // Given / When
        var found = new TemporalTagger().Tag("the intruders got in during the last week of June, officials said", s_published);

        // Then
        var time = Assert.Single(found);
        Assert.Equal("2023-06", time.Value);
        Assert.Equal("END", time.Modifier);
    }

    [Theory]
    [InlineData("found the logins on March 16 and they had begun three weeks earlier.", "three weeks earlier", "2025-02-23")]
    [InlineData("staff spotted odd logins on March 16. The intruders had got in two weeks earlier.", "two weeks earlier", "2025-03-02")]
    [InlineData("the alarm went off on March 10. The next day, the firm shut its portal.", "The next day", "2025-03-11")]
    [InlineData("found the database on March 16 and secured it the next day.", "the next day", "2025-03-17")]
    [InlineData("found the database on March 16 and secured it the same day.", "the same day", "2025-03-16")]
    [InlineData("they had been in the network since the previous October.", "the previous October", "2024-10")]
    [InlineData("said on Tuesday that hackers had disrupted its systems on Christmas Day.", "Christmas Day", "2024-12-25")]
    public void Tag_RelativeToTheSentencesDate_CountsFromThatDate(string text, string expected, string value)
    {
        // Given / When
        var found = new TemporalTagger().Tag(text, new DateOnly(2025, 3, 27));

        // Then
        var expression = Assert.Single(found, f => f.Text == expected);
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void Tag_NextDayWithoutAnEarlierDate_StaysUndated()
    {
        // Given / When
        var found = new TemporalTagger().Tag("The firm secured the server the next day.", new DateOnly(2025, 3, 27));

        // Then
        Assert.All(found, f => Assert.Null(f.Value));
    }

    [Theory]
    [InlineData("a phishing wave that began a fortnight ago", "a fortnight ago", "2025-04-16")]
    [InlineData("servers were wiped over the Easter weekend", "Easter weekend", "2025-04-18")]
    [InlineData("servers were wiped on Easter Monday", "Easter Monday", "2025-04-21")]
    [InlineData("servers were wiped over Easter", "Easter", "2025-04-20")]
    public void Tag_FortnightAndEaster_ResolvedAgainstPublication(string text, string expected, string value)
    {
        // Given / When
        var found = new TemporalTagger().Tag(text, new DateOnly(2025, 4, 30));

        // Then the Easter of 2025 fell on April 20
        var expression = Assert.Single(found, f => f.Text.EndsWith(expected, StringComparison.Ordinal));
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void Tag_EasterLaterThanThePublication_IsTheYearBefore()
    {
        // Given / When
        var found = new TemporalTagger().Tag("the outage over Easter last year", new DateOnly(2026, 2, 10));

        // Then Easter 2025
        Assert.Contains(found, f => f.Value == "2025-04-20");
    }

    [Fact]
    public void Tag_FortnightDuration_TwoWeeks()
    {
        // Given / When
        var found = new TemporalTagger().Tag("the attackers stayed for a fortnight", new DateOnly(2025, 4, 30));

        // Then
        var expression = Assert.Single(found);
        Assert.Equal(TimeExpressionKind.Duration, expression.Kind);
        Assert.Equal("P2W", expression.Value);
    }

    [Theory]
    [InlineData("the intrusion began in the second half of 2025 and", "2025-H2")]
    [InlineData("the intrusion began in the first half of 2024 and", "2024-H1")]
    [InlineData("the intrusion began in the first quarter of 2024 and", "2024-Q1")]
    public void Tag_NamedPartOfAYear_HalfOrQuarterValue(string text, string value)
    {
        // Given / When
        var found = new TemporalTagger().Tag(text, new DateOnly(2026, 2, 10));

        // Then
        var expression = Assert.Single(found);
        Assert.Equal(value, expression.Value);
        Assert.Null(expression.Modifier);
    }
    [Theory]
    [InlineData("the council's servers were encrypted over the Whitsun weekend", "Whitsun weekend", "2026-05-23")]
    [InlineData("staff found the ransom notes on Whit Monday", "Whit Monday", "2026-05-25")]
    [InlineData("the portal went down at Pentecost", "Pentecost", "2026-05-24")]
    [InlineData("the attack over the Ascension Day long weekend halted deliveries", "Ascension Day", "2026-05-14")]
    [InlineData("warehouse systems were encrypted over the Lunar New Year holiday", "Lunar New Year", "2026-02-17")]
    [InlineData("the wiper struck during Chinese New Year", "Chinese New Year", "2026-02-17")]
    [InlineData("the shop's site was flooded on Black Friday", "Black Friday", "2025-11-28")]
    public void Tag_MovableHoliday_LatestOneBeforeThePublication(string text, string expected, string value)
    {
        // Given an article published on 10 June 2026 (Easter 2026 fell on 5 April)
        var published = new DateOnly(2026, 6, 10);

        // When
        var found = new TemporalTagger().Tag(text, published);

        // Then
        var expression = Assert.Single(found, f => f.Text.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void Tag_EidAlFitr_TabulatedDateFlaggedApproximate()
    {
        // Given / When
        var found = new TemporalTagger().Tag("a destructive attack during the Eid al-Fitr holiday", new DateOnly(2026, 4, 8));

        // Then Eid al-Fitr 2026 fell on 20 March in most countries
        var expression = Assert.Single(found);
        Assert.Equal("2026-03-20", expression.Value);
        Assert.Equal("APPROX", expression.Modifier);
    }

    [Theory]
    [InlineData("the portal was defaced during Ramadan", "Ramadan", "2026-02-18")]
    [InlineData("servers were wiped over the Hari Raya Puasa holiday", "Hari Raya Puasa", "2026-03-20")]
    [InlineData("the exchange was drained during the Tet holiday", "Tet", "2026-02-17")]
    public void Tag_RegionalNamesOfLunarFeasts_SameDates(string text, string expected, string value)
    {
        // Given / When
        var found = new TemporalTagger().Tag(text, new DateOnly(2026, 4, 8));

        // Then
        var expression = Assert.Single(found, f => f.Text.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void Tag_WhitsunNotYetReached_IsTheYearBefore()
    {
        // Given an article of early May 2026, before that year's Whitsun (24 May)
        var published = new DateOnly(2026, 5, 2);

        // When
        var found = new TemporalTagger().Tag("the outage over Whitsun", published);

        // Then Whitsun 2025 (8 June)
        Assert.Equal("2025-06-08", Assert.Single(found).Value);
    }

    [Theory]
    [InlineData("hackers had been inside its network since the start of the year", "2026-01", "START")]
    [InlineData("the intrusion began at the beginning of the month", "2026-05", "START")]
    [InlineData("a report is due by the end of the year", "2026-12", "END")]
    public void Tag_EdgeOfTheCurrentYearOrMonth_PublicationsYearOrMonth(string text, string value, string modifier)
    {
        // Given / When
        var found = new TemporalTagger().Tag(text, new DateOnly(2026, 5, 12));

        // Then
        var expression = Assert.Single(found);
        Assert.Equal(value, expression.Value);
        Assert.Equal(modifier, expression.Modifier);
    }

    [Fact]
    public void Tag_LateMonthBeforeDiscovery_ResolvedAgainstPublication()
    {
        // Given / When
        var found = new TemporalTagger().Tag("it detected the intrusion in late April after the operator spotted unusual traffic", new DateOnly(2026, 5, 12));

        // Then
        var expression = Assert.Single(found);
        Assert.Equal("2026-04", expression.Value);
        Assert.Equal("END", expression.Modifier);
    }
}
