using System.IO.Compression;
using System.Text;
using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class EventModelTrainerTests
{
    private static readonly string[] s_vendors = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"];
    private static readonly string[] s_products = ["router", "browser", "mail server", "VPN gateway"];

    // Own tiny corpus: "<Vendor> patched a flaw in its <product> on Tuesday." with the trigger "patched" (Patch)
    // and the arguments Releaser, Vulnerability and Vulnerable_System.
    private static List<CasieDocument> OwnCorpus()
    {
        var documents = new List<CasieDocument>();
        foreach (var vendor in s_vendors)
        {
            var text = new StringBuilder();
            var events = new List<Event>();
            foreach (var product in s_products)
            {
                var start = text.Length;
                text.Append(vendor).Append(" patched a flaw in its ").Append(product).Append(" on Tuesday. ");
                var trigger = start + vendor.Length + 1;
                var flaw = trigger + "patched ".Length;
                var system = flaw + "a flaw in its ".Length;
                events.Add(new Event
                {
                    Id = "e" + events.Count,
                    Type = "Patch",
                    Trigger = new TextSpan(trigger, trigger + 7, "patched"),
                    Hopper = events.Count,
                    Arguments =
                    [
                        new EventArgument { Role = "Releaser", Span = new TextSpan(start, start + vendor.Length, vendor) },
                        new EventArgument { Role = "Vulnerability", Span = new TextSpan(flaw, flaw + 6, "a flaw") },
                        new EventArgument { Role = "Vulnerable_System", Span = new TextSpan(system, system + product.Length, product) },
                    ],
                });
            }

            documents.Add(new CasieDocument(new SourceDocument(new DocumentInfo { Id = vendor }, text.ToString()), events));
        }

        return documents;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Train_OwnCorpusWithEnsemble_FindsTriggerAndArgumentsInUnseenSentence(bool sharedArguments)
    {
        // Given
        var lexicons = EventLexicons.Load();
        var options = new EventTrainingOptions { Ensemble = 2, CoarseClasses = 2, FineClasses = 4, TriggerEpochs = 5, ArgumentEpochs = 5, SharedArguments = sharedArguments };
        const string Text = "Vandelay patched a flaw in its firewall on Tuesday.";

        // When
        var model = EventModelTrainer.Train(OwnCorpus(), lexicons, options);
        var events = EventExtractor.FromModel(model, lexicons).Extract(new SourceDocument(new DocumentInfo { Id = "new" }, Text));

        // Then
        var patch = Assert.Single(events, e => e.Type == "Patch");
        Assert.Equal("patched", patch.Trigger.Text);
        Assert.Contains(patch.Arguments, a => a.Role == "Releaser" && a.Span.Text == "Vandelay");
        Assert.Contains(patch.Arguments, a => a.Role == "Vulnerable_System" && a.Span.Text == "firewall");
        Assert.Contains("ensemble 2", model.Description, StringComparison.Ordinal);
        Assert.Contains($"shared argument taggers {sharedArguments}", model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SameCorpusTwice_GivesTheSameModelBytes()
    {
        // Given
        var lexicons = EventLexicons.Load();
        var options = new EventTrainingOptions { Ensemble = 2, CoarseClasses = 2, FineClasses = 4, TriggerEpochs = 3, ArgumentEpochs = 3 };
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        // When
        EventModelTrainer.Train(OwnCorpus(), lexicons, options).Save(first);
        EventModelTrainer.Train(OwnCorpus(), lexicons, options).Save(second);

        // Then
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Load_ModelOfAnEarlierFormat_ThrowsEventModelExceptionAskingToRetrain()
    {
        // Given: a file with the model header of format version 3 (before word classes)
        var path = Path.Combine(Path.GetTempPath(), $"threatledger-old-model-{Environment.ProcessId}.bin");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write("TLEVENTS");
            writer.Write(3);
            writer.Write("an old model");
        }

        // When
        var error = Assert.Throws<EventModelException>(() => EventModel.Load(path));
        File.Delete(path);

        // Then
        Assert.Contains("version 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedModel_ThrowsEventModelException()
    {
        // Given: a real model cut in half
        var lexicons = EventLexicons.Load();
        using var buffer = new MemoryStream();
        EventModelTrainer.Train(OwnCorpus(), lexicons, new EventTrainingOptions { Ensemble = 1, TriggerEpochs = 2, ArgumentEpochs = 2 }).Save(buffer);
        var path = Path.Combine(Path.GetTempPath(), $"threatledger-cut-model-{Environment.ProcessId}.bin");
        File.WriteAllBytes(path, buffer.ToArray()[..(int)(buffer.Length / 2)]);

        // When
        var error = Assert.Throws<EventModelException>(() => EventModel.Load(path));
        File.Delete(path);

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
