using System.Diagnostics;
using System.Globalization;
using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Events;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Extraction.Tests.Learning;

/// <summary>
/// Trains on CASIE train, extracts CASIE dev, and scores with the corpus's own <c>score.py</c>: the issue's bar is
/// trigger classification F1 ≥ 0.55 and argument classification F1 ≥ 0.35.
/// </summary>
public sealed class CasieScoringTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void LearnedExtractor_CasieDev_MeetsTheBar()
    {
        // Given
        var dev = RepositoryPaths.SharedOrSkip("casie", "dev.jsonl");
        var scorer = RepositoryPaths.SharedOrSkip("casie", "score.py");
        var extractor = EventExtractor.FromModel(fixture.Model, fixture.Lexicons);
        var predictions = Path.Combine(Path.GetTempPath(), $"threatledger-casie-dev-{Environment.ProcessId}.jsonl");

        // When
        using (var writer = new StreamWriter(predictions))
        {
            foreach (var doc in CasieReader.ReadPath(dev))
            {
                writer.Write(CasieWriter.ToJsonLine(doc.Source.Info, extractor.Extract(doc.Source)));
                writer.Write('\n');
            }
        }

        var scores = Score(scorer, dev, predictions);
        File.Delete(predictions);

        // Then
        Assert.True(scores["trigger_cls_f1"] >= 0.55, $"trigger F1 {scores["trigger_cls_f1"]}");
        Assert.True(scores["arg_cls_f1"] >= 0.35, $"argument F1 {scores["arg_cls_f1"]}");
        Assert.True(scores["doc_type_f1"] >= 0.80, $"document type F1 {scores["doc_type_f1"]}");
    }

    [Fact]
    public void RuleBasedExtractor_CasieDev_BeatsTheKeywordFloor()
    {
        // Given
        var dev = RepositoryPaths.SharedOrSkip("casie", "dev.jsonl");
        var scorer = RepositoryPaths.SharedOrSkip("casie", "score.py");
        var extractor = EventExtractor.CreateRuleBased();
        var predictions = Path.Combine(Path.GetTempPath(), $"threatledger-casie-dev-rules-{Environment.ProcessId}.jsonl");

        // When
        using (var writer = new StreamWriter(predictions))
        {
            foreach (var doc in CasieReader.ReadPath(dev))
            {
                writer.Write(CasieWriter.ToJsonLine(doc.Source.Info, CasieConventions.Default.Apply(extractor.Extract(doc.Source))));
                writer.Write('\n');
            }
        }

        var scores = Score(scorer, dev, predictions);
        File.Delete(predictions);

        // Then: a keyword list scores 0.10 trigger / 0.00 argument F1; the rules with CASIE's conventions about 0.31.
        Assert.True(scores["trigger_cls_f1"] > 0.28, $"trigger F1 {scores["trigger_cls_f1"]}");
        Assert.True(scores["arg_cls_f1"] > 0.0, $"argument F1 {scores["arg_cls_f1"]}");
    }

    private static Dictionary<string, double> Score(string scorer, string gold, string predictions)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(scorer);
        start.ArgumentList.Add(gold);
        start.ArgumentList.Add(predictions);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not installed; cannot run score.py.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"score.py failed: {error}");
            var summary = output.TrimEnd().Split('\n')[^1];
            return summary.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Split('='))
                .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture));
        }
    }
}
