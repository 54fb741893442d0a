using System.Text.Json;
using ThreatLedger.Extraction.Events;

namespace ThreatLedger.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    // A tiny annotated corpus written for this test (not CASIE text): each document, one trigger, one argument.
    private static readonly (string Text, string Type, string Trigger, string Role, string Argument)[] s_examples =
    [
        ("Hackers stole the passwords of the shop.", "Databreach", "stole", "Compromised-Data", "the passwords"),
        ("Criminals stole credit card numbers from a hotel.", "Databreach", "stole", "Compromised-Data", "credit card numbers"),
        ("Globex patched the router flaw on Monday.", "Patch", "patched", "Releaser", "Globex"),
        ("Initech patched a browser bug quickly.", "Patch", "patched", "Releaser", "Initech"),
        ("The gang demanded $900 from the council.", "Ransom", "demanded", "Price", "$900"),
        ("Extortionists demanded $5,000 from a school.", "Ransom", "demanded", "Price", "$5,000"),
    ];

    private static string WriteCorpus(string dir)
    {
        var path = Path.Combine(dir, "corpus.jsonl");
        using var writer = new StreamWriter(path);
        for (var i = 0; i < s_examples.Length; i++)
        {
            var (text, type, trigger, role, argument) = s_examples[i];
            var t = text.IndexOf(trigger, StringComparison.Ordinal);
            var a = text.IndexOf(argument, StringComparison.Ordinal);
            var line = new
            {
                id = $"doc{i}",
                text,
                events = new[]
                {
                    new
                    {
                        type, realis = "Actual", hopper = 0,
                        trigger = new { start = t, end = t + trigger.Length, text = trigger },
                        arguments = new[] { new { role, start = a, end = a + argument.Length, text = argument } },
                    },
                },
            };
            writer.WriteLine(JsonSerializer.Serialize(line));
        }

        return path;
    }

    [Fact]
    public async Task Train_SmallCorpus_WritesLoadableModelAndPredictions()
    {
        // Given
        var dir = Directory.CreateTempSubdirectory("threatledger-train-");
        var corpus = WriteCorpus(dir.FullName);
        var model = Path.Combine(dir.FullName, "model.bin");
        var predictions = Path.Combine(dir.FullName, "pred.jsonl");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(
            ["train", "--corpus", corpus, "--out", model, "--epochs", "3", "--predict", corpus, "--predictions", predictions],
            output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        Assert.Contains("model written to", output.ToString(), StringComparison.Ordinal);
        Assert.True(EventExtractor.Load(model).IsLearned);
        var lines = File.ReadAllLines(predictions);
        Assert.Equal(s_examples.Length, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("doc0", first.RootElement.GetProperty("id").GetString());
        dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Train_MissingCorpus_ReportsErrorWithoutStackTrace()
    {
        // Given
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(
            ["train", "--corpus", "/nonexistent/train.jsonl", "--out", "/tmp/threatledger-unused-model.bin"],
            output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("error: CASIE corpus '/nonexistent/train.jsonl'", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MalformedLine_NamesFileAndLine()
    {
        // Given
        var dir = Directory.CreateTempSubdirectory("threatledger-train-bad-");
        var corpus = Path.Combine(dir.FullName, "bad.jsonl");
        await File.WriteAllTextAsync(corpus, "{\"id\": \"1\", \"text\": \"ok\"}\n{broken\n", TestContext.Current.CancellationToken);
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(
            ["train", "--corpus", corpus, "--out", Path.Combine(dir.FullName, "m.bin")], output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains(corpus + ":2: not valid JSON", error.ToString(), StringComparison.Ordinal);
        dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Train_PredictWithoutPredictions_IsUsageError()
    {
        // Given
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(
            ["train", "--corpus", "x.jsonl", "--out", "m.bin", "--predict", "dev.jsonl"], output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("--predict and --predictions go together", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_OutputFolderMissing_RefusedBeforeTrainingNoPartialFileLeft()
    {
        // Given
        var dir = Directory.CreateTempSubdirectory("threatledger-train-out-");
        var corpus = WriteCorpus(dir.FullName);
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exit = await ThreatLedgerCommand.RunAsync(
            ["train", "--corpus", corpus, "--out", Path.Combine(dir.FullName, "missing", "m.bin")], output, error, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("training on", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([corpus], Directory.GetFiles(dir.FullName, "*", SearchOption.AllDirectories));
        dir.Delete(recursive: true);
    }
}
