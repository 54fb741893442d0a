using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Cli.Commands;

/// <summary>
/// <c>threatledger train --corpus DIR-or-JSONL --out MODEL</c>: trains the event model (trigger, argument and realis
/// perceptrons) from CASIE JSONL. With <c>--predict FILE --predictions OUT</c> it then extracts the documents of FILE
/// with the new model and writes CASIE JSONL predictions for <c>score.py</c>.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "CASIE JSONL file, or a directory of *.jsonl files, with annotated events.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the trained model.", Required = true };
        var lexicon = new Option<string?>("--lexicon") { Description = "Directory with extra lexicons (events/triggers/<Type>.txt, events/cues/<Cue>.txt)." };
        var epochs = new Option<int?>("--epochs") { Description = "Training passes for every component (default: 12 for the trigger tagger, 8 for the argument taggers, 10 for realis)." };
        var predict = new Option<string?>("--predict") { Description = "CASIE JSONL to extract with the trained model (e.g. the dev split)." };
        var predictions = new Option<string?>("--predictions") { Description = "Where to write the CASIE JSONL predictions for --predict." };
        var command = new Command("train", "Train the event-extraction model from an annotated CASIE corpus.")
        {
            corpus, output, lexicon, epochs, predict, predictions,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var predictPath = parseResult.GetValue(predict);
            var predictionsPath = parseResult.GetValue(predictions);
            if ((predictPath is null) != (predictionsPath is null))
            {
                stderr.WriteLine("error: --predict and --predictions go together.");
                return 2;
            }

            var epochCount = parseResult.GetValue(epochs);
            if (epochCount is < 1 or > 100)
            {
                stderr.WriteLine("error: --epochs must be between 1 and 100.");
                return 2;
            }

            var target = Path.GetDirectoryName(Path.GetFullPath(parseResult.GetValue(output)!));
            if (target is not null && !Directory.Exists(target))
            {
                // Found before minutes of training, not after.
                stderr.WriteLine($"error: --out {parseResult.GetValue(output)}: the folder {target} does not exist.");
                return 2;
            }

            try
            {
                var clock = Stopwatch.StartNew();
                var lexicons = EventLexicons.Load(parseResult.GetValue(lexicon));
                var documents = CasieReader.ReadPath(parseResult.GetValue(corpus)!).ToList();
                var options = new EventTrainingOptions { Log = message => stdout.WriteLine("  " + message) };
                if (epochCount is { } n)
                {
                    options = options with { TriggerEpochs = n, ArgumentEpochs = n, RealisEpochs = n };
                }

                stdout.WriteLine($"training on {documents.Count} documents");
                var model = EventModelTrainer.Train(documents, lexicons, options);
                var outPath = parseResult.GetValue(output)!;
                model.Save(outPath);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model written to {outPath} ({new FileInfo(outPath).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F1}s"));

                if (predictPath is not null && predictionsPath is not null)
                {
                    var extractor = EventExtractor.FromModel(model, lexicons);
                    var count = 0;
                    using var writer = new StreamWriter(predictionsPath);
                    foreach (var doc in CasieReader.ReadPath(predictPath))
                    {
                        var events = extractor.Extract(doc.Source);
                        writer.Write(CasieWriter.ToJsonLine(doc.Source.Info, events));
                        writer.Write('\n');
                        count++;
                    }

                    stdout.WriteLine($"predictions for {count} documents written to {predictionsPath}");
                }

                return 0;
            }
            catch (Exception e) when (e is CasieFormatException or FileNotFoundException or DirectoryNotFoundException or EventModelException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                // An unreadable corpus, lexicon or model path: exit 2, as for every command's unreadable input.
                stderr.WriteLine("error: " + e.Message);
                return 2;
            }
        });
        return command;
    }
}
