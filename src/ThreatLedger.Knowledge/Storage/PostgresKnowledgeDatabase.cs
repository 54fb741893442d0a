using System.Data.Common;
using Npgsql;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>PostgreSQL through a singleton <see cref="NpgsqlDataSource"/>; writers serialise on an advisory transaction lock.</summary>
internal sealed class PostgresKnowledgeDatabase : KnowledgeDatabase
{
    /// <summary>The advisory lock key all ThreatLedger writers share ("TLWRITER" in ASCII).</summary>
    private const long WriterLockKey = 0x544C_5752_4954_4552;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _stablePlanDataSource;
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

        if (!Mentions(connectionString, nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            // The store never changes session state (no SET, temporary tables, LISTEN or session advisory locks: the
            // writer lock is transaction-scoped), so there is nothing to reset when a connection goes back to the
            // pool. Without this Npgsql sends seven reset statements (RESET ALL, DISCARD TEMP, …) before the next
            // query on that connection: about 0.12 ms of PostgreSQL CPU per TAXII page.
            builder.NoResetOnClose = true;
        }

        // Keyset pages (the TAXII objects, manifest and versions reads) have one good plan whatever the cursor: an
        // index scan in (date_added, seq) order. PostgreSQL would plan each execution of a prepared statement again
        // (custom plans) whenever its cost estimates for the first five executions of a connection happen to favour
        // that, and the planning costs more than the page itself. A second pool whose sessions use generic plans
        // serves these statements only; every other query keeps PostgreSQL's choice. The two pools share the
        // connection string's Max Pool Size, so the server never opens more connections than it allows.
        var pageBuilder = new NpgsqlConnectionStringBuilder(builder.ConnectionString);
        pageBuilder.Options += " -c plan_cache_mode=force_generic_plan";
        pageBuilder.MaxPoolSize = Math.Max(1, builder.MaxPoolSize / 2);
        pageBuilder.MinPoolSize = Math.Min(pageBuilder.MinPoolSize, pageBuilder.MaxPoolSize);
        builder.MaxPoolSize = Math.Max(1, builder.MaxPoolSize - pageBuilder.MaxPoolSize);
        builder.MinPoolSize = Math.Min(builder.MinPoolSize, builder.MaxPoolSize);
        _dataSource = NpgsqlDataSource.Create(builder);
        _stablePlanDataSource = NpgsqlDataSource.Create(pageBuilder);
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    /// <summary>Whether the connection string sets <paramref name="keyword"/> (in any spelling: "NoResetOnClose", "No Reset On Close").</summary>
    private static bool Mentions(string connectionString, string keyword)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(key => key.Replace(" ", string.Empty, StringComparison.Ordinal).Equals(keyword, StringComparison.OrdinalIgnoreCase));
    }

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

    internal override async Task<ReadSession> OpenReadSessionAsync(bool stablePlan, CancellationToken cancellationToken = default)
    {
        if (!stablePlan)
        {
            return await base.OpenReadSessionAsync(stablePlan, cancellationToken).ConfigureAwait(false);
        }

        NpgsqlConnection connection;
        try
        {
            connection = await _stablePlanDataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex)
        {
            throw new StorageException($"Cannot connect to the knowledge base {_description}: {ex.Message}", ex.IsTransient, ex);
        }

        return new ReadSession(connection.CreateCommand(), _ => null, connection.DisposeAsync);
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

    public override async ValueTask DisposeAsync()
    {
        await _stablePlanDataSource.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }
}
