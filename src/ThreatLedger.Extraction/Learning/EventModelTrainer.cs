using System.Diagnostics;
using System.Globalization;
using ThreatLedger.Extraction.Casie;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Learning;

/// <summary>Trains an <see cref="EventModel"/> from annotated documents (CASIE JSONL).</summary>
public static class EventModelTrainer
{
    /// <summary>Trains on the documents' gold events.</summary>
    /// <exception cref="ArgumentException">No document carries events.</exception>
    public static EventModel Train(IEnumerable<CasieDocument> documents, EventLexicons lexicons, EventTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(lexicons);
        options ??= new EventTrainingOptions();
        var log = options.Log ?? (_ => { });
        var clock = Stopwatch.StartNew();

        var analysed = documents.Select(doc => (Text: AnalyzedText.Analyze(doc.Source.Text), doc.Events)).ToList();
        if (!analysed.Any(a => a.Events.Count > 0))
        {
            throw new ArgumentException("The training corpus has no annotated events.", nameof(documents));
        }

        var clusters = options.CoarseClasses > 1 && options.FineClasses > 1
            ? WordClusters.Build([.. analysed.Select(a => a.Text)], options.CoarseClasses, options.FineClasses)
            : WordClusters.Empty;
        log($"word classes for {clusters.WordCount} words ({clusters.CoarseCount}/{clusters.FineCount}), {clock.Elapsed.TotalSeconds:F1}s");
        var prepared = analysed.Where(a => a.Events.Count > 0).Select(a => (Info: new TokenInfo(a.Text, lexicons, clusters), a.Events)).ToList();
        log($"analysed {prepared.Count} documents in {clock.Elapsed.TotalSeconds:F1}s");
        var types = prepared.SelectMany(p => p.Events).Select(e => e.Type).Distinct().Order(StringComparer.Ordinal).ToArray();
        var inTriggers = new Dictionary<string, int>(StringComparer.Ordinal);
        var everywhere = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (info, events) in prepared)
        {
            for (var t = 0; t < info.Text.Tokens.Count; t++)
            {
                everywhere[info.Text.Lower(t)] = everywhere.GetValueOrDefault(info.Text.Lower(t)) + 1;
            }

            foreach (var e in events)
            {
                if (TokenAlignment.Tokens(info.Text, e.Trigger.Start, e.Trigger.End) is { } range)
                {
                    for (var t = range.First; t < range.End; t++)
                    {
                        inTriggers[info.Text.Lower(t)] = inTriggers.GetValueOrDefault(info.Text.Lower(t)) + 1;
                    }
                }
            }
        }

        var vocabulary = new HashSet<string>(inTriggers.Keys, StringComparer.Ordinal);
        var heads = new HashSet<string>(inTriggers.Where(p => p.Value >= 0.02 * everywhere[p.Key]).Select(p => p.Key), StringComparer.Ordinal);
        var triggers = TrainTriggers(prepared, types, vocabulary, heads, options, log);
        log($"trigger tagger: {triggers.Model.FeatureCount} features, {clock.Elapsed.TotalSeconds:F1}s");

        var arguments = new Dictionary<string, BioTagger>(StringComparer.Ordinal);
        if (options.SharedArguments)
        {
            var taggers = TrainSharedArguments(prepared, types, options);
            for (var i = 0; i < types.Length; i++)
            {
                arguments[types[i]] = taggers[i];
                log($"argument tagger {types[i]} (trained with the other types): {taggers[i].Labels.Classes.Count} roles, {taggers[i].Model.FeatureCount} features, {clock.Elapsed.TotalSeconds:F1}s");
            }
        }
        else
        {
            foreach (var type in types)
            {
                arguments[type] = TrainArguments(prepared, type, options);
                log($"argument tagger {type}: {arguments[type].Labels.Classes.Count} roles, {arguments[type].Model.FeatureCount} features, {clock.Elapsed.TotalSeconds:F1}s");
            }
        }

        var (realisLabels, realis) = TrainRealis(prepared, options);
        log($"realis classifier: {realis.FeatureCount} features, {clock.Elapsed.TotalSeconds:F1}s");

        var entityTypes = prepared.SelectMany(p => p.Events)
            .SelectMany(e => e.Arguments.Where(a => a.EntityType is not null).Select(a => (Key: e.Type + "/" + a.Role, Value: a.EntityType!)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Value, StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{prepared.Count} documents, {prepared.Sum(p => p.Events.Count)} events; epochs trigger {options.TriggerEpochs}, argument {options.ArgumentEpochs}, realis {options.RealisEpochs}; seed {options.Seed}, ensemble {options.Ensemble}, shared argument taggers {options.SharedArguments}; word classes {clusters.CoarseCount}/{clusters.FineCount}");
        return new EventModel(triggers, arguments, realisLabels, realis, entityTypes, vocabulary, heads, clusters, description);
    }

    private static BioTagger TrainTriggers(List<(TokenInfo Info, IReadOnlyList<Event> Events)> prepared, string[] types, HashSet<string> vocabulary, HashSet<string> heads, EventTrainingOptions options, Action<string> log)
    {
        var labels = new BioLabels(types);
        var typeIndex = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var raw = new List<(ulong[][] Features, ulong[] Words, int[] Gold, bool[] Candidates)>();
        var counts = new Dictionary<ulong, int>();
        var misaligned = 0;
        foreach (var (info, events) in prepared)
        {
            var text = info.Text;
            var gold = new int[text.Tokens.Count];
            foreach (var e in events)
            {
                if (TokenAlignment.Tokens(text, e.Trigger.Start, e.Trigger.End) is not { } range || !typeIndex.TryGetValue(e.Type, out var cls))
                {
                    continue;
                }

                var (cs, ce) = TokenAlignment.Characters(text, range.First, range.End);
                misaligned += cs != e.Trigger.Start || ce != e.Trigger.End ? 1 : 0;
                gold[range.First] = BioLabels.Begin(cls);
                for (var t = range.First + 1; t < range.End; t++)
                {
                    gold[t] = BioLabels.Inside(cls);
                }
            }

            foreach (var sentence in text.Sentences)
            {
                var n = sentence.TokenCount;
                var features = new ulong[n][];
                var words = new ulong[n];
                var candidates = EventModel.TriggerCandidates(vocabulary, heads, info, sentence.FirstToken, sentence.EndToken);
                for (var k = 0; k < n; k++)
                {
                    var t = sentence.FirstToken + k;
                    features[k] = candidates[k] ? TriggerFeatures.For(info, t) : [];
                    words[k] = candidates[k] ? TriggerFeatures.WordKey(info, t) : 0;
                    Count(counts, features[k]);
                }

                raw.Add((features, words, gold[sentence.FirstToken..sentence.EndToken], candidates));
            }
        }

        log($"trigger spans not on token boundaries: {misaligned}");
        var tagger = TrainEnsemble(labels, options.StructuredTriggers, options.TriggerEpochs, options, model => raw.Select(r => new BioTagger.TrainingSequence(
            [.. r.Features.Select(f => BioTagger.RowsFor(model, f, counts, options.MinFeatureCount))], r.Words, r.Gold, r.Candidates)).ToList());
        tagger.OutsideBias = options.TriggerOutsideBias;
        return tagger;
    }

    private static string[] RolesOf(List<(TokenInfo Info, IReadOnlyList<Event> Events)> prepared, string type) =>
        prepared.SelectMany(p => p.Events).Where(e => e.Type == type).SelectMany(e => e.Arguments).Select(a => a.Role)
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    private static BioTagger TrainArguments(List<(TokenInfo Info, IReadOnlyList<Event> Events)> prepared, string type, EventTrainingOptions options)
    {
        var roles = RolesOf(prepared, type);
        var labels = new BioLabels(roles);
        var raw = new List<(ulong[][] Features, ulong[] Words, int[] Gold)>();
        var counts = new Dictionary<ulong, int>();
        foreach (var (features, words, gold) in ArgumentWindows(prepared, type, labels))
        {
            foreach (var f in features)
            {
                Count(counts, f);
            }

            raw.Add((features, words, gold));
        }

        var tagger = TrainEnsemble(labels, options.StructuredArguments, options.ArgumentEpochs, options, model => raw.Select(r => new BioTagger.TrainingSequence(
            [.. r.Features.Select(f => BioTagger.RowsFor(model, f, counts, options.MinFeatureCount))], r.Words, r.Gold)).ToList());
        tagger.OutsideBias = options.ArgumentOutsideBias;
        return tagger;
    }

    private static BioTagger[] TrainSharedArguments(List<(TokenInfo Info, IReadOnlyList<Event> Events)> prepared, string[] types, EventTrainingOptions options)
    {
        var typeRoles = types.Select(type => RolesOf(prepared, type)).ToArray();
        var joint = new BioLabels([.. typeRoles.SelectMany(r => r).Distinct().Order(StringComparer.Ordinal)]);
        var windows = new List<SharedArgumentTrainer.Window>();
        for (var i = 0; i < types.Length; i++)
        {
            foreach (var (features, _, gold) in ArgumentWindows(prepared, types[i], joint))
            {
                windows.Add(new SharedArgumentTrainer.Window(i, features, gold));
            }
        }

        var taggers = SharedArgumentTrainer.Train(typeRoles, joint, windows, options.ArgumentEpochs, options.Ensemble, options.Seed, options.MinFeatureCount, options.SharedArgumentPruning);
        foreach (var tagger in taggers)
        {
            tagger.OutsideBias = options.ArgumentOutsideBias;
        }

        return taggers;
    }

    /// <summary>The argument windows of a type's triggers: each token's features, word keys and gold labels over <paramref name="labels"/>.</summary>
    private static IEnumerable<(ulong[][] Features, ulong[] Words, int[] Gold)> ArgumentWindows(List<(TokenInfo Info, IReadOnlyList<Event> Events)> prepared, string type, BioLabels labels)
    {
        var roleIndex = labels.Classes.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        foreach (var (info, events) in prepared)
        {
            var text = info.Text;
            foreach (var e in events)
            {
                if (e.Type != type || TokenAlignment.Tokens(text, e.Trigger.Start, e.Trigger.End) is not { } trigger)
                {
                    continue;
                }

                var (start, end) = ArgumentWindow.For(text, trigger.First, trigger.End);
                var gold = new int[end - start];

                // The scorer ignores which mention of a hopper an argument hangs on, so every mention learns the
                // arguments of its whole hopper that lie in its window.
                foreach (var other in events)
                {
                    if (other.Type != type || other.Hopper != e.Hopper)
                    {
                        continue;
                    }

                    foreach (var a in other.Arguments)
                    {
                        if (TokenAlignment.Tokens(text, a.Span.Start, a.Span.End) is not { } span || span.First < start || span.End > end
                            || (span.First < trigger.End && span.End > trigger.First))
                        {
                            continue;
                        }

                        var free = true;
                        for (var t = span.First; t < span.End; t++)
                        {
                            free &= gold[t - start] == 0;
                        }

                        if (!free)
                        {
                            continue;
                        }

                        var cls = roleIndex[a.Role];
                        gold[span.First - start] = BioLabels.Begin(cls);
                        for (var t = span.First + 1; t < span.End; t++)
                        {
                            gold[t - start] = BioLabels.Inside(cls);
                        }
                    }
                }

                var triggerText = EventModel.TriggerText(text, trigger.First, trigger.End);
                var features = new ulong[end - start][];
                var words = new ulong[end - start];
                for (var k = 0; k < features.Length; k++)
                {
                    features[k] = ArgumentFeatures.For(info, start + k, trigger.First, trigger.End, triggerText, start, end);
                    words[k] = ArgumentFeatures.WordKey(info, start + k);
                }

                yield return (features, words, gold);
            }
        }
    }

    private static (string[] Labels, AveragedPerceptron Model) TrainRealis(List<(TokenInfo Info, IReadOnlyList<Event> Events)> prepared, EventTrainingOptions options)
    {
        var labels = prepared.SelectMany(p => p.Events).Select(e => e.Realis).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            labels = [.. labels, .. new[] { "Actual", "Other", "Generic" }.Except(labels)];
        }

        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var raw = new List<(ulong[] Features, int Gold)>();
        var counts = new Dictionary<ulong, int>();
        foreach (var (info, events) in prepared)
        {
            foreach (var e in events)
            {
                if (TokenAlignment.Tokens(info.Text, e.Trigger.Start, e.Trigger.End) is not { } trigger)
                {
                    continue;
                }

                var sentence = info.Text.Sentences[info.Text.SentenceOf(trigger.First)];
                var features = RealisFeatures.For(info, trigger.First, trigger.End, e.Type, sentence.FirstToken, sentence.EndToken);
                Count(counts, features);
                raw.Add((features, index[e.Realis]));
            }
        }

        var model = new AveragedPerceptron(labels.Length);
        var instances = raw.Select(r => (Rows: BioTagger.RowsFor(model, r.Features, counts, options.MinFeatureCount), r.Gold)).ToList();
        var order = Enumerable.Range(0, instances.Count).ToArray();
        var random = new Random(options.Seed);
        Span<float> scores = stackalloc float[labels.Length];
        for (var epoch = 0; epoch < options.RealisEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                scores.Clear();
                model.AddScores(instances[i].Rows, scores);
                model.Update(instances[i].Rows, instances[i].Gold, AveragedPerceptron.ArgMax(scores, []));
                model.Tick();
            }
        }

        model.Average();
        return (labels, model);
    }

    /// <summary>
    /// Trains <see cref="EventTrainingOptions.Ensemble"/> taggers that differ only in the seed of their shuffling and
    /// folds them into one tagger with the mean weights (as fast to apply as one, less dependent on the order).
    /// </summary>
    private static BioTagger TrainEnsemble(BioLabels labels, bool structured, int epochs, EventTrainingOptions options, Func<AveragedPerceptron, List<BioTagger.TrainingSequence>> prepare)
    {
        var models = new List<AveragedPerceptron>();
        for (var member = 0; member < Math.Max(1, options.Ensemble); member++)
        {
            var model = new AveragedPerceptron(labels.Count);
            var tagger = new BioTagger(labels, model) { Structured = structured };
            Train(tagger, prepare(model), epochs, options.Seed + (member * 7919));
            models.Add(model);
        }

        return new BioTagger(labels, AveragedPerceptron.Mean(models)) { Structured = structured };
    }

    private static void Train(BioTagger tagger, List<BioTagger.TrainingSequence> sequences, int epochs, int seed)
    {
        var order = Enumerable.Range(0, sequences.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            if (tagger.Structured)
            {
                tagger.TrainEpochStructured(sequences, order);
            }
            else
            {
                tagger.TrainEpoch(sequences, order);
            }
        }

        tagger.Model.Average();
    }

    private static void Count(Dictionary<ulong, int> counts, ulong[] features)
    {
        foreach (var f in features)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, f, out _)++;
        }
    }
}
