namespace ThreatLedger.Extraction.Learning;

/// <summary>How to train an <see cref="EventModel"/>.</summary>
public sealed record EventTrainingOptions
{
    /// <summary>Passes over the training data for the trigger tagger.</summary>
    public int TriggerEpochs { get; init; } = 12;

    /// <summary>Passes over the training data for the argument taggers.</summary>
    public int ArgumentEpochs { get; init; } = 8;

    /// <summary>Passes over the training data for the realis classifier.</summary>
    public int RealisEpochs { get; init; } = 10;

    /// <summary>A feature gets weights only when it occurs at least this often in the training data.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Seed of the shuffling between epochs (training is deterministic for a given seed).</summary>
    public int Seed { get; init; } = 7;

    /// <summary>Subtracted from the trigger tagger's <c>O</c> score when tagging (raises recall).</summary>
    public float TriggerOutsideBias { get; init; } = 8f;

    /// <summary>Subtracted from the argument taggers' <c>O</c> score when tagging (raises recall).</summary>
    public float ArgumentOutsideBias { get; init; } = 2f;

    /// <summary>Train the trigger tagger as a structured perceptron decoded with Viterbi (otherwise greedy).</summary>
    public bool StructuredTriggers { get; init; } = true;

    /// <summary>Train the argument taggers as structured perceptrons decoded with Viterbi (otherwise greedy).</summary>
    public bool StructuredArguments { get; init; } = true;

    /// <summary>
    /// Train the argument taggers of all event types together (shared weights per feature plus each type's own), then
    /// slice them into one tagger per type; otherwise each type's tagger learns from its own triggers only.
    /// </summary>
    public bool SharedArguments { get; init; } = true;

    /// <summary>
    /// With <see cref="SharedArguments"/>: a type's feature row whose weights are all smaller than this in magnitude
    /// is dropped when the joint model is sliced (on CASIE train: a 10.8 MB instead of a 22 MB model, as fast as
    /// separately trained taggers, scores within the cross-validation noise). Corpora with fewer than
    /// <see cref="SharedArgumentTrainer.PruneFromWindows"/> trigger windows are not pruned.
    /// </summary>
    public float SharedArgumentPruning { get; init; } = 3f;

    /// <summary>Taggers trained per component with different shuffling seeds and averaged into one (1: no ensemble).</summary>
    public int Ensemble { get; init; } = 3;

    /// <summary>Number of coarse word classes learned from the training texts (0: no word classes).</summary>
    public int CoarseClasses { get; init; } = 64;

    /// <summary>Number of fine word classes learned from the training texts (0: no word classes).</summary>
    public int FineClasses { get; init; } = 256;

    /// <summary>Receives progress messages, when set.</summary>
    public Action<string>? Log { get; init; }
}
