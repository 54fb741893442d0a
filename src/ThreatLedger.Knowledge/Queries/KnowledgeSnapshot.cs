using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ThreatLedger.Knowledge.Assessment;
using ThreatLedger.Knowledge.Sources;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Queries;

/// <summary>The knowledge tables read in one go (a consistent snapshot) for building listings and boards.</summary>
internal sealed class KnowledgeSnapshot
{
    public Dictionary<long, DocumentRow> Documents { get; } = [];
    public Dictionary<long, EntityRow> Entities { get; } = [];
    public List<ReportRow> Reports { get; } = [];
    public List<ClaimRow> Claims { get; } = [];

    /// <summary>The relays found per article (explicit cues and derivative reports), by document key.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<Derivation>> Relays { get; private set; } = new Dictionary<long, IReadOnlyList<Derivation>>();

    public static async Task<KnowledgeSnapshot> LoadAsync(KnowledgeDatabase database, CancellationToken ct)
    {
        var snapshot = new KnowledgeSnapshot();
        await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);

        await ReadAsync(connection, tx, "SELECT doc_seq, doc_id, title, url, outlet, published, origin, relays_outlet, relay_cue, kind FROM documents", r =>
            snapshot.Documents[L(r, 0)] = new DocumentRow(L(r, 0), r.GetString(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4), r.StringOrNull(5),
                r.StringOrNull(6), r.StringOrNull(7), r.StringOrNull(8), r.GetString(9)), ct).ConfigureAwait(false);
        await ReadAsync(connection, tx, "SELECT entity_seq, kind, name, country, origin FROM entities", r =>
            snapshot.Entities[L(r, 0)] = new EntityRow(L(r, 0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.GetString(4), []), ct).ConfigureAwait(false);
        await ReadAsync(connection, tx, "SELECT entity_seq, alias FROM entity_aliases ORDER BY entity_seq, alias", r =>
        {
            if (snapshot.Entities.TryGetValue(L(r, 0), out var entity))
            {
                entity.Aliases.Add(r.GetString(1));
            }
        }, ct).ConfigureAwait(false);
        await ReadAsync(connection, tx,
            "SELECT r.report_seq, r.doc_seq, r.event_type, r.victim_seq, r.victim_text, r.start_time, r.end_time, r.discovered, r.disclosed, r.dwell_days, r.evidence, " +
            "ir.incident_seq, ir.reason, r.event_id, ir.decided_at, i.created_at FROM reports r JOIN incident_reports ir ON ir.report_seq = r.report_seq " +
            "JOIN incidents i ON i.incident_seq = ir.incident_seq ORDER BY r.report_seq", r =>
            snapshot.Reports.Add(new ReportRow(L(r, 0), L(r, 1), r.GetString(2), L(r, 3), r.GetString(4), r.StringOrNull(5), r.StringOrNull(6), r.StringOrNull(7),
                r.StringOrNull(8), r.IsDBNull(9) ? null : (int)L(r, 9), r.StringOrNull(10), L(r, 11), r.GetString(12))
            {
                EventId = r.GetString(13), DecidedAt = L(r, 14), IncidentCreatedAt = L(r, 15),
            }), ct).ConfigureAwait(false);
        await ReadAsync(connection, tx,
            "SELECT claim_seq, doc_seq, report_seq, claim_id, kind, hypothesis_key, hypothesis_label, actor_seq, accused, accused_country, source_name, source_kind, " +
            "source_count, cited_via, origin_key, relayed, stance, hedging, confidence, evidence FROM claims ORDER BY claim_seq", r =>
            snapshot.Claims.Add(new ClaimRow(L(r, 0), L(r, 1), r.IsDBNull(2) ? null : L(r, 2), r.GetString(3), r.GetString(4), r.StringOrNull(5), r.StringOrNull(6),
                r.IsDBNull(7) ? null : L(r, 7), r.StringOrNull(8), r.StringOrNull(9), r.GetString(10), r.GetString(11), r.IsDBNull(12) ? null : (int)L(r, 12),
                r.StringOrNull(13), r.GetString(14), L(r, 15) != 0, r.GetString(16),
                JsonSerializer.Deserialize(r.GetString(17), StorageJsonContext.Default.IReadOnlyListString) ?? [], (int)L(r, 18), r.GetString(19))), ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        snapshot.DeriveSources();
        return snapshot;
    }

    /// <summary>
    /// Finds derivative reports across the store (<see cref="DerivationDetector"/>) and gives each claim the original
    /// source it was derived from, so that every board counts relays once, whatever order the articles came in.
    /// </summary>
    private void DeriveSources()
    {
        var incidents = Reports.ToDictionary(r => r.Seq, r => r.IncidentSeq);
        var claimsByDocument = Claims.ToLookup(c => c.DocSeq);
        var reportsByDocument = Reports.ToLookup(r => r.DocSeq);
        var documents = Documents.Values.Where(d => d.Kind == "article").Select(d => new SourcedDocument(
            d.Seq, d.DocId, d.Label, d.Outlet,
            d.Published is { } p && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            d.RelaysOutlet, d.RelayCue,
            claimsByDocument[d.Seq].Select(c => new SourcedClaim(c.Seq, c.ReportSeq is { } r && incidents.TryGetValue(r, out var i) ? i : null, c.HypothesisKey,
                AttributionModel.Direction(c.Stance), c.SourceName, c.SourceKind, c.SourceCount, c.OriginKey, c.Relayed, c.Evidence) { AccusedCountry = c.AccusedCountry }).ToList())
        {
            Reports = reportsByDocument[d.Seq].Where(r => r.Evidence is { Length: > 0 }).Select(r => new SourcedReport(r.IncidentSeq, r.Evidence!)).ToList(),
        }).ToList();
        var result = DerivationDetector.Detect(documents);
        for (var i = 0; i < Claims.Count; i++)
        {
            if (result.Claims.TryGetValue(Claims[i].Seq, out var origin) && origin.Derivation is not null)
            {
                Claims[i] = Claims[i] with { OriginKey = origin.OriginKey, Relayed = origin.Relayed, Derivation = origin.Derivation };
            }
        }

        Relays = result.Documents;
    }

    private static long L(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static async Task ReadAsync(DbConnection connection, DbTransaction tx, string sql, Action<DbDataReader> row, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            row(reader);
        }
    }

    internal sealed record DocumentRow(long Seq, string DocId, string? Title, string? Url, string? Outlet, string? Published, string? Origin, string? RelaysOutlet, string? RelayCue, string Kind)
    {
        /// <summary>The article's <see cref="DocumentLabel"/> and its date.</summary>
        public string Label => DocumentLabel.Of(Outlet, Origin, DocId) + (Published is null ? string.Empty : " (" + Published + ")");
    }

    internal sealed record EntityRow(long Seq, string Kind, string Name, string? Country, string Origin, List<string> Aliases);

    internal sealed record ReportRow(long Seq, long DocSeq, string EventType, long VictimSeq, string VictimText, string? Start, string? End, string? Discovered,
        string? Disclosed, int? DwellDays, string? Evidence, long IncidentSeq, string Reason)
    {
        /// <summary>The extraction's id of the incident or event this report was made from, within its document.</summary>
        public string EventId { get; init; } = string.Empty;

        /// <summary>When the report was put into its current incident (microseconds since the epoch).</summary>
        public long DecidedAt { get; init; }

        /// <summary>When the report's current incident was created (microseconds since the epoch).</summary>
        public long IncidentCreatedAt { get; init; }
    }

    internal sealed record ClaimRow(long Seq, long DocSeq, long? ReportSeq, string ClaimId, string Kind, string? HypothesisKey, string? HypothesisLabel, long? ActorSeq,
        string? Accused, string? AccusedCountry, string SourceName, string SourceKind, int? SourceCount, string? CitedVia, string OriginKey, bool Relayed,
        string Stance, IReadOnlyList<string> Hedging, int Confidence, string Evidence)
    {
        /// <summary>How the claim was found to relay an earlier report, when the derivation detector found it.</summary>
        public Derivation? Derivation { get; init; }
    }
}
