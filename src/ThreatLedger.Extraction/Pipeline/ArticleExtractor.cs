using System.Globalization;
using System.Reflection;
using ThreatLedger.Extraction.Claims;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Indicators;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using ThreatLedger.Extraction.Time;

namespace ThreatLedger.Extraction.Pipeline;

/// <summary>
/// The public entry point of extraction: one <see cref="SourceDocument"/> in, one <see cref="ExtractionDocument"/> out —
/// entities (gazetteers, acronyms, descriptive actors, coreference), indicators, CASIE events (from
/// <see cref="EventExtractor"/>, extended types added where the trigger lexicon finds them), incidents with victims and
/// normalised time, and attribution claims with sources, stance, hedging and confidence. Thread-safe: one instance
/// serves parallel batches (<see cref="ExtractAll"/>).
/// </summary>
public sealed class ArticleExtractor
{
    private static readonly string s_version = "threatledger-extraction/" +
        (typeof(ArticleExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "1.0");

    private readonly EntityRecognizer _entities;
    private readonly IReadOnlyDictionary<string, GazetteerEntry> _places;
    private readonly EventExtractor _events;
    private readonly IndicatorExtractor _indicators = new();
    private readonly TemporalTagger _time = new();
    private readonly ClaimExtractor _claims = new();

    public ArticleExtractor(ArticleExtractorOptions? options = null)
    {
        options ??= new ArticleExtractorOptions();
        _entities = new EntityRecognizer(options.Lexicon);
        _places = options.Lexicon.CountriesByCity;
        _events = options.Events ?? EventExtractor.CreateRuleBased();
    }

    /// <summary>Version string recorded in every output document.</summary>
    public static string Version => s_version;

    /// <summary>Extracts everything from one document.</summary>
    public ExtractionDocument Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var analyzed = AnalyzedText.Analyze(text);
        var entityAnalysis = _entities.Recognize(text, analyzed.Tokens, analyzed.Sentences);
        var events = Events(analyzed, entityAnalysis);
        var times = _time.Tag(text, document.Info.Published);
        var incidentAnalysis = IncidentBuilder.Build(text, entityAnalysis, events, times, _places);
        var claims = _claims.Extract(text, entityAnalysis, incidentAnalysis, document.Info);
        var entities = entityAnalysis.Entities.Concat(IndicatorEntities(text, document.Info.Url, entityAnalysis.Entities.Count)).ToList();
        return new ExtractionDocument
        {
            Document = document.Info,
            Text = text,
            Entities = entities,
            Events = incidentAnalysis.Events,
            Incidents = incidentAnalysis.Incidents,
            Claims = claims,
            ExtractorVersion = s_version,
        };
    }

    /// <summary>
    /// Extracts many documents in parallel, yielding results in input order. At most
    /// <c>4 × maxDegreeOfParallelism</c> documents are in memory at once, so arbitrarily many stream through.
    /// </summary>
    public IEnumerable<ExtractionDocument> ExtractAll(IEnumerable<SourceDocument> documents, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var degree = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        var chunk = new List<SourceDocument>(degree * 4);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            chunk.Add(document);
            if (chunk.Count == degree * 4)
            {
                foreach (var result in Process(chunk, degree, cancellationToken))
                {
                    yield return result;
                }

                chunk.Clear();
            }
        }

        foreach (var result in Process(chunk, degree, cancellationToken))
        {
            yield return result;
        }
    }

    private ExtractionDocument[] Process(List<SourceDocument> chunk, int degree, CancellationToken cancellationToken)
    {
        var results = new ExtractionDocument[chunk.Count];
        Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken }, i => results[i] = Extract(chunk[i]));
        return results;
    }

    /// <summary>
    /// The event extractor's mentions, plus single lexicon triggers of the extended types (Disruption, DDoS, …) it
    /// leaves out, minus triggers inside a name ("Incident" in an agency's name).
    /// </summary>
    private List<Event> Events(AnalyzedText analyzed, EntityAnalysis entities)
    {
        List<Event> found;
        try
        {
            found = _events.Extract(analyzed).ToList();
        }
        catch (ArgumentOutOfRangeException)
        {
            // A defect in span alignment of the event extractor must not lose the document: the trigger lexicon below
            // still finds the extended-type mentions, and entities, indicators and claims are unaffected.
            found = [];
        }

        // When the extractor found nothing (its rules want two mentions of a type), single lexicon mentions of any type
        // still give the incident its event, so a short relayed article counts as a report.
        var onlyExtended = found.Count > 0;
        var taken = new bool[analyzed.Text.Length + 1];
        foreach (var e in found)
        {
            Array.Fill(taken, true, e.Trigger.Start, e.Trigger.End - e.Trigger.Start);
        }

        foreach (var match in _events.Lexicons.Triggers.FindAll(analyzed, includeIncidentOnly: true))
        {
            var start = analyzed.Tokens[match.FirstToken].Start;
            var end = analyzed.Tokens[match.EndToken - 1].End;
            if (match.Strength == PhraseStrength.Weak
                || (onlyExtended && match.Strength == PhraseStrength.Generic)
                || taken.AsSpan(start, end - start).Contains(true))
            {
                continue;
            }

            // Beside the extractor's own mentions, a lone strong phrase of a CASIE type ("hackers had breached its network")
            // still tells the incident builder what was hit, but stays out of CASIE output, whose conventions want two.
            // An incident-only phrase ("left exposed on the internet") is never a CASIE trigger.
            var incidentOnly = (onlyExtended && EventTypes.Casie.Contains(match.Label)) || match.Strength == PhraseStrength.IncidentOnly;

            Array.Fill(taken, true, start, end - start);

            found.Add(new Event
            {
                Id = string.Empty,

                // A lone "cyberattack" says an attack happened, not which kind.
                Type = match.Strength == PhraseStrength.Generic ? EventTypes.Intrusion : match.Label,
                Trigger = new TextSpan(start, end, analyzed.Text[start..end]),
                Confidence = 30,
                Realis = "Actual",
                IncidentOnly = incidentOnly,
            });
        }

        var kept = found
            .Where(e => !entities.MentionsWithin(Math.Max(0, e.Trigger.Start - 200), e.Trigger.End + 200).Any(m => m.How is MentionKind.Name or MentionKind.Acronym
                && m.Kind is not (EntityKinds.Sector or EntityKinds.Malware or EntityKinds.Tool or EntityKinds.System)
                && m.Start <= e.Trigger.Start && e.Trigger.End <= m.End))
            .OrderBy(e => e.Trigger.Start)
            .ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i] = kept[i] with { Id = "v" + (i + 1).ToString(CultureInfo.InvariantCulture) };
        }

        return kept;
    }

    private IEnumerable<Entity> IndicatorEntities(string text, string? url, int existing)
    {
        var next = existing;
        foreach (var group in _indicators.Extract(text, url).GroupBy(i => (i.Type, i.Value)))
        {
            next++;
            var first = group.First();
            var kind = first.Type switch
            {
                IndicatorTypes.Cve => EntityKinds.Vulnerability,
                IndicatorTypes.AttackTechnique => EntityKinds.AttackPattern,
                _ => EntityKinds.Indicator,
            };
            yield return new Entity
            {
                Id = "e" + next.ToString(CultureInfo.InvariantCulture),
                Kind = kind,
                Name = first.Value,
                Aliases = [.. group.Select(g => g.Text).Where(t => t != first.Value).Distinct(StringComparer.Ordinal)],
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["indicator_type"] = first.Type,
                    ["value"] = first.Value,
                    ["defanged"] = group.Any(g => g.Defanged) ? "true" : "false",
                    ["malicious"] = group.Any(g => g.Malicious) ? "true" : "false",
                },
                Mentions = [.. group.Select(g => new TextSpan(g.Start, g.End, g.Text))],
            };
        }
    }
}
