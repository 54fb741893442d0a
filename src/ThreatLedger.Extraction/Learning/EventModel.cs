using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
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
    private const int FormatVersion = 5;

    internal EventModel(
        BioTagger triggers,
        IReadOnlyDictionary<string, BioTagger> arguments,
        IReadOnlyList<string> realisLabels,
        AveragedPerceptron realis,
        IReadOnlyDictionary<string, string> entityTypes,
        IReadOnlySet<string> triggerVocabulary,
        IReadOnlySet<string> triggerHeads,
        WordClusters clusters,
        string description)
    {
        Clusters = clusters;
        TriggerVocabulary = triggerVocabulary;
        TriggerHeads = triggerHeads;
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

    internal BioTagger Triggers { get; }

    /// <summary>Lower-cased words seen inside training triggers: only they (and lexicon hits) are scored as trigger tokens.</summary>
    internal IReadOnlySet<string> TriggerVocabulary { get; }

    /// <summary>Trigger words that are often (≥ 2 % of their occurrences) part of a trigger; others are scored only near one of these.</summary>
    internal IReadOnlySet<string> TriggerHeads { get; }

    internal IReadOnlyDictionary<string, BioTagger> Arguments { get; }

    /// <summary>Word classes learned from the training texts, used as features by every tagger.</summary>
    internal WordClusters Clusters { get; }

    internal IReadOnlyList<string> RealisLabels { get; }

    internal AveragedPerceptron Realis { get; }

    /// <summary>Most frequent CASIE entity type per "EventType/Role" in the training data.</summary>
    internal IReadOnlyDictionary<string, string> EntityTypes { get; }

    internal List<DetectedTrigger> FindTriggers(TokenInfo info)
    {
        var result = new List<DetectedTrigger>();
        var text = info.Text;
        var l = Triggers.Labels.Count;
        var scratch = new List<ulong>(64);
        foreach (var sentence in text.Sentences)
        {
            var n = sentence.TokenCount;
            var candidates = TriggerCandidates(TriggerVocabulary, TriggerHeads, info, sentence.FirstToken, sentence.EndToken);
            if (Array.IndexOf(candidates, true) < 0)
            {
                continue;
            }

            var emissions = new float[n * l];
            var words = new ulong[n];
            for (var k = 0; k < n; k++)
            {
                if (!candidates[k])
                {
                    continue;
                }

                var t = sentence.FirstToken + k;
                scratch.Clear();
                TriggerFeatures.AddFor(scratch, info, t);
                Triggers.ScoreInto(scratch, emissions.AsSpan(k * l, l));
                words[k] = TriggerFeatures.WordKey(info, t);
            }

            var labels = Triggers.TagEmissions(emissions, n, words, candidates);
            foreach (var (start, end, cls) in BioLabels.Decode(labels))
            {
                result.Add(new DetectedTrigger(sentence.FirstToken + start, sentence.FirstToken + end, Triggers.Labels.Classes[cls]));
            }
        }

        return result;
    }

    /// <summary>
    /// The arguments of a trigger. <paramref name="staticScores"/> caches, per event type, the scores of each token's
    /// trigger-independent features for the document (filled on demand, reused by every trigger of that type) and a
    /// memo of the type's feature rows for the trigger-relative features.
    /// </summary>
    internal List<DetectedArgument> FindArguments(TokenInfo info, DetectedTrigger trigger, Dictionary<string, (float[] Scores, bool[] Done, FeatureRowMemo Memo)> staticScores)
    {
        var result = new List<DetectedArgument>();
        if (!Arguments.TryGetValue(trigger.Type, out var tagger))
        {
            return result;
        }

        var labelCount = tagger.Labels.Count;
        if (!staticScores.TryGetValue(trigger.Type, out var cache))
        {
            // Rented (a long document's table is large-object-heap sized); ReturnStaticScores gives them back.
            var tokens = info.Text.Tokens.Count;
            cache = (ArrayPool<float>.Shared.Rent(tokens * labelCount), ArrayPool<bool>.Shared.Rent(tokens), new FeatureRowMemo(tagger.Model));
            Array.Clear(cache.Done, 0, tokens);
            staticScores.Add(trigger.Type, cache);
        }

        var (start, end) = ArgumentWindow.For(info.Text, trigger.FirstToken, trigger.EndToken);
        var triggerText = TriggerText(info.Text, trigger.FirstToken, trigger.EndToken);
        var n = end - start;
        var words = new ulong[n];
        var emissions = new float[n * labelCount];
        var scratch = new List<ulong>(32);
        for (var k = 0; k < n; k++)
        {
            var t = start + k;
            if (!cache.Done[t])
            {
                scratch.Clear();
                ArgumentFeatures.AddStatic(scratch, info, t);
                var scores = cache.Scores.AsSpan(t * labelCount, labelCount);
                scores.Clear();
                tagger.ScoreInto(scratch, scores);
                cache.Done[t] = true;
            }

            var row = emissions.AsSpan(k * labelCount, labelCount);
            cache.Scores.AsSpan(t * labelCount, labelCount).CopyTo(row);
            scratch.Clear();
            ArgumentFeatures.AddRelative(scratch, info, t, trigger.FirstToken, trigger.EndToken, triggerText, start, end);
            cache.Memo.Score(CollectionsMarshal.AsSpan(scratch), row);
            words[k] = ArgumentFeatures.WordKey(info, t);
        }

        var labels = tagger.TagEmissions(emissions, n, words, null);
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

    /// <summary>Returns the tables <see cref="FindArguments"/> rented for a document and empties the cache.</summary>
    internal static void ReturnStaticScores(Dictionary<string, (float[] Scores, bool[] Done, FeatureRowMemo Memo)> staticScores)
    {
        foreach (var (scores, done, _) in staticScores.Values)
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<bool>.Shared.Return(done);
        }

        staticScores.Clear();
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

    /// <summary>
    /// Which tokens of <c>[start, end)</c> can be part of a trigger: lexicon hits, frequent trigger words, and other
    /// words seen in triggers ("the", "could", "be") within three tokens of one of those. The others are tagged
    /// <c>O</c> without scoring, which keeps tagging fast.
    /// </summary>
    internal static bool[] TriggerCandidates(IReadOnlySet<string> vocabulary, IReadOnlySet<string> heads, TokenInfo info, int start, int end)
    {
        const int Reach = 3;
        var n = end - start;
        var strong = new bool[n];
        for (var k = 0; k < n; k++)
        {
            strong[k] = info.TriggerLabels[start + k] is not null || heads.Contains(info.Text.Lower(start + k));
        }

        var candidates = new bool[n];
        for (var k = 0; k < n; k++)
        {
            if (strong[k])
            {
                candidates[k] = true;
                continue;
            }

            if (!vocabulary.Contains(info.Text.Lower(start + k)))
            {
                continue;
            }

            for (var j = Math.Max(0, k - Reach); j <= Math.Min(n - 1, k + Reach) && !candidates[k]; j++)
            {
                candidates[k] = strong[j];
            }
        }

        return candidates;
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

    /// <summary>
    /// Saves the model to a file (gzip-compressed binary): written beside it under a temporary name and moved into
    /// place when complete, so a failure or a kill never leaves a half-written model where a good one was.
    /// </summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temporary = path + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (var file = File.Create(temporary))
            {
                Save(file);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write the model to {path}: {ex.Message}", ex);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
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

        WriteStrings(w, [.. TriggerVocabulary.Order(StringComparer.Ordinal)]);
        WriteStrings(w, [.. TriggerHeads.Order(StringComparer.Ordinal)]);
        Clusters.Write(w);
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
        // BinaryReader reads a weight row field by field; buffering saves a trip into the inflater per byte.
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
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
        var arguments = new Dictionary<string, BioTagger>(StringComparer.Ordinal);
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

        var vocabulary = new HashSet<string>(ReadStrings(r, 1_000_000), StringComparer.Ordinal);
        var heads = new HashSet<string>(ReadStrings(r, 1_000_000), StringComparer.Ordinal);
        var clusters = WordClusters.Read(r);
        return new EventModel(triggers, arguments, realisLabels, realis, entityTypes, vocabulary, heads, clusters, description);
    }

    private static void WriteTagger(BinaryWriter w, BioTagger tagger)
    {
        WriteStrings(w, tagger.Labels.Classes);
        w.Write(tagger.OutsideBias);
        w.Write(tagger.Structured);
        tagger.Model.Write(w);
    }

    private static BioTagger ReadTagger(BinaryReader r)
    {
        var labels = new BioLabels(ReadStrings(r));
        var bias = r.ReadSingle();
        var structured = r.ReadBoolean();
        var model = AveragedPerceptron.Read(r);
        if (model.Labels != labels.Count)
        {
            throw new InvalidDataException($"tagger has {model.Labels} labels, expected {labels.Count}.");
        }

        return new BioTagger(labels, model) { OutsideBias = bias, Structured = structured };
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    private static string[] ReadStrings(BinaryReader r, int max = 10_000)
    {
        var n = r.ReadInt32();
        if (n < 0 || n > max)
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
