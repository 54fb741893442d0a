using System.Data.Common;
using Npgsql;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>PostgreSQL through a singleton <see cref="NpgsqlDataSource"/>; writers serialise on an advisory transaction lock.</summary>
internal sealed class PostgresKnowledgeDatabase : KnowledgeDatabase
{
    /// <summary>The advisory lock key all ThreatLedger writers share ("TLWRITER" in ASCII).</summary>
    private const long WriterLockKey = 0x544C_5752_4954_4552;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _description;

    public PostgresKnowledgeDatabase(string connectionString, TimeProvider timeProvider)
        : base(timeProvider)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StorageException($"Invalid PostgreSQL connection string: {ex.Message}", ex);
        }

        _description = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        if (string.IsNullOrEmpty(builder.Options) || !builder.Options.Contains("jit", StringComparison.OrdinalIgnoreCase))
        {
            // The knowledge base runs short indexed queries (keyset pages, lookups by id); PostgreSQL's JIT adds tens
            // of milliseconds of compilation to each of them and never pays back. A connection string that sets jit
            // in Options keeps its own choice.
            builder.Options = string.IsNullOrEmpty(builder.Options) ? "-c jit=off" : builder.Options + " -c jit=off";
        }

        if (builder.MaxAutoPrepare == 0)
        {
            // The same few query shapes (TAXII pages, lookups by id) run over and over: let Npgsql prepare them on
            // the server after their second use instead of having PostgreSQL parse and plan each execution.
            builder.MaxAutoPrepare = 64;
        }

        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string Description => _description;

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex)
        {
            throw new StorageException($"Cannot connect to the knowledge base {_description}: {ex.Message}", ex.IsTransient, ex);
        }
    }

    public override async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        var connection = (NpgsqlConnection)await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@k)", connection, transaction);
            command.Parameters.AddWithValue("k", WriterLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new WriteTransaction(connection, transaction);
        }
        catch (NpgsqlException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StorageException($"Cannot start a write on {_description}: {ex.Message}", ex.IsTransient, ex);
        }
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
