using System.Data.Common;
using System.Text.RegularExpressions;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// The knowledge base's database: a SQLite file (default) or PostgreSQL (a connection string such as
/// <c>Host=…;Database=…</c>). Open it with <see cref="OpenAsync"/>, which applies the schema migrations.
/// </summary>
public abstract partial class KnowledgeDatabase : IAsyncDisposable
{
    private protected KnowledgeDatabase(TimeProvider timeProvider)
    {
        TimeProvider = timeProvider;
        Objects = new StixObjectStore(this);
    }

    /// <summary>The engine behind this database.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The clock date_added values come from.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The STIX object version store (TAXII reads and writes here).</summary>
    public IStixObjectStore Objects { get; }

    /// <summary>A readable description for messages (file path, or host and database without credentials).</summary>
    public abstract string Description { get; }

    /// <summary>The files this database keeps on the local disk (SQLite: the database and its journal files); none for a server.</summary>
    public virtual IReadOnlyList<string> LocalFiles => [];

    /// <summary>True when <paramref name="db"/> is a key=value connection string (PostgreSQL) rather than a file path.</summary>
    public static bool IsConnectionString(string db) => ConnectionStringPattern().IsMatch(db ?? string.Empty);

    /// <summary>
    /// Opens the database named by <paramref name="db"/> (a SQLite path, or a PostgreSQL connection string) and applies
    /// pending migrations of <see cref="MigrationSource.Knowledge"/> and of <paramref name="extraMigrations"/>.
    /// </summary>
    /// <exception cref="StorageException">The database cannot be opened or migrated.</exception>
    public static async Task<KnowledgeDatabase> OpenAsync(
        string db,
        TimeProvider? timeProvider = null,
        IEnumerable<MigrationSource>? extraMigrations = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        var time = timeProvider ?? TimeProvider.System;
        KnowledgeDatabase database = IsConnectionString(db)
            ? new PostgresKnowledgeDatabase(db, time)
            : new SqliteKnowledgeDatabase(db, time);
        try
        {
            await database.MigrateAsync(MigrationSource.Knowledge, cancellationToken).ConfigureAwait(false);
            foreach (var source in extraMigrations ?? [])
            {
                await database.MigrateAsync(source, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException ex)
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw new StorageException($"Cannot open the knowledge base {database.Description}: {ex.Message}", ex);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return database;
    }

    /// <summary>Applies a component's pending migrations.</summary>
    public Task MigrateAsync(MigrationSource source, CancellationToken cancellationToken = default) =>
        SchemaMigrator.MigrateAsync(this, source, cancellationToken);

    /// <summary>Opens a pooled connection for reading.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>Opens a read: a connection and a command (see <see cref="ReadSession"/>).</summary>
    /// <param name="stablePlan">
    /// True when the statement's best plan does not depend on its parameter values (a keyset page: an index scan in
    /// (date_added, seq) order whatever the cursor), so that the engine may plan it once and reuse that plan.
    /// </param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    internal virtual async Task<ReadSession> OpenReadSessionAsync(bool stablePlan, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new ReadSession(connection.CreateCommand(), _ => null, connection.DisposeAsync);
    }

    /// <summary>Begins a write transaction holding the single-writer lock.</summary>
    public abstract Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken = default);

    public abstract ValueTask DisposeAsync();

    /// <summary>SQL for an upsert that ignores an existing row: both engines speak <c>ON CONFLICT … DO NOTHING</c>.</summary>
    internal static string InsertIgnore(string table, string columns, string values, string conflict) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT ({conflict}) DO NOTHING";

    [GeneratedRegex(@"^\s*[A-Za-z ]+\s*=[^;]*;", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPattern();
}
