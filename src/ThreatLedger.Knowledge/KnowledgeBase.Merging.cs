using System.Data.Common;
using System.Globalization;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>
    /// Reverses a merge: moves a report out of its incident into a new incident of its own, recording the decision
    /// (action <c>unmerge</c>) next to the original one. Returns the new incident's id.
    /// </summary>
    /// <exception cref="KnowledgeException">There is no such report, or it is alone in its incident.</exception>
    public async Task<long> UnmergeAsync(long reportId, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var tx = await Database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            long incident, victim, companions;
            await using (var command = tx.Command(
                "SELECT ir.incident_seq, i.victim_seq, (SELECT COUNT(*) FROM incident_reports o WHERE o.incident_seq = ir.incident_seq) " +
                "FROM incident_reports ir JOIN incidents i ON i.incident_seq = ir.incident_seq WHERE ir.report_seq = @r"))
            {
                command.Add("@r", reportId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new KnowledgeException(string.Create(CultureInfo.InvariantCulture, $"There is no report {reportId}; 'show' lists each incident's reports."));
                }

                (incident, victim, companions) = (Long(reader, 0), Long(reader, 1), Long(reader, 2));
            }

            if (companions < 2)
            {
                throw new KnowledgeException(string.Create(CultureInfo.InvariantCulture, $"Report {reportId} is the only report of incident {incident}; there is nothing to unmerge."));
            }

            var created = await InsertReturningAsync(tx, "INSERT INTO incidents (victim_seq, created_at) VALUES (@v, @at)", "incident_seq", cancellationToken,
                ("@v", victim), ("@at", NowMicros)).ConfigureAwait(false);
            var reason = string.Create(CultureInfo.InvariantCulture, $"split from incident {incident} by an analyst (unmerge)");
            await ExecuteAsync(tx, "UPDATE incident_reports SET incident_seq = @i, reason = @why, decided_at = @at WHERE report_seq = @r", cancellationToken,
                ("@i", created), ("@why", reason), ("@at", NowMicros), ("@r", reportId)).ConfigureAwait(false);
            await ExecuteAsync(tx, "INSERT INTO merge_decisions (report_seq, incident_seq, action, reason, decided_at) VALUES (@r, @i, 'unmerge', @why, @at)", cancellationToken,
                ("@r", reportId), ("@i", created), ("@why", reason), ("@at", NowMicros)).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return created;
        }
        catch (DbException ex)
        {
            throw new StorageException($"Unmerging report {reportId} in {Database.Description} failed: {ex.Message}", ex.IsTransient, ex);
        }
    }
}
