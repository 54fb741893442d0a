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

    /// <summary>
    /// The confidence of a rule trigger found beside a learned model for the incident builder only
    /// (<see cref="Event.IncidentOnly"/>): below every learned or lexicon trigger.
    /// </summary>
    public const int IncidentOnlyConfidence = 30;

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

        var info = new TokenInfo(text, Lexicons, _model?.Clusters);
        var found = new List<(DetectedTrigger Trigger, string Realis, List<DetectedArgument> Arguments, int Confidence, bool IncidentOnly)>();
        if (_model is not null)
        {
            var argumentScores = new Dictionary<string, (float[], bool[], FeatureRowMemo)>(StringComparer.Ordinal);
            try
            {
                foreach (var trigger in _model.FindTriggers(info))
                {
                    found.Add((trigger, _model.PredictRealis(info, trigger), _model.FindArguments(info, trigger, argumentScores), 70, false));
                }
            }
            finally
            {
                EventModel.ReturnStaticScores(argumentScores);
            }
        }

        foreach (var (trigger, incidentOnly) in RuleTriggers(info))
        {
            if (found.Any(f => f.Trigger.FirstToken < trigger.EndToken && f.Trigger.EndToken > trigger.FirstToken))
            {
                continue;
            }

            found.Add((trigger, RealisRules.Classify(info, trigger.FirstToken, trigger.EndToken), ArgumentRules.Find(info, trigger),
                incidentOnly ? IncidentOnlyConfidence : 40, incidentOnly));
        }

        found.Sort((a, b) => a.Trigger.FirstToken.CompareTo(b.Trigger.FirstToken));
        var hoppers = new Dictionary<string, int>(StringComparer.Ordinal);
        var events = new List<Event>(found.Count);
        foreach (var (trigger, realis, arguments, confidence, incidentOnly) in found)
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
                IncidentOnly = incidentOnly,
            });
        }

        return events;
    }

    /// <summary>Words after a generic mention ("incident", "attack") that make it part of a compound naming a trade or a plan.</summary>
    private static readonly HashSet<string> s_notAttackAfter = new(StringComparer.Ordinal)
    {
        "response", "responder", "responders", "handling", "handlers", "management", "readiness", "preparedness", "simulation", "simulations",
        "surface", "surfaces",
    };

    /// <summary>
    /// Lexicon triggers the rules report. Without a model: strong and weak phrases of every type the document
    /// supports (a strong phrase of the type and a second phrase of the type, or of a generic attack for attack types), and generic phrases ("the
    /// attack") typed by the nearest supported type in their sentence, else the document's dominant type, else
    /// <see cref="EventTypes.Intrusion"/> when the document names an attack more than once. With a model the same
    /// triggers are found, but those of the model's CASIE types and the generic mentions are for the incident builder
    /// only (<see cref="Event.IncidentOnly"/>: CASIE output leaves them out), and the model's own triggers win
    /// where they overlap.
    /// </summary>
    private IEnumerable<(DetectedTrigger Trigger, bool IncidentOnly)> RuleTriggers(TokenInfo info)
    {
        var strong = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = new Dictionary<string, int>(StringComparer.Ordinal);
        var generic = 0;
        foreach (var m in info.TriggerMatches)
        {
            if (m.Strength == PhraseStrength.Generic)
            {
                generic++;
                continue;
            }

            all[m.Label] = all.GetValueOrDefault(m.Label) + 1;
            if (m.Strength == PhraseStrength.Strong)
            {
                strong[m.Label] = strong.GetValueOrDefault(m.Label) + 1;
            }
        }

        // A generic attack mention corroborates an attack type, not the discovery or patching of a vulnerability.
        bool Supported(string type) => strong.GetValueOrDefault(type) > 0
            && all.GetValueOrDefault(type) + (IsAttackType(type) ? generic : 0) >= 2;

        var dominant = strong.Keys
            .Where(t => Supported(t) && IsAttackType(t))
            .OrderByDescending(t => all[t])
            .ThenByDescending(t => strong[t])
            .ThenBy(t => info.TriggerMatches.FindIndex(m => m.Label == t && m.Strength == PhraseStrength.Strong))
            .FirstOrDefault();
        // Typed attack phrases per sentence, for the generic mentions to take their type from.
        var typedBySentence = info.TriggerMatches
            .Where(o => o.Strength != PhraseStrength.Generic && IsAttackType(o.Label) && Supported(o.Label))
            .ToLookup(o => info.Text.SentenceOf(o.FirstToken));
        foreach (var m in info.TriggerMatches)
        {
            if (m.Strength != PhraseStrength.Generic)
            {
                if (Supported(m.Label))
                {
                    yield return (new DetectedTrigger(m.FirstToken, m.EndToken, m.Label), _model is not null && _model.EventTypes.Contains(m.Label));
                }

                continue;
            }

            if (m.EndToken < info.Text.Tokens.Count && s_notAttackAfter.Contains(info.Text.Lower(m.EndToken)))
            {
                // "an incident response firm", "the incident handling team": a trade, not an attack.
                continue;
            }

            var sentence = info.Text.SentenceOf(m.FirstToken);
            var nearest = typedBySentence[sentence]
                .OrderBy(o => Math.Abs(o.FirstToken - m.FirstToken))
                .Select(o => o.Label)
                .FirstOrDefault();
            // "A DDoS attack knocked its website offline. A hacktivist group claimed the attack": with no typed mention in its
            // own sentence, a definite mention takes the type of the last one in the sentence before, in the same paragraph.
            nearest ??= Definite(info, m.FirstToken) && sentence > 0 && SameParagraph(info, sentence - 1, sentence)
                ? typedBySentence[sentence - 1].OrderBy(o => o.FirstToken).Select(o => o.Label).LastOrDefault()
                : null;
            var type = nearest ?? (MentionsPersonalData(info, sentence) ? EventTypes.Databreach : null) ?? dominant ?? (generic >= 2 ? EventTypes.Intrusion : null);
            if (type is not null)
            {
                yield return (new DetectedTrigger(m.FirstToken, m.EndToken, type), _model is not null);
            }
        }
    }

    /// <summary>Whether a mention opens with "the" or "this" ("the attack", "this breach").</summary>
    private static bool Definite(TokenInfo info, int token) => info.Text.Lower(token) is "the" or "this"
        || (token > 0 && info.Text.Lower(token - 1) is "the" or "this");

    /// <summary>Whether no blank line stands between two sentences.</summary>
    private static bool SameParagraph(TokenInfo info, int earlier, int later)
    {
        var from = info.Text.Tokens[info.Text.Sentences[earlier].EndToken - 1].End;
        var to = info.Text.Tokens[info.Text.Sentences[later].FirstToken].Start;
        return !info.Text.Text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);
    }

        /// <summary>Whether a sentence names personal data ("the personal data ... was compromised" reports a breach).</summary>
    private static bool MentionsPersonalData(TokenInfo info, int sentence)
    {
        var span = info.Text.Sentences[sentence];
        for (var t = span.FirstToken; t < span.EndToken; t++)
        {
            if (info.CueLabels[t] is { } cue && cue.EndsWith(CueClasses.PersonalData, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Types a generic attack mention can take: not the discovery or patching of a vulnerability.</summary>
    private static bool IsAttackType(string type) => type is not (EventTypes.Discover or EventTypes.Patch);

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
