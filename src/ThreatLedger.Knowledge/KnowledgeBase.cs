using System.Data.Common;
using System.Globalization;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge;

/// <summary>
/// The analyst's knowledge base over a <see cref="KnowledgeDatabase"/>: ingest of articles and bundles, entity
/// resolution, incident merging, source independence and attribution assessment.
/// </summary>
public sealed partial class KnowledgeBase
{
    public KnowledgeBase(KnowledgeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        Database = database;
    }

    public KnowledgeDatabase Database { get; }

    private long NowMicros => Microseconds.FromDateTimeOffset(Database.TimeProvider.GetUtcNow());

    private static async Task<long> InsertReturningAsync(WriteTransaction tx, string sql, string keyColumn, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        await using var command = tx.Command(sql + " RETURNING " + keyColumn);
        foreach (var (name, value) in values)
        {
            if (value is string or null)
            {
                command.AddText(name, (string?)value);
            }
            else
            {
                command.Add(name, value);
            }
        }

        return await command.ScalarLongAsync(ct).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(WriteTransaction tx, string sql, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        await using var command = tx.Command(sql);
        foreach (var (name, value) in values)
        {
            if (value is string or null)
            {
                command.AddText(name, (string?)value);
            }
            else
            {
                command.Add(name, value);
            }
        }

        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A nullable number as a parameter value: a null becomes an untyped DBNull (a null string would be typed text).</summary>
    private static object Typed<T>(T? value)
        where T : struct => value is { } v ? v : DBNull.Value;

    private static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static long? LongOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Long(reader, ordinal);
}
