using System.Data.Common;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Client;

/// <summary>Remembers, in the knowledge base, the last X-TAXII-Date-Added-Last pulled from each remote collection.</summary>
public sealed class TaxiiPullState
{
    /// <summary>The TAXII component's migrations (the <c>taxii_pull_state</c> table).</summary>
    public static MigrationSource Migrations { get; } = new("taxii", typeof(TaxiiPullState).Assembly, "ThreatLedger.Taxii.Migrations.");

    private readonly KnowledgeDatabase _database;

    private TaxiiPullState(KnowledgeDatabase database) => _database = database;

    /// <summary>Applies the table's migration and returns the state store.</summary>
    public static async Task<TaxiiPullState> OpenAsync(KnowledgeDatabase database, CancellationToken cancellationToken)
    {
        await database.MigrateAsync(Migrations, cancellationToken).ConfigureAwait(false);
        return new TaxiiPullState(database);
    }

    /// <summary>The saved date-added watermark for a remote collection, or null.</summary>
    public async Task<string?> GetAsync(string remote, string collectionId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT added_last FROM taxii_pull_state WHERE remote = @remote AND collection_id = @collection";
        Add(command, "@remote", remote);
        Add(command, "@collection", collectionId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Saves the watermark.</summary>
    public async Task SetAsync(string remote, string collectionId, string addedLast, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO taxii_pull_state (remote, collection_id, added_last, updated_at) VALUES (@remote, @collection, @last, @now) "
            + "ON CONFLICT (remote, collection_id) DO UPDATE SET added_last = excluded.added_last, updated_at = excluded.updated_at";
        Add(command, "@remote", remote);
        Add(command, "@collection", collectionId);
        Add(command, "@last", addedLast);
        Add(command, "@now", Protocol.TaxiiTimestamp.Format(now));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        parameter.DbType = System.Data.DbType.String;
        command.Parameters.Add(parameter);
    }
}
