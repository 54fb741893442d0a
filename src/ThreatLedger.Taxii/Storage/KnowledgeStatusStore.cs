using System.Buffers;
using System.Data.Common;
using System.Text.Json;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Client;
using ThreatLedger.Taxii.Protocol;

namespace ThreatLedger.Taxii.Storage;

/// <summary>
/// Keeps status resources in the knowledge base (table <c>taxii_statuses</c>, SQLite or PostgreSQL), so a client
/// polling a status after the server restarted still finds it. Statuses older than the retention are removed.
/// </summary>
public sealed class KnowledgeStatusStore : IStatusStore
{
    private readonly KnowledgeDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _retention;

    private KnowledgeStatusStore(KnowledgeDatabase database, TimeProvider timeProvider, TimeSpan retention)
    {
        _database = database;
        _timeProvider = timeProvider;
        _retention = retention;
    }

    /// <summary>Applies the TAXII component's migrations and returns the store.</summary>
    /// <param name="database">The knowledge base.</param>
    /// <param name="timeProvider">Clock for the retention.</param>
    /// <param name="retention">How long statuses are kept (default 30 days).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public static async Task<KnowledgeStatusStore> OpenAsync(KnowledgeDatabase database, TimeProvider? timeProvider = null, TimeSpan? retention = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.MigrateAsync(TaxiiPullState.Migrations, cancellationToken).ConfigureAwait(false);
        return new KnowledgeStatusStore(database, timeProvider ?? TimeProvider.System, retention ?? TimeSpan.FromDays(30));
    }

    /// <inheritdoc />
    public async Task AddAsync(StatusRecord status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var cutoff = Microseconds.FromDateTimeOffset(_timeProvider.GetUtcNow() - _retention);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var expire = connection.CreateCommand())
        {
            expire.CommandText = "DELETE FROM taxii_statuses WHERE request_timestamp < @cutoff";
            Add(expire, "@cutoff", cutoff);
            await expire.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO taxii_statuses (id, api_root, owner, request_timestamp, details) VALUES (@id, @root, @owner, @time, @details)";
        Add(insert, "@id", status.Id);
        Add(insert, "@root", status.ApiRoot);
        Add(insert, "@owner", status.Owner);
        Add(insert, "@time", Microseconds.FromDateTimeOffset(status.RequestTimestamp));
        Add(insert, "@details", WriteDetails(status));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StatusRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT api_root, owner, request_timestamp, details FROM taxii_statuses WHERE id = @id";
        Add(select, "@id", id);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        using var details = JsonDocument.Parse(reader.GetString(3));
        return new StatusRecord
        {
            Id = id,
            ApiRoot = reader.GetString(0),
            Owner = reader.GetString(1),
            RequestTimestamp = Microseconds.ToDateTimeOffset(reader.GetInt64(2)),
            Successes = ReadDetails(details.RootElement, "successes"),
            Failures = ReadDetails(details.RootElement, "failures"),
            Pendings = ReadDetails(details.RootElement, "pendings"),
        };
    }

    private static string WriteDetails(StatusRecord status)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, list) in new[] { ("successes", status.Successes), ("failures", status.Failures), ("pendings", status.Pendings) })
            {
                writer.WriteStartArray(name);
                foreach (var detail in list)
                {
                    detail.WriteTo(writer);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static List<StatusDetail> ReadDetails(JsonElement root, string name)
    {
        var details = new List<StatusDetail>();
        if (root.TryGetProperty(name, out var list))
        {
            foreach (var item in list.EnumerateArray())
            {
                details.Add(new StatusDetail(
                    item.GetProperty("id").GetString()!,
                    item.GetProperty("version").GetString()!,
                    item.TryGetProperty("message", out var message) ? message.GetString() : null));
            }
        }

        return details;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        if (value is string)
        {
            parameter.DbType = System.Data.DbType.String;
        }

        command.Parameters.Add(parameter);
    }
}
