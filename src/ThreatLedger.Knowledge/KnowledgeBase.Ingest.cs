using System.Data.Common;
using System.Globalization;
using System.Text.Json;
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

            var relay = RelayDetector.Detect(document);
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
            var reportsByEvent = await IngestReportsAsync(tx, document, docSeq, decisions, cancellationToken).ConfigureAwait(false);
            var claims = await IngestClaimsAsync(tx, document, docSeq, relay, reportsByEvent, cancellationToken).ConfigureAwait(false);

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new IngestResult
            {
                Origin = origin,
                Status = IngestStatus.Ingested,
                ObjectsStored = put.Inserted,
                ObjectsUnchanged = put.Unchanged,
                Reports = reportsByEvent.Values.Distinct().Count(),
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

            var put = await ((StixObjectStore)Database.Objects).PutAsync(tx, objects, null, cancellationToken).ConfigureAwait(false);
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

    private static async Task<bool> HasDocumentAsync(WriteTransaction tx, string contentHash, CancellationToken ct)
    {
        await using var command = tx.Command("SELECT COUNT(*) FROM documents WHERE content_hash = @h");
        command.AddText("@h", contentHash);
        return await command.ScalarLongAsync(ct).ConfigureAwait(false) > 0;
    }

    /// <summary>Groups the document's actual events into reports (one per incident hopper), resolves victims and merges.</summary>
    private async Task<Dictionary<string, long>> IngestReportsAsync(WriteTransaction tx, ExtractionDocument document, long docSeq, List<string> decisions, CancellationToken ct)
    {
        var entities = document.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
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

        var victims = await LoadVictimsAsync(tx, ct).ConfigureAwait(false);
        var published = document.Document.Published;
        var reportsByEvent = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var events in groups.Values)
        {
            var victimArgument = events.Select(VictimArgument).FirstOrDefault(a => a is not null);
            if (victimArgument is null)
            {
                continue;
            }

            var victimEntity = victimArgument.EntityId is not null && entities.TryGetValue(victimArgument.EntityId, out var found) ? found : null;
            var victimSeq = await ResolveVictimAsync(tx, victims, victimEntity, victimArgument.Span.Text, ct).ConfigureAwait(false);
            var type = IncidentTypes.Best(events.Where(e => IncidentTypes.IsIncident(e.Type)).Select(e => e.Type));
            var times = events.Select(e => e.Time).Where(t => t is not null).Select(t => t!).ToList();
            var start = times.Select(t => t.Start).Where(s => s is not null).Order(StringComparer.Ordinal).FirstOrDefault();
            var end = times.Select(t => t.End).Where(s => s is not null).Order(StringComparer.Ordinal).LastOrDefault();
            var discovered = times.Select(t => t.Discovered).Where(s => s is not null).Order(StringComparer.Ordinal).FirstOrDefault();
            var disclosed = times.Select(t => t.Disclosed).Where(s => s is not null).Order(StringComparer.Ordinal).FirstOrDefault();
            var dwell = times.Select(t => t.DwellDays).FirstOrDefault(d => d is not null);
            var trigger = events.OrderByDescending(e => IncidentTypes.IsIncident(e.Type)).First();
            var evidence = Sentence(document.Text, trigger.Trigger.Start);

            var reportSeq = await InsertReturningAsync(
                tx,
                "INSERT INTO reports (doc_seq, event_id, event_type, victim_seq, victim_text, start_time, end_time, discovered, disclosed, dwell_days, evidence) " +
                "VALUES (@d, @e, @t, @v, @vt, @s, @en, @di, @dc, @dw, @ev)",
                "report_seq",
                ct,
                ("@d", docSeq), ("@e", trigger.Id), ("@t", type), ("@v", victimSeq), ("@vt", victimArgument.Span.Text), ("@s", start), ("@en", end),
                ("@di", discovered), ("@dc", disclosed), ("@dw", Typed(dwell)), ("@ev", evidence)).ConfigureAwait(false);
            foreach (var ev in events)
            {
                reportsByEvent[ev.Id] = reportSeq;
            }

            var window = TimeWindow.Of(start, end, discovered, disclosed, published);
            decisions.Add(await MergeAsync(tx, reportSeq, victimSeq, type, window, ct).ConfigureAwait(false));
        }

        return reportsByEvent;
    }

    private static EventArgument? VictimArgument(Event ev) =>
        ev.Arguments.FirstOrDefault(a => string.Equals(a.Role, "Victim", StringComparison.OrdinalIgnoreCase) && a.EntityId is not null)
        ?? ev.Arguments.FirstOrDefault(a => string.Equals(a.Role, "Victim", StringComparison.OrdinalIgnoreCase));

    /// <summary>Puts a new report into the incident at the same victim with a compatible type and overlapping time, or a new one.</summary>
    private async Task<string> MergeAsync(WriteTransaction tx, long reportSeq, long victimSeq, string type, TimeWindow window, CancellationToken ct)
    {
        var candidates = new List<(long Incident, string Type, TimeWindow Window, long Report)>();
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
                candidates.Add((Long(reader, 0), reader.GetString(1),
                    TimeWindow.Of(reader.StringOrNull(2), reader.StringOrNull(3), reader.StringOrNull(4), reader.StringOrNull(5), published), Long(reader, 7)));
            }
        }

        var match = candidates
            .GroupBy(c => c.Incident)
            .FirstOrDefault(g => g.All(c => IncidentTypes.Compatible(c.Type, type)) && g.Any(c => c.Window.Overlaps(window)));
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

    private async Task<int> IngestClaimsAsync(WriteTransaction tx, ExtractionDocument document, long docSeq, Relay? relay, Dictionary<string, long> reportsByEvent, CancellationToken ct)
    {
        var entities = document.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        long? firstReport = reportsByEvent.Count == 0 ? null : reportsByEvent.Values.Min();
        var count = 0;
        foreach (var claim in document.Claims)
        {
            long? reportSeq = claim.EventId is not null && reportsByEvent.TryGetValue(claim.EventId, out var r) ? r : firstReport;
            var accusedEntity = claim.AccusedEntityId is not null && entities.TryGetValue(claim.AccusedEntityId, out var a) ? a : null;
            var hypothesis = await ResolveHypothesisAsync(tx, claim, accusedEntity, ct).ConfigureAwait(false);
            var (originKey, relayed) = OriginKeys.Of(claim.Source, document.Document.Source, relay, document.Document.Id);
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
