using System.Globalization;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Assessment;
using ThreatLedger.Knowledge.Incidents;
using ThreatLedger.Knowledge.Resolution;

namespace ThreatLedger.Knowledge.Queries;

/// <summary>Builds incident summaries and attribution boards from a snapshot.</summary>
internal static class BoardBuilder
{
    /// <summary>The model stance of a counter-accusation on the hypothesis it names: shown, neutral.</summary>
    private const string CounterAccusedSide = "counter-accusation-target";

    /// <summary>The model stance of an alternative explanation on the hypotheses it contrasts with: shown, neutral.</summary>
    private const string AlternativeToOther = "alternative-to-other";

    public static IncidentBoard Build(KnowledgeSnapshot snapshot, long incidentSeq)
    {
        var reports = snapshot.Reports.Where(r => r.IncidentSeq == incidentSeq).ToList();
        var reportSeqs = reports.Select(r => r.Seq).ToHashSet();
        var claims = SpeakerAcronyms.Resolve(snapshot.Claims.Where(c => c.ReportSeq is { } r && reportSeqs.Contains(r)).ToList());
        var victim = snapshot.Entities[reports[0].VictimSeq];

        // Which hypothesis each claim speaks to, and with which stance.
        var placements = new List<(string Key, KnowledgeSnapshot.ClaimRow Claim, string Stance)>();
        var other = new List<KnowledgeSnapshot.ClaimRow>();
        var alternatives = new List<KnowledgeSnapshot.ClaimRow>();
        foreach (var claim in claims)
        {
            var sourceCountry = Countries.FindIn(claim.SourceName);
            var ownKey = sourceCountry is null ? null : "country:" + sourceCountry;
            if (claim.Kind == ClaimKinds.SeverityDispute)
            {
                other.Add(claim);
            }
            else if (claim.Stance == Stances.CounterAccuses)
            {
                if (claim.HypothesisKey is not null && claim.HypothesisKey != ownKey)
                {
                    placements.Add((claim.HypothesisKey, claim, CounterAccusedSide));
                }

                if (ownKey is not null)
                {
                    placements.Add((ownKey, claim, Stances.CounterAccuses));
                }
                else if (claim.HypothesisKey is null)
                {
                    other.Add(claim);
                }
            }
            else if (claim.Stance == Stances.OffersAlternative && claim.HypothesisKey is not null)
            {
                // An alternative explanation names the culprit it proposes: it supports that hypothesis. Below it is
                // also shown on the others that the incident's claims assert, without counting against them: it does
                // not say they are false (joint operations, shared tooling and false flags exist).
                placements.Add((claim.HypothesisKey, claim, Stances.Asserts));
                alternatives.Add(claim);
            }
            else if (claim.HypothesisKey is not null)
            {
                placements.Add((claim.HypothesisKey, claim, claim.Stance));
            }
            else if (AttributionModel.Direction(claim.Stance) < 0 && ownKey is not null)
            {
                placements.Add((ownKey, claim, claim.Stance));
            }
            else
            {
                other.Add(claim);
            }
        }

        // A state's denial also answers the claims that name one of its groups: "Moscow denied it" speaks against
        // "APT29 (RU) did it" as much as against "Russia did it".
        var actorKeysByCountry = placements.Select(p => p.Key).Distinct(StringComparer.Ordinal)
            .Select(k => (Key: k, Country: ActorCountry(snapshot, k))).Where(a => a.Country is not null).ToLookup(a => a.Country!, a => a.Key, StringComparer.Ordinal);
        var stateDenials = placements.Where(p => p.Stance == Stances.Denies && p.Key.StartsWith("country:", StringComparison.Ordinal)).ToList();
        foreach (var denial in stateDenials)
        {
            placements.AddRange(actorKeysByCountry[denial.Key[8..]].Select(k => (k, denial.Claim, Stances.Denies)));
        }

        // The other way round, a claim naming one of a state's groups speaks for that state's hypothesis when the board
        // has one: "APT29 (RU) did it" implies "Russia or a Russia-based actor did it", so the state is never assessed
        // as less likely than its own group on the same evidence. (A board with only the group gets no state row.)
        var stateKeys = placements.Select(p => p.Key).Where(k => k.StartsWith("country:", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        // Two or more of one state's groups named for the incident ("the GRU" by officials, "APT28" by a vendor) make the
        // state a hypothesis of its own: the sources agree on the state even where they differ on the unit.
        var assertedKeys = placements.Where(p => p.Stance == Stances.Asserts).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var groups in actorKeysByCountry.Where(g => g.Count(k => !k.StartsWith("country:", StringComparison.Ordinal) && assertedKeys.Contains(k)) >= 2))
        {
            stateKeys.Add("country:" + groups.Key);
        }

        var placed = placements.Select(p => (p.Key, p.Claim.Seq)).ToHashSet();
        foreach (var (key, claim, _) in placements.Where(p => p.Stance == Stances.Asserts).ToList())
        {
            if (ActorCountry(snapshot, key) is { } country && stateKeys.Contains("country:" + country) && placed.Add(("country:" + country, claim.Seq)))
            {
                placements.Add(("country:" + country, claim, Stances.Asserts));
            }
        }

        var asserted = placements.Where(p => p.Stance == Stances.Asserts && p.Claim.Stance != Stances.OffersAlternative).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
        foreach (var alternative in alternatives)
        {
            placements.AddRange(asserted.Where(k => k != alternative.HypothesisKey).Select(k => (k, alternative, AlternativeToOther)));
        }

        var hypotheses = new List<HypothesisView>();
        foreach (var group in placements.GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var items = group.ToList();
            var evidence = items.Select(p => new Evidence(p.Claim.OriginKey, p.Claim.SourceKind, p.Stance, p.Claim.Hedging, p.Claim.Confidence, p.Claim.SourceCount,
                Published(snapshot, p.Claim.DocSeq), p.Claim.Relayed, IsHeadline(snapshot, p.Claim))).ToList();
            var assessment = AttributionModel.Assess(evidence);
            var views = items.Select((p, i) => ClaimView(snapshot, p.Claim, assessment.Contributions[i])).ToList();
            // The words follow the probability as stored and shown, so that a rounded "45 %" never reads "unlikely".
            var probability = Math.Round(assessment.Probability, 3);
            hypotheses.Add(new HypothesisView
            {
                Key = group.Key,
                Label = Label(snapshot, group.Key, items),
                Level = group.Key.StartsWith("country:", StringComparison.Ordinal) ? "state" : "actor",
                Probability = probability,
                Assessment = EstimativeProbability.Words(probability),
                IndependentSourcesFor = assessment.IndependentSourcesFor,
                IndependentSourcesAgainst = assessment.IndependentSourcesAgainst,
                Claims = views,
            });
        }

        hypotheses = hypotheses.OrderByDescending(h => h.Probability).ThenBy(h => h.Key, StringComparer.Ordinal).ToList();
        var sources = Sources(snapshot, reports, claims);
        var reportViews = reports.Select(r => ReportView(snapshot, r)).ToList();
        var leading = hypotheses.FirstOrDefault(h => h.IndependentSourcesFor > 0);

        var summary = new IncidentSummary
        {
            Id = incidentSeq,
            Victim = victim.Name,
            VictimId = victim.Seq,
            VictimCountry = victim.Country,
            Type = IncidentTypes.Best(reports.Select(r => r.EventType)),
            Start = TimeWindow.Earliest(reports.Select(r => r.Start)),
            End = TimeWindow.Latest(reports.Select(r => r.End)),
            Discovered = TimeWindow.Earliest(reports.Select(r => r.Discovered)),
            Disclosed = TimeWindow.Earliest(reports.Select(r => r.Disclosed)),
            DwellDays = Dwell(reports),
            LeadingHypothesis = leading?.Label,
            LeadingHypothesisKey = leading?.Key,
            Assessment = leading?.Assessment,
            Probability = leading?.Probability,
            Reports = reports.Count,
            IndependentSources = sources.Count,
            FirstPublished = reportViews.Select(r => r.Published).Where(p => p is not null).Order(StringComparer.Ordinal).FirstOrDefault(),
            LastPublished = reportViews.Select(r => r.Published).Where(p => p is not null).Order(StringComparer.Ordinal).LastOrDefault(),
        };

        return new IncidentBoard
        {
            Incident = summary,
            VictimAliases = victim.Aliases.Where(a => a != victim.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Timeline = Timeline(summary, reportViews),
            Reports = reportViews,
            Hypotheses = hypotheses,
            Sources = sources,
            Relays = RelayViews(snapshot, reports),
            OtherClaims = other.Select(c => ClaimView(snapshot, c, null)).ToList(),
        };
    }

    /// <summary>
    /// The longest dwell the reporting supports: the longest one a report gives, or the span from the earliest start any
    /// report gives to the earliest discovery, whichever is longer (one report may know only the discovery date, another
    /// that the intruders were in months before). A start given only as a year dates no dwell.
    /// </summary>
    private static int? Dwell(List<KnowledgeSnapshot.ReportRow> reports)
    {
        var stated = reports.Select(r => r.DwellDays).Where(d => d is not null).Max();
        // A start known only to the year ("since 2025") dates no dwell: from January 1 it could be a year too long.
        var start = reports.Where(r => r.Start is { Length: >= 7 }).Select(r => TimeWindow.Lower(r.Start)).Where(d => d is not null).Min();
        var discovered = reports.Select(r => TimeWindow.Lower(r.Discovered)).Where(d => d is not null).Min();
        int? merged = start is not null && discovered is not null && discovered >= start ? discovered.Value.DayNumber - start.Value.DayNumber : null;
        return stated is null ? merged : merged is null ? stated : Math.Max(stated.Value, merged.Value);
    }

    private static List<TimelineEntry> Timeline(IncidentSummary incident, List<ReportView> reports)
    {
        var entries = new List<TimelineEntry>();
        if (incident.Start is not null)
        {
            entries.Add(new TimelineEntry(incident.Start, "start", "earliest reported start of the intrusion"));
        }

        if (incident.Discovered is not null)
        {
            entries.Add(new TimelineEntry(incident.Discovered, "discovery", incident.DwellDays is { } d ? string.Create(CultureInfo.InvariantCulture, $"dwell time {d} days") : "discovered"));
        }

        if (incident.Disclosed is not null)
        {
            // A statement made after outlets had already reported the incident is a disclosure, not the first one.
            var reportedBefore = reports.Any(r => r.Published is not null && TimeWindow.Upper(r.Published) < TimeWindow.Lower(incident.Disclosed));
            entries.Add(new TimelineEntry(incident.Disclosed, "disclosure", reportedBefore ? "public statement (reports came earlier)" : "first public disclosure"));
        }

        foreach (var report in reports.Where(r => r.Published is not null))
        {
            entries.Add(new TimelineEntry(report.Published!, "report", DocumentLabel.Of(report.Outlet, report.Origin, report.DocumentId) + (report.Title is null ? string.Empty : ": " + report.Title)
                + (report.Relays is null ? string.Empty : " (relays " + report.Relays + ")")));
        }

        return entries.OrderBy(e => e.Date, StringComparer.Ordinal).ToList();
    }

    private static List<SourceView> Sources(KnowledgeSnapshot snapshot, List<KnowledgeSnapshot.ReportRow> reports, List<KnowledgeSnapshot.ClaimRow> claims)
    {
        var byOrigin = new Dictionary<string, (string Kind, SortedSet<string> First, SortedSet<string> Relayed)>(StringComparer.Ordinal);
        void Add(string origin, string kind, string article, bool relayed)
        {
            if (!byOrigin.TryGetValue(origin, out var entry))
            {
                byOrigin[origin] = entry = (kind, new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
            }

            (relayed ? entry.Relayed : entry.First).Add(article);
        }

        foreach (var claim in claims.Where(c => AttributionModel.Direction(c.Stance) != 0 || c.Stance == Stances.CounterAccuses))
        {
            Add(claim.OriginKey, claim.SourceKind, snapshot.Documents[claim.DocSeq].Label, claim.Relayed);
        }

        // Reports without attribution claims still count as reporting: the article's outlet, or the outlet it relays.
        var docsWithClaims = claims.Select(c => c.DocSeq).ToHashSet();
        foreach (var report in reports.Where(r => !docsWithClaims.Contains(r.DocSeq)))
        {
            var doc = snapshot.Documents[report.DocSeq];
            var root = Relayed(snapshot, doc);
            var origin = "outlet:" + NameKeys.Key(root?.Outlet ?? doc.RelaysOutlet ?? doc.Outlet ?? doc.DocId);
            Add(origin, SourceKinds.Media, doc.Label, root is not null || doc.RelaysOutlet is not null);
        }

        return byOrigin.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new SourceView
        {
            OriginalSource = kv.Key,
            Kind = kv.Value.Kind,
            ReportedBy = kv.Value.First.ToList(),
            RelayedBy = kv.Value.Relayed.Except(kv.Value.First).ToList(),
        }).ToList();
    }

    /// <summary>The article a relaying article ultimately repeats (following relays of relays), or null when it relays none in the store.</summary>
    private static KnowledgeSnapshot.DocumentRow? Relayed(KnowledgeSnapshot snapshot, KnowledgeSnapshot.DocumentRow document)
    {
        KnowledgeSnapshot.DocumentRow? root = null;
        var seen = new HashSet<long> { document.Seq };
        var current = document;
        while (snapshot.Relays.GetValueOrDefault(current.Seq)?.FirstOrDefault()?.SourceDocumentSeq is { } source && seen.Add(source))
        {
            root = current = snapshot.Documents[source];
        }

        return root;
    }

    /// <summary>The actor an <c>actor:N</c> hypothesis key names, or null for a state or an unknown actor.</summary>
    private static KnowledgeSnapshot.EntityRow? ActorOf(KnowledgeSnapshot snapshot, string key) =>
        key.StartsWith("actor:", StringComparison.Ordinal)
            && long.TryParse(key.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            && snapshot.Entities.TryGetValue(seq, out var actor)
            ? actor
            : null;

    /// <summary>The country of the actor a hypothesis key names, or null for a state or an actor of unknown country.</summary>
    private static string? ActorCountry(KnowledgeSnapshot snapshot, string key) => ActorOf(snapshot, key)?.Country?.ToUpperInvariant();

    private static string Label(KnowledgeSnapshot snapshot, string key, List<(string Key, KnowledgeSnapshot.ClaimRow Claim, string Stance)> items)
    {
        if (ActorOf(snapshot, key) is { } actor)
        {
            // The reports' own name first when none of them uses the canonical one ("Akira (Storm-1567)").
            var accused = items.Select(i => i.Claim.Accused).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var reported = accused.Count == 0 || accused.Any(a => NameKeys.Occurrences(a, actor.Name, StringComparison.OrdinalIgnoreCase).Any()) ? null
                : actor.Aliases.Where(alias => accused.Any(a => NameKeys.Occurrences(a, alias, StringComparison.OrdinalIgnoreCase).Any())).MaxBy(alias => alias.Length);
            var country = actor.Country is null ? string.Empty : ", " + actor.Country;
            return reported is not null ? $"{reported} ({actor.Name}{country})" : actor.Country is null ? actor.Name : $"{actor.Name} ({actor.Country})";
        }

        if (key.StartsWith("country:", StringComparison.Ordinal))
        {
            return Hypothesis.Country(key[8..]).Label;
        }

        return items.Select(i => i.Claim.HypothesisLabel).FirstOrDefault(l => l is not null) ?? key;
    }

    /// <summary>True when the claim's evidence is its article's title: a headline, the outlet's summary of the claim.</summary>
    private static bool IsHeadline(KnowledgeSnapshot snapshot, KnowledgeSnapshot.ClaimRow claim)
    {
        return snapshot.Documents.TryGetValue(claim.DocSeq, out var document) && document.Title is { Length: > 0 } title
            && string.Equals(Plain(claim.Evidence), Plain(title), StringComparison.OrdinalIgnoreCase);

        static string Plain(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
    }

    private static DateOnly? Published(KnowledgeSnapshot snapshot, long docSeq) =>
        snapshot.Documents[docSeq].Published is { } p && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static ClaimView ClaimView(KnowledgeSnapshot snapshot, KnowledgeSnapshot.ClaimRow claim, Contribution? contribution)
    {
        var doc = snapshot.Documents[claim.DocSeq];
        return new ClaimView
        {
            ClaimId = claim.ClaimId,
            Kind = claim.Kind,
            DocumentId = doc.DocId,
            Outlet = doc.Outlet,
            Published = doc.Published,
            Source = claim.SourceName,
            SourceKind = claim.SourceKind,
            SourceCount = claim.SourceCount,
            CitedVia = claim.CitedVia ?? (claim.Relayed ? claim.Derivation?.SourceOutlet ?? doc.RelaysOutlet : null),
            OriginalSource = claim.OriginKey,
            Relayed = claim.Relayed,
            RelayMethod = claim.Derivation?.Method,
            RelayReason = claim.Derivation?.Detail,
            Stance = claim.Stance,
            Direction = contribution is null ? "neutral" : contribution.Direction switch { > 0 => "for", < 0 => "against", _ => "neutral" },
            Hedging = claim.Hedging,
            Confidence = claim.Confidence,
            Weight = Math.Round(contribution?.Weight ?? 0, 3),
            Counted = contribution?.Counted ?? false,
            Accused = claim.Accused,
            Evidence = claim.Evidence,
        };
    }

    private static List<RelayView> RelayViews(KnowledgeSnapshot snapshot, List<KnowledgeSnapshot.ReportRow> reports) =>
        reports.Select(r => r.DocSeq).Distinct()
            .SelectMany(d => snapshot.Relays.GetValueOrDefault(d) ?? [])
            .Select(d => new RelayView
            {
                DocumentId = snapshot.Documents[d.DocumentSeq].DocId,
                Article = snapshot.Documents[d.DocumentSeq].Label,
                RelaysDocumentId = d.SourceDocumentSeq is { } s ? snapshot.Documents[s].DocId : null,
                RelaysArticle = d.SourceDocumentSeq is { } t ? snapshot.Documents[t].Label : null,
                RelaysOutlet = d.SourceOutlet,
                Method = d.Method,
                Reason = d.Detail,
            })
            .ToList();

    private static ReportView ReportView(KnowledgeSnapshot snapshot, KnowledgeSnapshot.ReportRow report)
    {
        var doc = snapshot.Documents[report.DocSeq];
        var relay = snapshot.Relays.GetValueOrDefault(doc.Seq)?.FirstOrDefault();
        return new ReportView
        {
            ReportId = report.Seq,
            DocumentId = doc.DocId,
            Title = doc.Title,
            Outlet = doc.Outlet,
            Url = doc.Url,
            Published = doc.Published,
            Origin = doc.Origin,
            EventType = report.EventType,
            VictimMention = report.VictimText,
            Start = report.Start,
            Discovered = report.Discovered,
            Disclosed = report.Disclosed,
            DwellDays = report.DwellDays,
            Relays = doc.RelaysOutlet ?? relay?.SourceOutlet,
            RelayCue = doc.RelayCue,
            RelaysDocumentId = relay?.SourceDocumentSeq is { } source ? snapshot.Documents[source].DocId : null,
            RelayMethod = relay?.Method,
            RelayReason = relay?.Detail,
            MergeReason = report.Reason,
            Evidence = report.Evidence,
        };
    }
}
