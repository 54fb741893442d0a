using ThreatLedger.Extraction.Learning;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class FeatureRowMemoTests
{
    private static AveragedPerceptron TrainModel(int features)
    {
        var model = new AveragedPerceptron(4);
        Span<int> rows = stackalloc int[1];
        for (var f = 0; f < features; f++)
        {
            rows[0] = model.RowOf((ulong)f * 7919, create: true);
            model.Update(rows, f % 4, (f + 1) % 4);
            model.Tick();
        }

        model.Average();
        return model;
    }

    [Fact]
    public void RowOf_ManyKeysWithEvictions_EqualsModelRows()
    {
        // Given: more keys than the memo holds, each asked twice, plus keys the model lacks
        var model = TrainModel(2000);
        var memo = new FeatureRowMemo(model);
        var keys = Enumerable.Range(0, 3000).Select(i => (ulong)i * 7919).ToArray();

        // When
        var first = keys.Select(memo.RowOf).ToArray();
        var second = keys.Reverse().Select(memo.RowOf).Reverse().ToArray();

        // Then
        var expected = keys.Select(k => model.RowOf(k, create: false)).ToArray();
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Contains(-1, expected);
    }

    [Fact]
    public void Score_RepeatedFeatures_EqualsModelScore()
    {
        // Given
        var model = TrainModel(300);
        var memo = new FeatureRowMemo(model);
        var features = Enumerable.Range(0, 200).Select(i => (ulong)(i % 37) * 7919).ToArray();
        var expected = new float[model.Labels];
        model.Score(features, expected);
        var cold = new float[model.Labels];
        var warm = new float[model.Labels];

        // When
        memo.Score(features, cold);
        memo.Score(features, warm);

        // Then
        Assert.Equal(expected, cold);
        Assert.Equal(expected, warm);
        Assert.Contains(expected, x => x != 0);
    }
}
