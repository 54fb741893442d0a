using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Incidents;
using ThreatLedger.Knowledge.Ingest;
using ThreatLedger.Knowledge.Resolution;
using ThreatLedger.Knowledge.Sources;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>
    /// Ingests one extracted article in one transaction: the document with its provenance, its STIX objects, one report
    /// per incident it describes (victim resolved, merged into an incident or starting one, with the reason), and its
    /// claims with their original source. Content already ingested (same hash) changes nothing.
    /// </summary>
    /// <exception cref="StorageException">The database failed; nothing of this document was stored.</exception>
    public async Task<IngestResult> IngestDocumentAsync(
        ExtractionDocument document,
        string contentHash,
        IReadOnlyList<StixObjectInput>? stixObjects = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        var origin = document.Document.Origin ?? document.Document.Id;
        try
        {
            await using var tx = await Database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            if (await HasDocumentAsync(tx, contentHash, cancellationToken).ConfigureAwait(false))
            {
                return new IngestResult { Origin = origin, Status = IngestStatus.AlreadyPresent };
            }

            var knownOutlets = await KnownOutletsAsync(tx, cancellationToken).ConfigureAwait(false);
            var relay = RelayDetector.Detect(document, knownOutlets);
            var info = document.Document;
            var docSeq = await InsertReturningAsync(
                tx,
                "INSERT INTO documents (content_hash, doc_id, kind, title, url, outlet, published, origin, extractor_version, relays_outlet, relay_cue, ingested_at, object_count) " +
                "VALUES (@h, @id, 'article', @t, @u, @o, @p, @orig, @ev, @ro, @rc, @at, @n)",
                "doc_seq",
                cancellationToken,
                ("@h", contentHash), ("@id", info.Id), ("@t", info.Title), ("@u", info.Url), ("@o", info.Source),
                ("@p", info.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@orig", info.Origin),
                ("@ev", document.ExtractorVersion), ("@ro", relay?.Outlet), ("@rc", relay?.Cue), ("@at", NowMicros), ("@n", stixObjects?.Count ?? 0)).ConfigureAwait(false);

            var put = stixObjects is { Count: > 0 }
                ? await ((StixObjectStore)Database.Objects).PutAsync(tx, stixObjects, null, cancellationToken).ConfigureAwait(false)
                : new PutResult([]);

            var decisions = new List<string>();
            var victimEntityIds = new HashSet<string>(StringComparer.Ordinal);
            var reportsByEvent = await IngestReportsAsync(tx, document, docSeq, relay, decisions, victimEntityIds, cancellationToken).ConfigureAwait(false);
            var claims = await IngestClaimsAsync(tx, document, docSeq, relay, knownOutlets, reportsByEvent, victimEntityIds, cancellationToken).ConfigureAwait(false);
            var reports = reportsByEvent.Values.Distinct().Count();
            if (reports == 0 && claims > 0)
            {
                await KeepWaitingAsync(tx, docSeq, document, cancellationToken).ConfigureAwait(false);
            }
            else if (reports > 0)
            {
                await AttachWaitingClaimsAsync(tx, docSeq, decisions, cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new IngestResult
            {
                Origin = origin,
                Status = IngestStatus.Ingested,
                ObjectsStored = put.Inserted,
                ObjectsUnchanged = put.Unchanged,
                Reports = reports,
                Claims = claims,
                MergeDecisions = decisions,
            };
        }
        catch (DbException ex)
        {
            throw new StorageException($"Ingesting {origin} into {Database.Description} failed: {ex.Message}", ex.IsTransient, ex);
        }
    }

    /// <summary>
    /// Ingests a STIX bundle's valid objects in one transaction, recording the bundle (hash, origin, counts and the
    /// rejected objects' findings) so that the same bundle ingested twice changes nothing.
    /// </summary>
    /// <exception cref="StorageException">The database failed; nothing of this bundle was stored.</exception>
    public async Task<IngestResult> IngestBundleAsync(
        string contentHash,
        string origin,
        IReadOnlyList<StixObjectInput> objects,
        IReadOnlyList<string> rejected,
        IProgress<long>? objectsStored = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(rejected);
        try
        {
            await using var tx = await Database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            if (await HasDocumentAsync(tx, contentHash, cancellationToken).ConfigureAwait(false))
            {
                return new IngestResult { Origin = origin, Status = IngestStatus.AlreadyPresent };
            }

            // One transaction, written in slices so that progress can be shown while it runs.
            const int slice = 5000;
            var outcomes = new List<PutOutcome>(objects.Count);
            for (var start = 0; start < objects.Count; start += slice)
            {
                var part = objects.Skip(start).Take(slice).ToList();
                var result = await ((StixObjectStore)Database.Objects).PutAsync(tx, part, null, cancellationToken).ConfigureAwait(false);
                outcomes.AddRange(result.Outcomes);
                objectsStored?.Report(start + part.Count);
            }

            var put = new PutResult(outcomes);
            await ExecuteAsync(
                tx,
                "INSERT INTO documents (content_hash, doc_id, kind, origin, ingested_at, object_count, rejected_count) VALUES (@h, @id, 'bundle', @o, @at, @n, @r)",
                cancellationToken,
                ("@h", contentHash), ("@id", Path.GetFileName(origin)), ("@o", origin), ("@at", NowMicros), ("@n", objects.Count), ("@r", rejected.Count)).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new IngestResult
            {
                Origin = origin,
                Status = IngestStatus.Ingested,
                ObjectsStored = put.Inserted,
                ObjectsUnchanged = put.Unchanged,
                Rejected = rejected,
            };
        }
        catch (DbException ex)
        {
            throw new StorageException($"Ingesting {origin} into {Database.Description} failed: {ex.Message}", ex.IsTransient, ex);
        }
    }

    /// <summary>True when content with this hash was ingested before.</summary>
    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents WHERE content_hash = @h";
        command.AddText("@h", contentHash);
        return await command.ScalarLongAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static async Task<HashSet<string>> KnownOutletsAsync(WriteTransaction tx, CancellationToken ct)
    {
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        await using var command = tx.Command("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            outlets.Add(OriginKeys.Normalize(reader.GetString(0)));
        }

        return outlets;
    }

    private static async Task<bool> HasDocumentAsync(WriteTransaction tx, string contentHash, CancellationToken ct)
    {
        await using var command = tx.Command("SELECT COUNT(*) FROM documents WHERE content_hash = @h");
        command.AddText("@h", contentHash);
        return await command.ScalarLongAsync(ct).ConfigureAwait(false) > 0;
    }

    /// <summary>
    /// One report per incident the document describes — the extractor's incidents when it gives them, else its actual
    /// events grouped by hopper (or victim) — with the victim resolved and the report merged into an incident.
    /// Returns the report of each event id and incident id.
    /// </summary>
    private async Task<Dictionary<string, long>> IngestReportsAsync(WriteTransaction tx, ExtractionDocument document, long docSeq, Relay? relay, List<string> decisions,
        HashSet<string> victimEntityIds, CancellationToken ct)
    {
        var entities = document.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var eventsById = document.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var drafts = new List<ReportDraft>();
        if (document.Incidents.Count > 0)
        {
            foreach (var incident in document.Incidents)
            {
                var events = incident.EventIds.Where(eventsById.ContainsKey).Select(id => eventsById[id]).ToList();
                var victimEntity = incident.VictimEntityId is not null && entities.TryGetValue(incident.VictimEntityId, out var v) ? v : null;
                var victimArgument = events.Select(VictimArgument).FirstOrDefault(a => a is not null);
                var mention = victimEntity?.Mentions.FirstOrDefault()?.Text ?? victimArgument?.Span.Text ?? victimEntity?.Name;
                victimEntity ??= victimArgument?.EntityId is not null && entities.TryGetValue(victimArgument.EntityId, out var a) ? a : null;
                if (victimEntity is null && mention is null && SectorTarget(document, incident.Trigger.Start) is { } sector)
                {
                    // "breaching at least eight telecommunications providers", "several Italian airports": no organisation
                    // is named, so the incident's victim is the targeted sector (with its country when the text gives one).
                    (victimEntity, mention) = sector;
                }

                var times = events.Select(e => e.Time).Prepend(incident.Time).Where(t => t is not null).Select(t => t!).ToList();
                drafts.Add(new ReportDraft([incident.Id, .. incident.EventIds], victimEntity, mention, incident.Type, times, incident.Trigger.Start, incident.Id));
            }
        }
        else
        {
            var groups = new Dictionary<string, List<Event>>(StringComparer.Ordinal);
            foreach (var ev in document.Events.Where(e => !string.Equals(e.Realis, "Generic", StringComparison.OrdinalIgnoreCase)))
            {
                if (!IncidentTypes.IsIncident(ev.Type) && ev.Type != EventTypes.Discover)
                {
                    continue;
                }

                var victim = VictimArgument(ev);
                var key = ev.Hopper != 0 ? "h" + ev.Hopper.ToString(CultureInfo.InvariantCulture) : "v" + (victim?.EntityId ?? victim?.Span.Text ?? ev.Id);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(ev);
            }

            foreach (var events in groups.Values)
            {
                var victimArgument = events.Select(VictimArgument).FirstOrDefault(a => a is not null);
                var victimEntity = victimArgument?.EntityId is not null && entities.TryGetValue(victimArgument.EntityId, out var found) ? found : null;
                var trigger = events.OrderByDescending(e => IncidentTypes.IsIncident(e.Type)).First();
                var type = IncidentTypes.Best(events.Where(e => IncidentTypes.IsIncident(e.Type)).Select(e => e.Type));
                drafts.Add(new ReportDraft(events.Select(e => e.Id).ToList(), victimEntity, victimArgument?.Span.Text, type,
                    events.Select(e => e.Time).Where(t => t is not null).Select(t => t!).ToList(), trigger.Trigger.Start, trigger.Id));
            }
        }

        var victims = await LoadVictimsAsync(tx, ct).ConfigureAwait(false);
        var published = document.Document.Published;
        // Organisations this document names as the victim of one of its incidents: an incident of the same document that
        // names no victim is not theirs (the extractor told it apart: an earlier attack on someone else, told as background).
        var namedVictimKeys = drafts.Where(d => d.Victim is { Kind: not (EntityKinds.Country or EntityKinds.Sector) })
            .SelectMany(d => d.Victim!.Aliases.Prepend(d.Victim.Name)).Select(NameKeys.Key).ToHashSet(StringComparer.Ordinal);
        bool VictimOfAnother(long seq) => drafts.Count > 1 && victims.First(v => v.Seq == seq).Names.Any(n => namedVictimKeys.Contains(NameKeys.Key(n)));

        var reportsByKey = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            // The extractor may miss an organisation it has no gazetteer entry for and name the country instead; a
            // victim already in the base that the text names is then the better reading.
            long victimSeq;
            string mention;
            Entity? leadVictim = null;
            var accuserNotVictim = false;
            if ((draft.Victim is null || draft.Victim.Kind is EntityKinds.Country or EntityKinds.Sector) && FindKnownVictim(document.Text, victims) is { } known
                && !VictimOfAnother(known.Seq))
            {
                (victimSeq, mention, _) = known;
            }
            else if (draft.Victim is not null && IsClaimSource(draft.Victim, document) && FindKnownVictim(document.Text, victims) is { } accuserNamesVictim
                && !victims.First(v => v.Seq == accuserNamesVictim.Seq).IsSector)
            {
                // "The FBI blamed TraderTraitor for the theft from Korvex": the extractor took the accuser for the
                // victim; the known victim the article names is the better reading.
                (victimSeq, mention, _) = accuserNamesVictim;
                accuserNotVictim = true;
            }
            else if (draft.Victim is not null && relay is not null && IsClaimSource(draft.Victim, document)
                && await RelayedVictimAsync(tx, relay.Outlet, document.Document.Published, ct).ConfigureAwait(false) is { } relayed)
            {
                // "The FBI has attributed the hack of the Singapore-based exchange to TraderTraitor, Capital Wire
                // reported": the accuser is no victim, and the article retells the relayed outlet's incident.
                (victimSeq, mention) = relayed;
                accuserNotVictim = true;
            }
            else if (draft.Mention is not null && AcronymOfKnownVictim(draft, document.Text, victims) is { } abbreviated)
            {
                // "VKN" in an article that also names the Vestmark Kraftnett it abbreviates: the known victim, with the
                // acronym learned as its alias.
                (victimSeq, mention) = abbreviated;
                await AddAliasAsync(tx, victimSeq, mention, "document", ct).ConfigureAwait(false);
                var entry = victims.First(v => v.Seq == victimSeq);
                entry.Name.Add(mention);
                entry.Names.Add(mention);
            }
            else if (draft.Mention is not null)
            {
                mention = draft.Mention;
                victimSeq = await ResolveVictimAsync(tx, victims, draft.Victim, mention, ct).ConfigureAwait(false);
            }
            else if (draft.Victim is null && LeadOrganization(document) is { } lead && (drafts.Count == 1 || !namedVictimKeys.Contains(NameKeys.Key(lead.Entity.Name))))
            {
                // The incident names no victim ("the theft happened on August 2"), but the article is about one
                // organisation: the one its opening paragraph names (preferring one its title names too).
                (mention, leadVictim) = lead;
                victimSeq = await ResolveVictimAsync(tx, victims, leadVictim, mention, ct).ConfigureAwait(false);
                victimEntityIds.Add(leadVictim.Id);
            }
            else if (draft.Victim is null && FindKnownVictimByDescription(document.Text, draft.TriggerStart, victims) is { } described && !VictimOfAnother(described.Seq))
            {
                // "… was behind the breach of the country's maritime safety agency": a victim another report named.
                (victimSeq, mention, _) = described;
            }
            else
            {
                continue;
            }

            if (draft.Victim is not null && !accuserNotVictim)
            {
                victimEntityIds.Add(draft.Victim.Id);
            }

            var (reportSeq, decision) = await InsertReportAsync(tx, docSeq, draft, victimSeq, mention, document.Text, published, ct).ConfigureAwait(false);
            decisions.Add(decision);
            foreach (var key in draft.Keys)
            {
                reportsByKey.TryAdd(key, reportSeq);
            }

            if ((accuserNotVictim ? null : draft.Victim ?? leadVictim) is { } victimEntity)
            {
                reportsByKey.TryAdd(VictimKey(victimEntity.Id), reportSeq);
            }
        }

        if (reportsByKey.Count == 0 && document.Claims.Count > 0 && FindKnownVictimInArticle(document.Text, document.Document.Title, victims) is { } named)
        {
            // No incident was recognised (or none with a victim), but the article makes claims and names a victim
            // already in the base (in its text, else in its title): it reports on that victim's incident (relays often
            // mention the incident only in passing).
            var draft = DocumentDraft(document, named.Mention, named.Position);
            var (reportSeq, decision) = await InsertReportAsync(tx, docSeq, draft, named.Seq, named.Mention, document.Text, published, ct).ConfigureAwait(false);
            decisions.Add(decision);
            reportsByKey["document"] = reportSeq;
        }

        return reportsByKey;
    }

    /// <summary>
    /// Stores one report of a draft whose victim is resolved, with its times summarised, and puts it into an incident.
    /// Returns the report and the merge decision.
    /// </summary>
    private async Task<(long ReportSeq, string Decision)> InsertReportAsync(WriteTransaction tx, long docSeq, ReportDraft draft, long victimSeq, string mention, string text,
        DateOnly? published, CancellationToken ct)
    {
        var type = IncidentTypes.IsIncident(draft.Type) ? draft.Type : EventTypes.Intrusion;
        var (start, end, discovered, disclosed, dwell) = ReportTimes.Of(draft.Times);
        if (TimeWindow.Lower(discovered) is { } found && TimeWindow.Lower(start) is { } began && found < began)
        {
            // Discovery cannot precede the start: the two were read the wrong way round.
            (start, discovered) = (discovered, start);
        }

        var reportSeq = await InsertReturningAsync(
            tx,
            "INSERT INTO reports (doc_seq, event_id, event_type, victim_seq, victim_text, start_time, end_time, discovered, disclosed, dwell_days, evidence) " +
            "VALUES (@d, @e, @t, @v, @vt, @s, @en, @di, @dc, @dw, @ev)",
            "report_seq",
            ct,
            ("@d", docSeq), ("@e", draft.LocalId), ("@t", type), ("@v", victimSeq), ("@vt", mention), ("@s", start), ("@en", end),
            ("@di", discovered), ("@dc", disclosed), ("@dw", Typed(dwell)), ("@ev", Sentence(text, draft.TriggerStart))).ConfigureAwait(false);

        var window = TimeWindow.Of(start, end, discovered, disclosed, published);
        // "Hit again", "a second breach", "unrelated to last year's hack": an article that tells of a new incident
        // and dates it no better than a year joins no incident last reported long before it.
        // One that dates it ("hit by ransomware on Saturday … unrelated to the September intrusion") joins no incident
        // whose every date lies before its start: the slack that lets reports of one incident disagree on dates does
        // not stretch over an attack the article itself sets apart.
        var ownDate = new[] { start, discovered }.Any(t => t is { Length: >= 7 } && TimeWindow.Lower(t) is not null);
        var newIncident = NewIncidentCue().IsMatch(text);
        var newIncidentOnly = !ownDate && published is not null && newIncident;
        var newIncidentStart = ownDate && newIncident ? TimeWindow.Lower(start) ?? TimeWindow.Lower(discovered) : null;
        var decision = await MergeAsync(tx, reportSeq, victimSeq, type, window, TimeWindow.Lower(discovered), newIncidentOnly ? published : null, newIncidentStart, ct)
            .ConfigureAwait(false);
        return (reportSeq, decision);
    }

    /// <summary>The victim of the latest earlier report of the outlet an article relays (the incident it retells), or null.</summary>
    private static async Task<(long Seq, string Mention)?> RelayedVictimAsync(WriteTransaction tx, string outlet, DateOnly? published, CancellationToken ct)
    {
        var key = OriginKeys.Normalize(outlet);
        (long Seq, string Mention, string Published)? best = null;
        await using var command = tx.Command(
            "SELECT d.outlet, d.published, r.victim_seq, r.victim_text FROM reports r JOIN documents d ON d.doc_seq = r.doc_seq WHERE d.outlet IS NOT NULL ORDER BY r.report_seq");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var limit = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var when = reader.StringOrNull(1) ?? string.Empty;
            if (OriginKeys.Normalize(reader.GetString(0)) != key || (limit is not null && string.CompareOrdinal(when, limit) > 0)
                || (best is { } b && string.CompareOrdinal(when, b.Published) <= 0))
            {
                continue;
            }

            best = (Long(reader, 2), reader.GetString(3), when);
        }

        return best is { } found ? (found.Seq, found.Mention) : null;
    }

    /// <summary>The key under which a report is found by its victim's entity id in the document.</summary>
    private static string VictimKey(string entityId) => "victim:" + entityId;

    /// <summary>
    /// True when the entity is the source of a claim about who did it in the document (an accuser, or a party answering
    /// an accusation), not merely a victim declining to attribute or disputing the damage.
    /// </summary>
    private static bool IsClaimSource(Entity entity, ExtractionDocument document) =>
        document.Claims.Any(c => c.Kind is not (ClaimKinds.NoAttribution or ClaimKinds.SeverityDispute)
            && (c.Source.EntityId == entity.Id || NameKeys.Key(c.Source.Name) is { Length: > 0 } key && (key == NameKeys.Key(entity.Name) || entity.Aliases.Any(a => NameKeys.Key(a) == key))));

    /// <summary>
    /// When the draft's victim is written as an acronym no known victim has ("VKN") and the text also names a known
    /// victim whose name that acronym can abbreviate, that victim and the acronym.
    /// </summary>
    private static (long Seq, string Acronym)? AcronymOfKnownVictim(ReportDraft draft, string text, List<VictimEntry> victims)
    {
        var acronym = StripArticle(draft.Victim?.Name ?? draft.Mention ?? string.Empty);
        if (acronym.Length is < 2 or > 6 || !acronym.All(char.IsUpper))
        {
            return null;
        }

        var key = NameKeys.Key(acronym);
        if (victims.Any(v => v.Name.Keys.Contains(key)) || FindKnownVictim(text, victims) is not { } named)
        {
            return null;
        }

        return victims.First(v => v.Seq == named.Seq).Names.Any(n => NameKeys.AcronymFits(acronym, n)) ? (named.Seq, acronym) : null;
    }

    /// <summary>
    /// The organisation an article is about when its incident names no victim: an organisation (not a government body,
    /// vendor or outlet, nor the maker of the product the attack exploited) mentioned in the opening paragraph,
    /// preferring one the title names too; else null.
    /// </summary>
    private static (string Mention, Entity Entity)? LeadOrganization(ExtractionDocument document)
    {
        var text = document.Text;
        var opening = text.IndexOf("\n\n", StringComparison.Ordinal) is var end and > 0 ? end : Math.Min(text.Length, 400);
        var title = document.Document.Title ?? string.Empty;
        var candidates = document.Entities
            .Where(e => e.Kind == EntityKinds.Organization && e.Mentions.Count > 0 && e.Mentions.Min(m => m.Start) < opening
                && !e.Mentions.Any(m => ExploitedProduct(text, m.Start, m.End)))
            .OrderByDescending(e => (NameKeys.WithoutLegalForm(e.Name) ?? e.Name).Split(' ').Any(w => w.Length > 2 && title.Contains(w, StringComparison.Ordinal)))
            .ThenBy(e => e.Mentions.Min(m => m.Start))
            .ToList();
        return candidates.FirstOrDefault() is { } first ? (first.Mentions.MinBy(m => m.Start)!.Text, first) : null;
    }

    /// <summary>
    /// The article as one report, when its claims are tied to no incident of its own: typed by the most specific incident
    /// type of its events, timed by all their times, placed where it names the victim.
    /// </summary>
    private static ReportDraft DocumentDraft(ExtractionDocument document, string mention, int position) =>
        new(["document"], null, mention, IncidentTypes.Best(document.Events.Select(e => e.Type).Where(IncidentTypes.IsIncident)),
            document.Events.Select(e => e.Time).OfType<EventTime>().ToList(), position, "document");

    /// <summary>An incident as one document tells it, before its victim is resolved.</summary>
    private sealed record ReportDraft(IReadOnlyList<string> Keys, Entity? Victim, string? Mention, string Type, IReadOnlyList<EventTime> Times, int TriggerStart, string LocalId);

    /// <summary>
    /// The sector an incident's founding sentence targets, for incidents that name no victim organisation: the sector
    /// entity and its mention, widened to a country word right before it ("Italian airports").
    /// </summary>
    private static (Entity Sector, string Mention)? SectorTarget(ExtractionDocument document, int at)
    {
        var text = document.Text;
        if (text.Length == 0 || at < 0 || at > text.Length)
        {
            return null;
        }

        var from = text.LastIndexOfAny(['.', '\n'], Math.Max(0, at - 1)) + 1;
        var to = text.IndexOfAny(['.', '\n'], at);
        to = to < 0 ? text.Length : to;
        var countries = document.Entities.Where(e => e.Kind == EntityKinds.Country).SelectMany(e => e.Mentions).ToList();
        foreach (var sector in document.Entities.Where(e => e.Kind == EntityKinds.Sector))
        {
            if (sector.Mentions.Where(m => m.Start >= from && m.End <= to).MinBy(m => m.Start) is not { } span)
            {
                continue;
            }

            var country = countries.FirstOrDefault(c => c.End <= span.Start && span.Start - c.End <= 20 && text[c.End..span.Start].Trim().Length <= 12
                && !text[c.End..span.Start].Contains(',', StringComparison.Ordinal));
            // Named as people name it ("national government sector"), not by its vocabulary value; the mention (with
            // its country word) stays an alias.
            return (sector with { Name = SectorNames.Label(sector.Attributes.GetValueOrDefault("sector") ?? sector.Name) },
                country is not null ? text[country.Start..span.End] : span.Text);
        }

        return null;
    }

    private static EventArgument? VictimArgument(Event ev) =>
        ev.Arguments.FirstOrDefault(a => string.Equals(a.Role, "Victim", StringComparison.OrdinalIgnoreCase) && a.EntityId is not null)
        ?? ev.Arguments.FirstOrDefault(a => string.Equals(a.Role, "Victim", StringComparison.OrdinalIgnoreCase));

    /// <summary>Puts a new report into the incident at the same victim with a compatible type and overlapping time, or a new one.</summary>
    private async Task<string> MergeAsync(WriteTransaction tx, long reportSeq, long victimSeq, string type, TimeWindow window, DateOnly? discovered, DateOnly? newIncidentPublished,
        DateOnly? newIncidentStart, CancellationToken ct)
    {
        var candidates = new List<(long Incident, string Type, TimeWindow Window, long Report, DateOnly? Latest, DateOnly? Published)>();
        await using (var command = tx.Command(
            "SELECT ir.incident_seq, r.event_type, r.start_time, r.end_time, r.discovered, r.disclosed, d.published, r.report_seq " +
            "FROM incidents i JOIN incident_reports ir ON ir.incident_seq = i.incident_seq JOIN reports r ON r.report_seq = ir.report_seq " +
            "JOIN documents d ON d.doc_seq = r.doc_seq WHERE i.victim_seq = @v ORDER BY ir.incident_seq, r.report_seq"))
        {
            command.Add("@v", victimSeq);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var published = reader.StringOrNull(6) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                var latest = Enumerable.Range(2, 4).Select(i => TimeWindow.Upper(reader.StringOrNull(i))).Max();
                candidates.Add((Long(reader, 0), reader.GetString(1),
                    TimeWindow.Of(reader.StringOrNull(2), reader.StringOrNull(3), reader.StringOrNull(4), reader.StringOrNull(5), published), Long(reader, 7), latest, published));
            }
        }

        // An incident is discovered once: a report discovered well after every date the incident's reports give (its
        // start, end, discovery and disclosure) tells of a new incident, however wide its other times are.
        // An article that says it tells of a new incident joins none whose reports all appeared more than
        // SlackDays before it.
        var match = candidates
            .GroupBy(c => c.Incident)
            .FirstOrDefault(g => g.All(c => IncidentTypes.Compatible(c.Type, type)) && g.Any(c => c.Window.Overlaps(window))
                && !TimeWindow.DiscoveredLater(discovered, g.Select(c => c.Latest).Max())
                && !(newIncidentPublished is { } day && g.All(c => c.Published is { } p && day.DayNumber - p.DayNumber > TimeWindow.SlackDays))
                && !StartsAfter(newIncidentStart, g.Select(c => c.Latest).Max()));
        long incident;
        string action;
        string reason;
        if (match is not null)
        {
            incident = match.Key;
            action = "merge";
            var other = match.First(c => c.Window.Overlaps(window));
            reason = string.Create(CultureInfo.InvariantCulture,
                $"same victim, compatible type ({type} ~ {other.Type}), overlapping time ({Describe(window)} ~ {Describe(other.Window)})");
        }
        else
        {
            await using (var create = tx.Command("INSERT INTO incidents (victim_seq, created_at) VALUES (@v, @at) RETURNING incident_seq"))
            {
                create.Add("@v", victimSeq);
                create.Add("@at", NowMicros);
                incident = await create.ScalarLongAsync(ct).ConfigureAwait(false);
            }

            action = "new";
            reason = candidates.Count == 0
                ? "first report of an incident at this victim"
                : candidates.GroupBy(c => c.Incident).Any(g => g.All(c => IncidentTypes.Compatible(c.Type, type)) && g.Any(c => c.Window.Overlaps(window)))
                    ? newIncidentPublished is not null
                        ? string.Create(CultureInfo.InvariantCulture, $"same victim, but the article tells of a new incident and the earlier one was last reported more than {TimeWindow.SlackDays} days before")
                        : newIncidentStart is not null && candidates.GroupBy(c => c.Incident).All(g => !g.Any(c => c.Window.Overlaps(window)) || StartsAfter(newIncidentStart, g.Select(c => c.Latest).Max()))
                        ? string.Create(CultureInfo.InvariantCulture, $"same victim, but the article tells of a new incident, starting {newIncidentStart:yyyy-MM-dd}, after every date of the earlier one")
                        : string.Create(CultureInfo.InvariantCulture, $"same victim, but discovered {discovered:yyyy-MM-dd}, more than {TimeWindow.SlackDays} days after every date of its earlier incident")
                    : "same victim but no incident with a compatible type and overlapping time";
        }

        var now = NowMicros;
        await ExecuteAsync(tx, "INSERT INTO incident_reports (report_seq, incident_seq, reason, decided_at) VALUES (@r, @i, @why, @at)", ct,
            ("@r", reportSeq), ("@i", incident), ("@why", reason), ("@at", now)).ConfigureAwait(false);
        await ExecuteAsync(tx, "INSERT INTO merge_decisions (report_seq, incident_seq, action, reason, decided_at) VALUES (@r, @i, @a, @why, @at)", ct,
            ("@r", reportSeq), ("@i", incident), ("@a", action), ("@why", reason), ("@at", now)).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"report {reportSeq} → incident {incident} ({action}: {reason})");
    }

    private static string Describe(TimeWindow window) =>
        window.From == DateOnly.MinValue ? "unknown" : string.Create(CultureInfo.InvariantCulture, $"{window.From:yyyy-MM-dd}..{window.To:yyyy-MM-dd}");

    private async Task<int> IngestClaimsAsync(WriteTransaction tx, ExtractionDocument document, long docSeq, Relay? relay, HashSet<string> knownOutlets,
        Dictionary<string, long> reportsByEvent, HashSet<string> victimEntityIds, CancellationToken ct)
    {
        // An outlet is a medium, not a government or a vendor: a claim whose source is an outlet's name (the article's
        // own, the one it relays or cites, or one already in the store) is that outlet's reporting.
        var outletKeys = new HashSet<string>(knownOutlets, StringComparer.Ordinal);
        foreach (var outlet in new[] { document.Document.Source, relay?.Outlet }.Concat(document.Claims.Select(c => c.Source.CitedVia)))
        {
            if (outlet is { Length: > 0 })
            {
                outletKeys.Add(OriginKeys.Normalize(outlet));
            }
        }

        var entities = document.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var publisher = Publisher(document);
        var ownOutletKey = OriginKeys.Normalize(document.Document.Source ?? string.Empty);
        long? firstReport = reportsByEvent.Count == 0 ? null : reportsByEvent.Values.Min();
        var count = 0;
        foreach (var original in document.Claims)
        {
            var claim = original;
            if (original.Source.Kind != SourceKinds.Media && outletKeys.Contains(OriginKeys.Normalize(original.Source.Name)))
            {
                // An outlet speaking is the media, unless the outlet is a vendor's or an agency's own publication ("we
                // assess…" on the Dunaj Security Research Blog is Dunaj Security speaking).
                var ownPublication = publisher is not null && OriginKeys.Normalize(original.Source.Name) == ownOutletKey;
                claim = original with
                {
                    Source = ownPublication
                        ? original.Source with { Name = publisher!.Name, Kind = publisher.Kind == EntityKinds.Vendor ? SourceKinds.Vendor : SourceKinds.Government, EntityId = publisher.Id }
                        : original.Source with { Kind = SourceKinds.Media, EntityId = null },
                };
            }

            if (claim.Source.Kind == SourceKinds.Victim && claim.Source.EntityId is { } speaker && !victimEntityIds.Contains(speaker)
                && entities.TryGetValue(speaker, out var speakerEntity) && speakerEntity.Kind is EntityKinds.GovernmentBody or EntityKinds.Vendor)
            {
                // A government body or a security vendor that is no victim of the article's incidents speaks as what it is.
                claim = claim with { Source = claim.Source with { Kind = speakerEntity.Kind == EntityKinds.Vendor ? SourceKinds.Vendor : SourceKinds.Government } };
            }

            if (claim.Source.Kind == SourceKinds.Government && CountedOfficials().IsMatch(claim.Source.Name))
            {
                // "Two U.S. officials briefed on the investigation" are not the government speaking on the record:
                // they are anonymous officials, the source of the outlet that heard them.
                claim = claim with { Source = claim.Source with { Kind = SourceKinds.AnonymousOfficials, EntityId = null } };
            }

            if (claim.Kind == ClaimKinds.Denial && claim.Stance == Stances.Denies && claim.Source.Kind is not (SourceKinds.Accused or SourceKinds.Victim or SourceKinds.Vendor or SourceKinds.Researchers)
                && !ThirdPartyGovernment(claim, entities))
            {
                // A denial is the accused party's voice ("Russia has nothing to do with this," an embassy spokesman said),
                // however the speaker was read: quoted by an outlet or described as an official, it is not a third
                // party's evidence against the hypothesis.
                claim = claim with { Source = claim.Source with { Kind = SourceKinds.Accused } };
            }

            // A victim speaking ("we will not speculate about who is behind it") speaks of its own incident, whichever
            // event the extractor tied the sentence to.
            long? reportSeq = claim.Source.Kind == SourceKinds.Victim && claim.Source.EntityId is not null && reportsByEvent.TryGetValue(VictimKey(claim.Source.EntityId), out var own) ? own
                : claim.IncidentId is not null && reportsByEvent.TryGetValue(claim.IncidentId, out var byIncident) ? byIncident
                : claim.EventId is not null && reportsByEvent.TryGetValue(claim.EventId, out var byEvent) ? byEvent
                : firstReport;
            var accusedEntity = claim.AccusedEntityId is not null && entities.TryGetValue(claim.AccusedEntityId, out var a) ? a : null;
            // A victim does not attack itself: an accusation that names the victim is kept, but on no hypothesis.
            var accusesVictim = claim.AccusedEntityId is not null && victimEntityIds.Contains(claim.AccusedEntityId);
            var hypothesis = accusesVictim ? null : await ResolveHypothesisAsync(tx, claim, accusedEntity, ct).ConfigureAwait(false);
            var sourceEntity = claim.Source.EntityId is not null && entities.TryGetValue(claim.Source.EntityId, out var found) ? found : null;
            var (originKey, relayed) = OriginKeys.Of(claim.Source, document.Document.Source, relay, document.Document.Id, hypothesis?.ActorSeq is null ? null : hypothesis.Key,
                sourceEntity?.Attributes.GetValueOrDefault("country"), sourceEntity?.Name, claim.Stance == Stances.Denies ? claim.AccusedCountry : null);
            await ExecuteAsync(
                tx,
                "INSERT INTO claims (doc_seq, report_seq, claim_id, kind, hypothesis_key, hypothesis_label, actor_seq, accused, accused_country, source_name, source_kind, " +
                "source_count, cited_via, origin_key, relayed, stance, hedging, confidence, evidence, evidence_start, evidence_end) " +
                "VALUES (@d, @r, @id, @k, @hk, @hl, @as, @acc, @ac, @sn, @sk, @sc, @cv, @ok, @rl, @st, @hd, @cf, @ev, @es, @ee)",
                ct,
                ("@d", docSeq), ("@r", Typed(reportSeq)), ("@id", claim.Id), ("@k", claim.Kind), ("@hk", hypothesis?.Key), ("@hl", hypothesis?.Label),
                ("@as", Typed(hypothesis?.ActorSeq)), ("@acc", claim.Accused), ("@ac", claim.AccusedCountry), ("@sn", claim.Source.Name), ("@sk", claim.Source.Kind),
                ("@sc", Typed(claim.Source.Count)), ("@cv", claim.Source.CitedVia), ("@ok", originKey), ("@rl", relayed ? 1 : 0), ("@st", claim.Stance),
                ("@hd", JsonSerializer.Serialize(claim.HedgingCues, StorageJsonContext.Default.IReadOnlyListString)), ("@cf", claim.Confidence),
                ("@ev", claim.Evidence.Text), ("@es", claim.Evidence.Start), ("@ee", claim.Evidence.End)).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    /// <summary>
    /// The security vendor or government body that publishes the document, when its outlet is that party's own
    /// publication: the outlet's name begins with the party's name ("Dunaj Security Research Blog", "CERT-EU Threat
    /// Alerts").
    /// </summary>
    private static Entity? Publisher(ExtractionDocument document)
    {
        if (document.Document.Source is not { Length: > 0 } outlet)
        {
            return null;
        }

        var key = OriginKeys.Normalize(outlet);
        return document.Entities
            .Where(e => e.Kind is EntityKinds.Vendor or EntityKinds.GovernmentBody)
            .Select(e => (Entity: e, Key: OriginKeys.Normalize(e.Name)))
            .Where(e => e.Key.Length >= 4 && key.StartsWith(e.Key, StringComparison.Ordinal))
            .OrderByDescending(e => e.Key.Length)
            .Select(e => e.Entity)
            .FirstOrDefault();
    }

    /// <summary>A counted group of officials or sources ("two U.S. officials", "several people familiar with it").</summary>
    [GeneratedRegex(@"^(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|multiple|\d+)\b.*\b(?:officials|sources|people|persons|diplomats|investigators)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedOfficials();

    /// <summary>True when a new incident's start comes after the latest date an earlier incident's reports give.</summary>
    private static bool StartsAfter(DateOnly? newIncidentStart, DateOnly? incidentLatest) =>
        newIncidentStart is { } begins && incidentLatest is { } latest && begins > latest;

    /// <summary>Words by which an article says its incident is a new one, not the one reported before.</summary>
    [GeneratedRegex(@"\b(?:(?:hit|struck|attacked|breached|targeted|hacked) again|(?:a |its |the )?(?:second|another|fresh|new|separate) (?:cyber ?attack|attack|breach|data breach|incident|intrusion|hack|ransomware attack)|(?:unrelated|not related) to)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewIncidentCue();

    /// <summary>A government of another country than the accused's, disputing the accusation (a third party's view).</summary>
    private static bool ThirdPartyGovernment(Claim claim, Dictionary<string, Entity> entities)
    {
        if (claim.Source.Kind != SourceKinds.Government)
        {
            return false;
        }

        var country = (claim.Source.EntityId is not null && entities.TryGetValue(claim.Source.EntityId, out var source) ? source.Attributes.GetValueOrDefault("country") : null)
            ?? Countries.FindIn(claim.Source.Name) ?? Countries.FindSeatIn(claim.Source.Name);
        return country is not null && claim.AccusedCountry is not null && !string.Equals(country, claim.AccusedCountry, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The sentence around a character offset, for evidence display.</summary>
    internal static string Sentence(string text, int offset)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        offset = Math.Clamp(offset, 0, text.Length - 1);
        var start = offset;
        while (start > 0 && !(text[start - 1] is '\n' || (text[start - 1] == ' ' && start > 1 && text[start - 2] is '.' or '!' or '?')))
        {
            start--;
        }

        var end = offset;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))))
        {
            end++;
        }

        return text[start..Math.Min(text.Length, end + 1)].Trim();
    }
}
