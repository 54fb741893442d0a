using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// A few open SQLite connections kept for reads, each with its prepared commands by SQL text. Microsoft.Data.Sqlite
/// prepares an unprepared command's statement on every execution and forgets prepared statements when a pooled
/// connection is closed; keeping both means a repeated query shape (a TAXII page) is parsed and planned once.
/// </summary>
internal sealed class SqliteReadSessions : IAsyncDisposable
{
    private const int MaxIdle = 16;
    private const int MaxPreparedPerConnection = 64;

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly ConcurrentBag<Entry> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    public SqliteReadSessions(Func<CancellationToken, Task<SqliteConnection>> open) => _open = open;

    public async Task<ReadSession> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_idle.TryTake(out var entry))
        {
            entry = new Entry(await _open(cancellationToken).ConfigureAwait(false));
        }
        else
        {
            Interlocked.Decrement(ref _idleCount);
        }

        return new ReadSession(entry.Connection.CreateCommand(), entry.Prepared, () => ReturnAsync(entry));
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var entry))
        {
            await entry.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask ReturnAsync(Entry entry)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            await entry.DisposeAsync().ConfigureAwait(false);
            return;
        }

        _idle.Add(entry);
    }

    private sealed class Entry : IAsyncDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public Entry(SqliteConnection connection) => Connection = connection;

        public SqliteConnection Connection { get; }

        public SqliteCommand? Prepared(string sql)
        {
            if (_commands.TryGetValue(sql, out var command))
            {
                return command;
            }

            if (_commands.Count >= MaxPreparedPerConnection)
            {
                return null;
            }

            command = Connection.CreateCommand();
            command.CommandText = sql;
            command.Prepare();
            _commands[sql] = command;
            return command;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }

            await Connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
