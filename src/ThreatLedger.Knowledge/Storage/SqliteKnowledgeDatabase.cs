using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>A SQLite file in WAL mode; writers serialise with <c>BEGIN IMMEDIATE</c>.</summary>
internal sealed class SqliteKnowledgeDatabase : KnowledgeDatabase
{
    private readonly string _connectionString;
    private readonly string _path;

    // The physical (pooled) SQLite connections whose per-connection PRAGMAs have already been set: opening a pooled
    // connection reuses the same handle, so the PRAGMAs run once per physical connection, not once per request.
    private readonly ConditionalWeakTable<sqlite3, object> _initialised = [];
    private readonly SqliteReadSessions _readSessions;

    public SqliteKnowledgeDatabase(string path, TimeProvider timeProvider)
        : base(timeProvider)
    {
        _path = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new StorageException($"Cannot open the knowledge base {_path}: the folder {directory} does not exist.");
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        _readSessions = new SqliteReadSessions(async cancellationToken => (SqliteConnection)await OpenConnectionAsync(cancellationToken).ConfigureAwait(false));
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <inheritdoc />
    public override IReadOnlyList<string> LocalFiles => [_path, _path + "-wal", _path + "-shm", _path + "-journal"];

    public override string Description => _path;

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var handle = connection.Handle;
            if (handle is null || !_initialised.TryGetValue(handle, out _))
            {
                await using var pragma = connection.CreateCommand();
                // WAL: readers never block the writer; NORMAL sync keeps every commit atomic across a process kill.
                pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000; PRAGMA foreign_keys=ON;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (handle is not null)
                {
                    _initialised.AddOrUpdate(handle, this);
                }
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StorageException($"Cannot open the knowledge base {_path}: {ex.Message}", ex.SqliteErrorCode is 5 or 6, ex);
        }
    }

    // Every statement of a read session is prepared once and kept: SQLite plans it at preparation, whatever the plan.
    internal override Task<ReadSession> OpenReadSessionAsync(bool stablePlan, CancellationToken cancellationToken = default) => _readSessions.OpenAsync(cancellationToken);

    public override async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        var connection = (SqliteConnection)await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // deferred: false issues BEGIN IMMEDIATE, taking the write lock now.
            var transaction = connection.BeginTransaction(deferred: false);
            return new WriteTransaction(connection, transaction);
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StorageException($"Cannot start a write on {_path}: {ex.Message}", ex.SqliteErrorCode is 5 or 6, ex);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _readSessions.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }
}
