using ThreatLedger.Extraction.Learning;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class AveragedPerceptronTests
{
    private static readonly (ulong[] Features, int Label)[] s_data =
    [
        ([1, 10], 0), ([2, 10], 0), ([1, 11], 0),
        ([3, 12], 1), ([4, 12], 1), ([3, 13], 1),
        ([5, 14], 2), ([6, 14], 2), ([5, 15], 2),
    ];

    private static AveragedPerceptron TrainToy()
    {
        var model = new AveragedPerceptron(3);
        Span<float> scores = stackalloc float[3];
        for (var epoch = 0; epoch < 5; epoch++)
        {
            foreach (var (features, label) in s_data)
            {
                var rows = features.Select(f => model.RowOf(f, create: true)).ToArray();
                scores.Clear();
                model.AddScores(rows, scores);
                model.Update(rows, label, AveragedPerceptron.ArgMax(scores, []));
                model.Tick();
            }
        }

        model.Average();
        return model;
    }

    private static int Predict(AveragedPerceptron model, ulong[] features)
    {
        Span<float> scores = stackalloc float[model.Labels];
        model.AddScores(features.Select(f => model.RowOf(f, create: false)).ToArray(), scores);
        return AveragedPerceptron.ArgMax(scores, []);
    }

    [Fact]
    public void Train_SeparableData_ClassifiesTrainingSet()
    {
        // Given / When
        var model = TrainToy();

        // Then
        Assert.All(s_data, d => Assert.Equal(d.Label, Predict(model, d.Features)));
    }

    [Fact]
    public void WriteRead_RoundTrip_KeepsPredictions()
    {
        // Given
        var model = TrainToy();
        using var buffer = new MemoryStream();

        // When
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var loaded = AveragedPerceptron.Read(reader);

        // Then
        Assert.Equal(3, loaded.Labels);
        Assert.All(s_data, d => Assert.Equal(d.Label, Predict(loaded, d.Features)));
    }

    [Fact]
    public void ArgMax_WithMask_SkipsDisallowedLabels()
    {
        // Given
        float[] scores = [5f, 9f, 1f];
        bool[] allowed = [true, false, true];

        // When
        var best = AveragedPerceptron.ArgMax(scores, allowed);

        // Then
        Assert.Equal(0, best);
    }

    [Fact]
    public void Mean_TwoModels_ScoresAreTheMeanOfTheirScores()
    {
        // Given: a model, and one trained on the same data in reverse order (its own feature rows)
        var first = TrainToy();
        var second = new AveragedPerceptron(3);
        Span<float> scratch = stackalloc float[3];
        for (var epoch = 0; epoch < 3; epoch++)
        {
            foreach (var (features, label) in s_data.Reverse())
            {
                var rows = features.Select(f => second.RowOf(f, create: true)).ToArray();
                scratch.Clear();
                second.AddScores(rows, scratch);
                second.Update(rows, label, AveragedPerceptron.ArgMax(scratch, []));
                second.Tick();
            }
        }

        second.Average();

        // When
        var mean = AveragedPerceptron.Mean([first, second]);

        // Then
        ulong[][] probes = [[1, 10], [3, 12], [6, 15], [99]];
        foreach (var features in probes)
        {
            var a = new float[3];
            var b = new float[3];
            var m = new float[3];
            first.AddScores(features.Select(f => first.RowOf(f, create: false)).ToArray(), a);
            second.AddScores(features.Select(f => second.RowOf(f, create: false)).ToArray(), b);
            mean.AddScores(features.Select(f => mean.RowOf(f, create: false)).ToArray(), m);
            for (var l = 0; l < 3; l++)
            {
                Assert.Equal((a[l] + b[l]) / 2, m[l], 4);
            }
        }

        Assert.All(s_data, d => Assert.Equal(d.Label, Predict(mean, d.Features)));
    }

    [Fact]
    public void Mean_ModelStillTraining_Throws()
    {
        // Given
        var trained = TrainToy();
        var training = new AveragedPerceptron(3);

        // When / Then
        Assert.Throws<InvalidOperationException>(() => AveragedPerceptron.Mean([trained, training]));
    }
    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(17)]
    [InlineData(33)]
    public void AddRow_AnyLength_EqualsScalarSums(int labels)
    {
        // Given
        var random = new Random(labels);
        var weights = Enumerable.Range(0, labels).Select(_ => (float)((random.NextDouble() * 2) - 1) / 3f).ToArray();
        var scores = Enumerable.Range(0, labels).Select(_ => (float)random.NextDouble() * 7f).ToArray();
        var expected = scores.Select((s, l) => s + weights[l]).ToArray();

        // When
        AveragedPerceptron.AddRow(weights, scores);

        // Then
        Assert.Equal(expected, scores);
    }

    [Fact]
    public void Score_ManyFeatures_EqualsOneFeatureAtATime()
    {
        // Given: more features than one lookup batch, some unknown to the model, some repeated
        var model = TrainToy();
        var features = Enumerable.Range(0, 150).Select(i => (ulong)(i % 20)).ToArray();
        var expected = new float[model.Labels];
        foreach (var f in features)
        {
            model.AddScores(model.RowOf(f, create: false), expected);
        }

        var scores = new float[model.Labels];

        // When
        model.Score(features, scores);

        // Then
        Assert.Equal(expected, scores);
        Assert.Contains(expected, x => x != 0);
    }
}
