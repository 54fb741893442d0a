using ThreatLedger.Extraction.Learning;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class SharedArgumentTrainerTests
{
    // Two event types. Type 0 (roles Data, Victim) sees victims after "hit"; type 1 (roles Price, Victim) sees only
    // prices after "paid" in its own training windows.
    private static readonly string[][] s_typeRoles = [["Data", "Victim"], ["Price", "Victim"]];
    private static readonly BioLabels s_joint = new(["Data", "Price", "Victim"]);

    private static ulong[] Token(string word, string previous) => [FeatureHash.Of(1, word), FeatureHash.Of(2, previous)];

    private static List<SharedArgumentTrainer.Window> Windows()
    {
        var victim = BioLabels.Begin(2);
        var price = BioLabels.Begin(1);
        var windows = new List<SharedArgumentTrainer.Window>();
        foreach (var name in new[] { "acme", "globex", "initech", "hooli" })
        {
            windows.Add(new SharedArgumentTrainer.Window(0, [Token("hit", "<s>"), Token(name, "hit"), Token("today", name)], [0, victim, 0]));
        }

        foreach (var amount in new[] { "$5", "$10", "$20", "$50" })
        {
            windows.Add(new SharedArgumentTrainer.Window(1, [Token("paid", "<s>"), Token(amount, "paid"), Token("today", amount)], [0, price, 0]));
        }

        return windows;
    }

    private static List<(int Start, int End, string Role)> Tag(BioTagger tagger, ulong[][] window)
    {
        var l = tagger.Labels.Count;
        var emissions = new float[window.Length * l];
        for (var k = 0; k < window.Length; k++)
        {
            tagger.ScoreInto(window[k], emissions.AsSpan(k * l, l));
        }

        var labels = tagger.TagEmissions(emissions, window.Length, new ulong[window.Length], null);
        return [.. BioLabels.Decode(labels).Select(s => (s.Start, s.End, tagger.Labels.Classes[s.Class]))];
    }

    [Fact]
    public void Train_TwoTypes_SlicesOneTaggerPerTypeOverItsOwnRoles()
    {
        // Given
        var windows = Windows();

        // When
        var taggers = SharedArgumentTrainer.Train(s_typeRoles, s_joint, windows, epochs: 5, ensemble: 2, seed: 7, minCount: 1);

        // Then
        Assert.Equal(2, taggers.Length);
        Assert.Equal(["Data", "Victim"], taggers[0].Labels.Classes);
        Assert.Equal(["Price", "Victim"], taggers[1].Labels.Classes);
        Assert.All(taggers, t => Assert.True(t.Structured));
        Assert.Equal([(1, 2, "Victim")], Tag(taggers[0], [Token("hit", "<s>"), Token("umbrella", "hit"), Token("today", "umbrella")]));
        Assert.Equal([(1, 2, "Price")], Tag(taggers[1], [Token("paid", "<s>"), Token("$7", "paid"), Token("today", "$7")]));
    }

    [Fact]
    public void Train_RoleSeenOnlyWithAnotherType_CarriesOverThroughTheSharedWeights()
    {
        // Given: type 1 has a Victim role but never saw a victim (nor the word "hit") in its own windows
        var windows = Windows();
        var victim = BioLabels.Begin(1);

        // When
        var taggers = SharedArgumentTrainer.Train(s_typeRoles, s_joint, windows, epochs: 5, ensemble: 1, seed: 7, minCount: 1);
        var afterHit = new float[taggers[1].Labels.Count];
        var afterOther = new float[taggers[1].Labels.Count];
        taggers[1].ScoreInto(Token("umbrella", "hit"), afterHit);
        taggers[1].ScoreInto(Token("umbrella", "yesterday"), afterOther);

        // Then: what type 0 learned about victims after "hit" raises the Victim score in type 1's tagger too
        Assert.Equal("Victim", taggers[1].Labels.Classes[BioLabels.ClassOf(victim)]);
        Assert.True(afterHit[victim] > afterOther[victim], $"Victim score after 'hit' {afterHit[victim]} should exceed {afterOther[victim]}");
        Assert.True(afterHit[victim] > afterHit[0], "after 'hit', Victim should outscore O");
    }

    [Fact]
    public void Train_SameWindowsTwice_GivesTheSameWeights()
    {
        // Given
        var windows = Windows();
        var probe = Token("hit", "<s>");

        // When
        var first = SharedArgumentTrainer.Train(s_typeRoles, s_joint, windows, epochs: 3, ensemble: 2, seed: 7, minCount: 1);
        var second = SharedArgumentTrainer.Train(s_typeRoles, s_joint, windows, epochs: 3, ensemble: 2, seed: 7, minCount: 1);

        // Then
        for (var type = 0; type < 2; type++)
        {
            var a = new float[first[type].Labels.Count];
            var b = new float[second[type].Labels.Count];
            first[type].ScoreInto(probe, a);
            second[type].ScoreInto(probe, b);
            Assert.Equal(a, b);
            Assert.Equal(first[type].Model.FeatureCount, second[type].Model.FeatureCount);
        }
    }

    [Fact]
    public void Train_WithPruning_DropsRowsWithOnlySmallWeightsAndKeepsTheDecisions()
    {
        // Given: enough windows for pruning to apply
        var windows = Enumerable.Repeat(Windows(), (SharedArgumentTrainer.PruneFromWindows / Windows().Count) + 1).SelectMany(w => w).ToList();
        var probe = (ulong[][])[Token("hit", "<s>"), Token("umbrella", "hit"), Token("today", "umbrella")];

        // When
        var full = SharedArgumentTrainer.Train(s_typeRoles, s_joint, windows, epochs: 2, ensemble: 1, seed: 7, minCount: 1);
        var pruned = SharedArgumentTrainer.Train(s_typeRoles, s_joint, windows, epochs: 2, ensemble: 1, seed: 7, minCount: 1, pruneBelow: 0.3f);

        // Then
        Assert.True(pruned[0].Model.FeatureCount < full[0].Model.FeatureCount, $"{pruned[0].Model.FeatureCount} rows kept of {full[0].Model.FeatureCount}");
        Assert.Equal(Tag(full[0], probe), Tag(pruned[0], probe));
    }

    [Fact]
    public void Train_FewWindows_IsNotPruned()
    {
        // Given: a small corpus, whose weights are all small
        var windows = Windows();

        // When
        var full = SharedArgumentTrainer.Train(s_typeRoles, s_joint, windows, epochs: 5, ensemble: 1, seed: 7, minCount: 1);
        var pruned = SharedArgumentTrainer.Train(s_typeRoles, s_joint, windows, epochs: 5, ensemble: 1, seed: 7, minCount: 1, pruneBelow: 1000f);

        // Then
        Assert.Equal(full[1].Model.FeatureCount, pruned[1].Model.FeatureCount);
    }
}
