using System.Globalization;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Incidents;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>
    /// Keeps an article whose claims are tied to no incident ("Russia's embassy said the accusations were groundless",
    /// before any article named the victim): its text and its events' type and times, so that a later article that
    /// introduces the victim can attach the claims (see <see cref="AttachWaitingClaimsAsync"/>).
    /// </summary>
    private static async Task KeepWaitingAsync(WriteTransaction tx, long docSeq, ExtractionDocument document, CancellationToken ct)
    {
        var draft = DocumentDraft(document, string.Empty, 0);
        var times = ReportTimes.Of(draft.Times);
        await ExecuteAsync(
            tx,
            "INSERT INTO waiting_documents (doc_seq, body, event_type, start_time, end_time, discovered, disclosed, dwell_days) VALUES (@d, @b, @t, @s, @e, @di, @dc, @dw)",
            ct,
            ("@d", docSeq), ("@b", document.Text), ("@t", draft.Type), ("@s", times.Start), ("@e", times.End), ("@di", times.Discovered),
            ("@dc", times.Disclosed), ("@dw", Typed(times.DwellDays))).ConfigureAwait(false);
    }

    /// <summary>
    /// After an article added reports (and so perhaps a new victim or alias), attaches the claims of every waiting
    /// article that names one of that article's victims: the waiting article gets its report of that victim's incident,
    /// merged by the usual rules, and its unattached claims join it. Only the new article's victims are looked for: a
    /// waiting article named no victim known when it was ingested, and every later article has run this check for its
    /// own. Adds one line per attached article to <paramref name="decisions"/>.
    /// </summary>
    private async Task AttachWaitingClaimsAsync(WriteTransaction tx, long docSeq, List<string> decisions, CancellationToken ct)
    {
        var waiting = new List<(long DocSeq, string Body, string Type, EventTime Time, DateOnly? Published, string Origin, string? Title)>();
        await using (var command = tx.Command(
            "SELECT w.doc_seq, w.body, w.event_type, w.start_time, w.end_time, w.discovered, w.disclosed, w.dwell_days, d.published, COALESCE(d.origin, d.doc_id), d.title " +
            "FROM waiting_documents w JOIN documents d ON d.doc_seq = w.doc_seq ORDER BY w.doc_seq"))
        {
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var time = new ReportTimes(reader.StringOrNull(3), reader.StringOrNull(4), reader.StringOrNull(5), reader.StringOrNull(6),
                    LongOrNull(reader, 7) is { } days ? (int)days : null).ToEventTime();
                var published = reader.StringOrNull(8) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                waiting.Add((Long(reader, 0), reader.GetString(1), reader.GetString(2), time, published, reader.GetString(9), reader.StringOrNull(10)));
            }
        }

        if (waiting.Count == 0)
        {
            return;
        }

        var reported = new HashSet<long>();
        await using (var command = tx.Command("SELECT DISTINCT victim_seq FROM reports WHERE doc_seq = @d"))
        {
            command.Add("@d", docSeq);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                reported.Add(Long(reader, 0));
            }
        }

        var victims = await LoadVictimsAsync(tx, ct, reported).ConfigureAwait(false);
        foreach (var article in waiting)
        {
            if (FindKnownVictimInArticle(article.Body, article.Title, victims) is not { } named)
            {
                continue;
            }

            var draft = new ReportDraft(["document"], null, named.Mention, article.Type, [article.Time], named.Position, "document");
            var (reportSeq, decision) = await InsertReportAsync(tx, article.DocSeq, draft, named.Seq, named.Mention, article.Body, article.Published, ct).ConfigureAwait(false);
            long attached;
            await using (var update = tx.Command("UPDATE claims SET report_seq = @r WHERE doc_seq = @d AND report_seq IS NULL"))
            {
                update.Add("@r", reportSeq);
                update.Add("@d", article.DocSeq);
                attached = await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await ExecuteAsync(tx, "DELETE FROM waiting_documents WHERE doc_seq = @d", ct, ("@d", article.DocSeq)).ConfigureAwait(false);
            decisions.Add(string.Create(CultureInfo.InvariantCulture,
                $"{attached} waiting claims of {article.Origin} attached: it names {named.Mention}, {decision}"));
        }
    }
}
