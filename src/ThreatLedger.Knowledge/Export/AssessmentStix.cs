using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ThreatLedger.Extraction.Stix;
using ThreatLedger.Knowledge.Assessment;
using ThreatLedger.Knowledge.Queries;
using ThreatLedger.Knowledge.Resolution;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Stix;
using ThreatLedger.Stix.Objects;
using EventTime = ThreatLedger.Extraction.Model.EventTime;

namespace ThreatLedger.Knowledge.Export;

/// <summary>
/// The knowledge base's own conclusions as STIX 2.1, beside the objects each report brought: per merged incident an
/// <c>incident</c> created by the knowledge base, <c>derived-from</c> the incidents of the articles it was merged from,
/// <c>targets</c> its resolved victim, and one <c>attributed-to</c> relationship per asserted hypothesis whose
/// <c>confidence</c> is the assessed probability (the <see cref="AssessmentExtension"/> adds the ICD 203 words and the
/// independent sources for and against). Ids and timestamps derive from the store, so exporting twice gives the same
/// objects, and a new report makes a new version (same id, later <c>modified</c>). Each object carries the markings of
/// the reports it rests on (the strictest TLP among them), so the assessment of a TLP:RED report is itself TLP:RED.
/// </summary>
internal static class AssessmentStix
{
    private const int IdsPerQuery = 400;

    // The fixed created of objects shared across reports, as the extraction's mapping gives them (§3.6: one created per id).
    private static readonly StixTimestamp s_sharedCreated = StixTimestamp.Parse("2020-01-01T00:00:00.000Z");

    public static async Task<IReadOnlyList<StixObject>> BuildAsync(KnowledgeSnapshot snapshot, IReadOnlyList<IncidentBoard> boards, IStixObjectStore store, CancellationToken ct)
    {
        var reportsByIncident = snapshot.Reports.ToLookup(r => r.IncidentSeq);
        var plans = boards.Select(b => Plan.Of(snapshot, b, reportsByIncident[b.Incident.Id])).ToList();
        var wanted = new HashSet<string>(StringComparer.Ordinal)
        {
            ClaimExtension.CreatorId.ToString(), ClaimExtension.Id.ToString(), AssessmentExtension.KnowledgeBaseId.ToString(), AssessmentExtension.Id.ToString(),
        };
        foreach (var plan in plans)
        {
            wanted.UnionWith(plan.Reports.SelectMany(r => new[] { r.ArticleIncident.ToString(), r.ArticleReport.ToString() }));
            wanted.UnionWith(plan.VictimCandidates.Select(v => v.ToString()));
            wanted.UnionWith(plan.Board.Hypotheses.Select(h => Target(snapshot, h.Key, h.Label).Id.ToString()));
        }

        var stored = (await LatestAsync(store, wanted, ct).ConfigureAwait(false)).ToDictionary(p => p.Key, p => p.Value.MarkingRefs, StringComparer.Ordinal);
        var objects = new List<StixObject>();
        var emitted = new HashSet<StixId>();
        void Emit(StixObject value)
        {
            if (!stored.ContainsKey(value.Id.ToString()) && emitted.Add(value.Id))
            {
                objects.Add(value);
            }
        }

        if (plans.Count > 0)
        {
            Emit(ClaimExtension.Creator);
            Emit(ClaimExtension.Definition);
            Emit(AssessmentExtension.KnowledgeBase);
            Emit(AssessmentExtension.Definition);
        }

        foreach (var plan in plans)
        {
            var markings = StrictestMarkings(plan.Reports.Select(r => stored.GetValueOrDefault(r.ArticleReport.ToString())));
            var marks = markings.Count > 0 ? markings.Select(StixId.Parse).ToList() : null;
            var board = plan.Board;
            var incident = board.Incident;
            objects.Add(new Incident
            {
                Id = plan.Id, SpecVersion = "2.1", Created = plan.Created, Modified = plan.Modified, CreatedByRef = AssessmentExtension.KnowledgeBaseId,
                Name = incident.Type + ": " + incident.Victim, Description = Describe(board), ObjectMarkingRefs = marks,
                Extensions = new JsonObject
                {
                    [ClaimExtension.Id.ToString()] = ClaimExtension.IncidentProperties(incident.Type, new EventTime
                    {
                        Start = incident.Start, End = incident.End, Discovered = incident.Discovered, Disclosed = incident.Disclosed, DwellDays = incident.DwellDays,
                    }),
                    [AssessmentExtension.Id.ToString()] = new JsonObject
                    {
                        ["extension_type"] = "property-extension", ["reports"] = incident.Reports, ["independent_sources"] = incident.IndependentSources,
                    },
                },
            });

            foreach (var report in plan.Reports.Where(r => stored.ContainsKey(r.ArticleIncident.ToString())))
            {
                var decided = Timestamp(report.DecidedAt);
                objects.Add(Relationship(plan, "derived-from:" + report.ArticleIncident, "derived-from", report.ArticleIncident, decided, decided, marks, null, null, null));
            }

            var victim = plan.VictimCandidates.FirstOrDefault(v => stored.ContainsKey(v.ToString()));
            if (victim.IsEmpty)
            {
                victim = plan.VictimCandidates[0];
                Emit(new Identity
                {
                    Id = victim, SpecVersion = "2.1", Created = s_sharedCreated, Modified = plan.Modified, Name = incident.Victim, IdentityClass = "organization",
                    Description = board.VictimAliases.Count > 0 ? "Also named: " + string.Join(", ", board.VictimAliases) + "." : null,
                });
            }

            objects.Add(Relationship(plan, "targets", "targets", victim, plan.Created, plan.Modified, marks, null, null, null));

            foreach (var hypothesis in board.Hypotheses.Where(h => h.IndependentSourcesFor > 0))
            {
                var target = Target(snapshot, hypothesis.Key, hypothesis.Label);
                Emit(target);
                var percent = EstimativeProbability.Percent(hypothesis.Probability);
                var assessment = new JsonObject
                {
                    ["extension_type"] = "property-extension",
                    ["hypothesis"] = hypothesis.Label,
                    ["level"] = hypothesis.Level,
                    ["probability"] = hypothesis.Probability,
                    ["estimative_probability"] = hypothesis.Assessment,
                    ["independent_sources_for"] = hypothesis.IndependentSourcesFor,
                    ["independent_sources_against"] = hypothesis.IndependentSourcesAgainst,
                    ["claims"] = hypothesis.Claims.Count,
                };
                var description = string.Create(CultureInfo.InvariantCulture,
                    $"{hypothesis.Label}: {hypothesis.Assessment} ({percent} %), {Sources(hypothesis.IndependentSourcesFor)} for, {Sources(hypothesis.IndependentSourcesAgainst)} against.");
                objects.Add(Relationship(plan, "attributed-to:" + target.Id, "attributed-to", target.Id, plan.Created, plan.Modified, marks, percent, description, assessment));
            }
        }

        // Conclusions already in the store (an earlier export ingested, to be served over TAXII) are not repeated.
        var derived = objects.Where(o => o.CreatedByRef == AssessmentExtension.KnowledgeBaseId).Select(o => o.Id.ToString()).ToList();
        var published = await LatestAsync(store, derived, ct).ConfigureAwait(false);
        return objects.Where(o => !published.TryGetValue(o.Id.ToString(), out var copy) || copy.Modified != o.Modified?.ToString()).ToList();
    }

    private static string Sources(int count) => count == 1 ? "1 independent source" : count.ToString(CultureInfo.InvariantCulture) + " independent sources";

    private static Relationship Relationship(Plan plan, string key, string type, StixId target, StixTimestamp created, StixTimestamp modified,
        IReadOnlyList<StixId>? markings, int? confidence, string? description, JsonObject? assessment) => new()
    {
        Id = StixMapper.DeterministicId("relationship", plan.Key + ":" + key), SpecVersion = "2.1", Created = created, Modified = modified,
        CreatedByRef = AssessmentExtension.KnowledgeBaseId, RelationshipType = type, SourceRef = plan.Id, TargetRef = target, Confidence = confidence,
        Description = description, ObjectMarkingRefs = markings,
        Extensions = assessment is null ? null : new JsonObject { [AssessmentExtension.Id.ToString()] = assessment },
    };

    /// <summary>
    /// The object a hypothesis points at, with the ids the extraction gives the same actor: an <c>intrusion-set</c> for a
    /// named group, the state as a nation-state <c>threat-actor</c> for a country-level hypothesis, else a
    /// <c>threat-actor</c> for the description as reported.
    /// </summary>
    private static StixDomainObject Target(KnowledgeSnapshot snapshot, string key, string label)
    {
        if (key.StartsWith("country:", StringComparison.Ordinal))
        {
            var code = key[8..];
            return new ThreatActor
            {
                Id = StixMapper.DeterministicId("threat-actor", "state:" + code), SpecVersion = "2.1", Created = s_sharedCreated, Modified = s_sharedCreated,
                Name = Countries.Name(code) + " (state actor)", ThreatActorTypes = ["nation-state"], Sophistication = "advanced", ResourceLevel = "government",
                PrimaryMotivation = "organizational-gain", Description = "The state itself, as accused in reporting.",
            };
        }

        if (key.StartsWith("actor:", StringComparison.Ordinal)
            && long.TryParse(key.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            && snapshot.Entities.TryGetValue(seq, out var actor))
        {
            var aliases = actor.Aliases.Where(a => !a.Equals(actor.Name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return new IntrusionSet
            {
                Id = StixMapper.DeterministicId("intrusion-set", "actor:" + actor.Name.ToLowerInvariant()), SpecVersion = "2.1", Created = s_sharedCreated,
                Modified = s_sharedCreated, Name = actor.Name, Aliases = aliases.Count > 0 ? aliases : null,
                Description = actor.Country is null ? null : "Attributed country: " + actor.Country.ToUpperInvariant() + ".",
            };
        }

        return new ThreatActor
        {
            Id = StixMapper.DeterministicId("threat-actor", "hypothesis:" + label.ToLowerInvariant()), SpecVersion = "2.1", Created = s_sharedCreated,
            Modified = s_sharedCreated, Name = label, ThreatActorTypes = ["unknown"], Description = "Unnamed actor as the reporting describes it.",
        };
    }

    private static string Describe(IncidentBoard board)
    {
        var incident = board.Incident;
        var text = new StringBuilder().Append(incident.Type).Append(" incident at ").Append(incident.Victim);
        if (incident.Start is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"; began {incident.Start}");
        }

        if (incident.Discovered is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"; discovered {incident.Discovered}");
        }

        if (incident.DwellDays is { } dwell)
        {
            text.Append(CultureInfo.InvariantCulture, $"; dwell time {dwell} days");
        }

        text.Append(CultureInfo.InvariantCulture, $". Merged from {incident.Reports} report(s) resting on {Sources(incident.IndependentSources)}.");
        if (incident.LeadingHypothesis is not null && incident.Probability is { } probability)
        {
            text.Append(CultureInfo.InvariantCulture,
                $" Leading attribution hypothesis: {incident.LeadingHypothesis}, {incident.Assessment} ({EstimativeProbability.Percent(probability)} %).");
        }

        return text.ToString();
    }

    /// <summary>The markings of the reports an object rests on: every non-TLP marking, and only the strictest TLP level.</summary>
    private static List<string> StrictestMarkings(IEnumerable<IReadOnlyList<string>?> reportMarkings)
    {
        var all = reportMarkings.Where(m => m is not null).SelectMany(m => m!).Distinct(StringComparer.Ordinal).ToList();
        var strictest = all.Select(TlpLevels.LevelOf).Where(l => l is not null).Max();
        var tlp = all.FirstOrDefault(m => TlpLevels.LevelOf(m) == strictest && strictest is not null);
        return all.Where(m => TlpLevels.LevelOf(m) is null || m == tlp).ToList();
    }

    /// <summary>The latest stored version (envelope only) of each of <paramref name="ids"/> that the store holds.</summary>
    private static async Task<Dictionary<string, StoredStixObject>> LatestAsync(IStixObjectStore store, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var found = new Dictionary<string, StoredStixObject>(StringComparer.Ordinal);
        foreach (var chunk in ids.Order(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var query = new StixObjectQuery { Ids = chunk, Versions = [VersionSelector.Last], IncludeJson = false };
            await foreach (var item in store.ReadAllAsync(query, ct).ConfigureAwait(false))
            {
                found[item.Id] = item;
            }
        }

        return found;
    }

    private static StixTimestamp Timestamp(long microseconds) => StixTimestamp.FromDateTimeOffset(Microseconds.ToDateTimeOffset(microseconds));

    /// <summary>One merged incident's ids and times, derived from its first report so that they stay stable as reports are added.</summary>
    private sealed record Plan(IncidentBoard Board, string Key, StixId Id, StixTimestamp Created, StixTimestamp Modified,
        IReadOnlyList<ReportIds> Reports, IReadOnlyList<StixId> VictimCandidates)
    {
        public static Plan Of(KnowledgeSnapshot snapshot, IncidentBoard board, IEnumerable<KnowledgeSnapshot.ReportRow> incidentReports)
        {
            var rows = incidentReports.OrderBy(r => r.Seq).ToList();
            var first = rows[0];
            var key = "knowledge-base:" + snapshot.Documents[first.DocSeq].DocId + ":" + first.EventId;
            var created = Timestamp(first.IncidentCreatedAt);
            var latest = Timestamp(rows.Max(r => r.DecidedAt));
            var reports = rows.Select(r =>
            {
                var doc = snapshot.Documents[r.DocSeq].DocId;
                return new ReportIds(StixMapper.DeterministicId("incident", doc + ":" + r.EventId), StixMapper.DeterministicId("report", "report:" + doc), r.DecidedAt);
            }).ToList();
            var victim = snapshot.Entities[first.VictimSeq];
            var country = victim.Country?.ToUpperInvariant();
            var victims = victim.Aliases.Prepend(victim.Name).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(name => StixMapper.DeterministicId("identity", "org:" + name.ToLowerInvariant() + ":" + country)).ToList();
            return new Plan(board, key, StixMapper.DeterministicId("incident", key), created, latest > created ? latest : created, reports, victims);
        }
    }

    private sealed record ReportIds(StixId ArticleIncident, StixId ArticleReport, long DecidedAt);
}
