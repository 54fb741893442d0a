using System.Globalization;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Events;

/// <summary>
/// Finds cyber-security events in a document: their type (the CASIE types Databreach, Phishing, Ransom, Discover,
/// Patch, and extensions such as DDoS or Wiper), realis, trigger span, arguments with CASIE role names, and hopper.
/// With a trained <see cref="EventModel"/> the CASIE types come from learned taggers; without one (or for the
/// extension types) trigger lexicons and argument patterns are used. Thread-safe: one instance can serve many
/// documents in parallel. Argument entity ids and event times are left for the entity linker to fill.
/// </summary>
public sealed class EventExtractor
{
    private readonly EventModel? _model;

    private EventExtractor(EventLexicons lexicons, EventModel? model)
    {
        Lexicons = lexicons;
        _model = model;
    }

    /// <summary>The lexicons in use.</summary>
    public EventLexicons Lexicons { get; }

    /// <summary>Whether a trained model is in use (otherwise only rules run).</summary>
    public bool IsLearned => _model is not null;

    /// <summary>Description of the model ("rule-based" without one), for provenance.</summary>
    public string Description => _model is null ? "rule-based" : "learned: " + _model.Description;

    /// <summary>A rule-based extractor: built-in lexicons plus those under <c>&lt;lexiconDirectory&gt;/events</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">The lexicon directory does not exist.</exception>
    public static EventExtractor CreateRuleBased(string? lexiconDirectory = null) => new(EventLexicons.Load(lexiconDirectory), null);

    /// <summary>An extractor that uses a model trained with <c>threatledger train</c>.</summary>
    /// <exception cref="EventModelException">The model file is missing or cannot be read.</exception>
    /// <exception cref="DirectoryNotFoundException">The lexicon directory does not exist.</exception>
    public static EventExtractor Load(string modelPath, string? lexiconDirectory = null) =>
        new(EventLexicons.Load(lexiconDirectory), EventModel.Load(modelPath));

    /// <summary>An extractor over an already loaded or freshly trained model.</summary>
    public static EventExtractor FromModel(EventModel model, EventLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lexicons);
        return new EventExtractor(lexicons, model);
    }

    /// <summary>Extracts the events of a document.</summary>
    public IReadOnlyList<Event> Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(AnalyzedText.Analyze(document.Text));
    }

    /// <summary>Extracts the events of an already analysed text (share the analysis with other extractors).</summary>
    public IReadOnlyList<Event> Extract(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Tokens.Count == 0)
        {
            return [];
        }

        var info = new TokenInfo(text, Lexicons);
        var found = new List<(DetectedTrigger Trigger, string Realis, List<DetectedArgument> Arguments, int Confidence)>();
        if (_model is not null)
        {
            var argumentScores = new Dictionary<string, (float[], bool[])>(StringComparer.Ordinal);
            foreach (var trigger in _model.FindTriggers(info))
            {
                found.Add((trigger, _model.PredictRealis(info, trigger), _model.FindArguments(info, trigger, argumentScores), 70));
            }
        }

        foreach (var trigger in RuleTriggers(info))
        {
            if (found.Any(f => f.Trigger.FirstToken < trigger.EndToken && f.Trigger.EndToken > trigger.FirstToken))
            {
                continue;
            }

            found.Add((trigger, RealisRules.Classify(info, trigger.FirstToken, trigger.EndToken), ArgumentRules.Find(info, trigger), 40));
        }

        found.Sort((a, b) => a.Trigger.FirstToken.CompareTo(b.Trigger.FirstToken));
        var hoppers = new Dictionary<string, int>(StringComparer.Ordinal);
        var events = new List<Event>(found.Count);
        foreach (var (trigger, realis, arguments, confidence) in found)
        {
            if (!hoppers.TryGetValue(trigger.Type, out var hopper))
            {
                hopper = hoppers.Count;
                hoppers.Add(trigger.Type, hopper);
            }

            events.Add(new Event
            {
                Id = "v" + (events.Count + 1).ToString(CultureInfo.InvariantCulture),
                Type = trigger.Type,
                Realis = realis,
                Trigger = Span(text, trigger.FirstToken, trigger.EndToken),
                Arguments = [.. arguments
                    .DistinctBy(a => (a.FirstToken, a.EndToken, a.Role))
                    .OrderBy(a => a.FirstToken)
                    .Select(a => new EventArgument { Role = a.Role, Span = Span(text, a.FirstToken, a.EndToken), EntityType = EntityTypeOf(trigger.Type, a.Role) })],
                Hopper = hopper,
                Confidence = confidence,
            });
        }

        return events;
    }

    /// <summary>
    /// Lexicon triggers the rules report: without a model all of them whose type is supported by at least two
    /// phrases in the document; with a model only the extension types the model does not know.
    /// </summary>
    private IEnumerable<DetectedTrigger> RuleTriggers(TokenInfo info)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in info.TriggerMatches)
        {
            counts[m.Label] = counts.GetValueOrDefault(m.Label) + 1;
        }

        foreach (var m in info.TriggerMatches)
        {
            var learnedType = _model is not null && _model.EventTypes.Contains(m.Label);
            if (learnedType || (_model is null && counts[m.Label] < 2))
            {
                continue;
            }

            yield return new DetectedTrigger(m.FirstToken, m.EndToken, m.Label);
        }
    }

    private string? EntityTypeOf(string type, string role) =>
        _model is not null && _model.EntityTypes.TryGetValue(type + "/" + role, out var entityType)
            ? entityType
            : DefaultEntityTypes.For(role);

    private static TextSpan Span(AnalyzedText text, int first, int end)
    {
        var (start, stop) = TokenAlignment.Characters(text, first, end);
        return new TextSpan(start, stop, text.Text[start..stop]);
    }
}
