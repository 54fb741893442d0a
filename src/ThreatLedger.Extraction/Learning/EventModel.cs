using System.IO.Compression;
using System.Text;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Learning;

/// <summary>
/// The trainable event extractor: a BIO trigger tagger over event types, one BIO argument tagger per event type over
/// its roles (run on each trigger's sentence), and a realis classifier. Built by <see cref="EventModelTrainer"/>,
/// saved and loaded as one compressed binary file.
/// </summary>
public sealed class EventModel
{
    private const string Magic = "TLEVENTS";
    private const int FormatVersion = 1;

    internal EventModel(
        GreedyTagger triggers,
        IReadOnlyDictionary<string, GreedyTagger> arguments,
        IReadOnlyList<string> realisLabels,
        AveragedPerceptron realis,
        IReadOnlyDictionary<string, string> entityTypes,
        string description)
    {
        Triggers = triggers;
        Arguments = arguments;
        RealisLabels = realisLabels;
        Realis = realis;
        EntityTypes = entityTypes;
        Description = description;
    }

    /// <summary>What the model was trained on and how (corpus, documents, epochs).</summary>
    public string Description { get; }

    /// <summary>The event types the model predicts.</summary>
    public IReadOnlyList<string> EventTypes => Triggers.Labels.Classes;

    internal GreedyTagger Triggers { get; }

    internal IReadOnlyDictionary<string, GreedyTagger> Arguments { get; }

    internal IReadOnlyList<string> RealisLabels { get; }

    internal AveragedPerceptron Realis { get; }

    /// <summary>Most frequent CASIE entity type per "EventType/Role" in the training data.</summary>
    internal IReadOnlyDictionary<string, string> EntityTypes { get; }

    internal List<DetectedTrigger> FindTriggers(TokenInfo info)
    {
        var result = new List<DetectedTrigger>();
        var text = info.Text;
        foreach (var sentence in text.Sentences)
        {
            var n = sentence.TokenCount;
            var features = new ulong[n][];
            var words = new ulong[n];
            for (var k = 0; k < n; k++)
            {
                features[k] = TriggerFeatures.For(info, sentence.FirstToken + k);
                words[k] = TriggerFeatures.WordKey(info, sentence.FirstToken + k);
            }

            var labels = Triggers.Tag(features, words);
            foreach (var (start, end, cls) in BioLabels.Decode(labels))
            {
                result.Add(new DetectedTrigger(sentence.FirstToken + start, sentence.FirstToken + end, Triggers.Labels.Classes[cls]));
            }
        }

        return result;
    }

    internal List<DetectedArgument> FindArguments(TokenInfo info, DetectedTrigger trigger)
    {
        var result = new List<DetectedArgument>();
        if (!Arguments.TryGetValue(trigger.Type, out var tagger))
        {
            return result;
        }

        var (start, end) = ArgumentWindow.For(info.Text, trigger.FirstToken, trigger.EndToken);
        var triggerText = TriggerText(info.Text, trigger.FirstToken, trigger.EndToken);
        var n = end - start;
        var features = new ulong[n][];
        var words = new ulong[n];
        for (var k = 0; k < n; k++)
        {
            features[k] = ArgumentFeatures.For(info, start + k, trigger.FirstToken, trigger.EndToken, triggerText, start, end);
            words[k] = ArgumentFeatures.WordKey(info, start + k);
        }

        var labels = tagger.Tag(features, words);
        foreach (var (s, e, cls) in BioLabels.Decode(labels))
        {
            // An argument never overlaps its own trigger.
            if (start + s < trigger.EndToken && start + e > trigger.FirstToken)
            {
                continue;
            }

            result.Add(new DetectedArgument(start + s, start + e, tagger.Labels.Classes[cls]));
        }

        return result;
    }

    internal string PredictRealis(TokenInfo info, DetectedTrigger trigger)
    {
        var sentence = info.Text.Sentences[info.Text.SentenceOf(trigger.FirstToken)];
        var features = RealisFeatures.For(info, trigger.FirstToken, trigger.EndToken, trigger.Type, sentence.FirstToken, sentence.EndToken);
        Span<float> scores = stackalloc float[RealisLabels.Count];
        foreach (var f in features)
        {
            Realis.AddScores(Realis.RowOf(f, create: false), scores);
        }

        return RealisLabels[AveragedPerceptron.ArgMax(scores, [])];
    }

    internal static string TriggerText(AnalyzedText text, int first, int end)
    {
        if (end - first == 1)
        {
            return text.Lower(first);
        }

        var sb = new StringBuilder();
        for (var t = first; t < end; t++)
        {
            if (t > first)
            {
                sb.Append(' ');
            }

            sb.Append(text.Lower(t));
        }

        return sb.ToString();
    }

    /// <summary>Saves the model to a file (gzip-compressed binary).</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Saves the model to a stream (gzip-compressed binary).</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Description);
        WriteTagger(w, Triggers);
        w.Write(Arguments.Count);
        foreach (var (type, tagger) in Arguments.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(type);
            WriteTagger(w, tagger);
        }

        WriteStrings(w, RealisLabels);
        Realis.Write(w);
        w.Write(EntityTypes.Count);
        foreach (var (key, value) in EntityTypes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            w.Write(value);
        }
    }

    /// <summary>Loads a model saved by <see cref="Save(string)"/>.</summary>
    /// <exception cref="EventModelException">The file is missing, is not a ThreatLedger event model, or is damaged.</exception>
    public static EventModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new EventModelException($"Event model '{path}' does not exist; build one with 'threatledger train --corpus train.jsonl --out {path}'.");
        }

        try
        {
            using var file = File.OpenRead(path);
            return Load(file);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            throw new EventModelException($"Event model '{path}' cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Loads a model from a stream.</summary>
    /// <exception cref="InvalidDataException">The stream is not a ThreatLedger event model or is damaged.</exception>
    public static EventModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("not a ThreatLedger event model (bad magic).");
        }

        var version = r.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"model format version {version} is not supported (expected {FormatVersion}); retrain it.");
        }

        var description = r.ReadString();
        var triggers = ReadTagger(r);
        var count = r.ReadInt32();
        var arguments = new Dictionary<string, GreedyTagger>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var type = r.ReadString();
            arguments[type] = ReadTagger(r);
        }

        var realisLabels = ReadStrings(r);
        var realis = AveragedPerceptron.Read(r);
        if (realis.Labels != realisLabels.Length)
        {
            throw new InvalidDataException("realis classifier and labels disagree.");
        }

        var entityCount = r.ReadInt32();
        var entityTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < entityCount; i++)
        {
            entityTypes[r.ReadString()] = r.ReadString();
        }

        return new EventModel(triggers, arguments, realisLabels, realis, entityTypes, description);
    }

    private static void WriteTagger(BinaryWriter w, GreedyTagger tagger)
    {
        WriteStrings(w, tagger.Labels.Classes);
        w.Write(tagger.OutsideBias);
        tagger.Model.Write(w);
    }

    private static GreedyTagger ReadTagger(BinaryReader r)
    {
        var labels = new BioLabels(ReadStrings(r));
        var bias = r.ReadSingle();
        var model = AveragedPerceptron.Read(r);
        if (model.Labels != labels.Count)
        {
            throw new InvalidDataException($"tagger has {model.Labels} labels, expected {labels.Count}.");
        }

        return new GreedyTagger(labels, model) { OutsideBias = bias };
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n < 0 || n > 10_000)
        {
            throw new InvalidDataException($"bad label count {n}.");
        }

        var values = new string[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = r.ReadString();
        }

        return values;
    }
}
