using System.Data.Common;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// A write transaction holding the database's single writer lock (SQLite <c>BEGIN IMMEDIATE</c>, a PostgreSQL advisory
/// transaction lock), so date_added and seq grow in commit order. Disposing without <see cref="CommitAsync"/> rolls back.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private bool _completed;

    internal WriteTransaction(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    internal DbConnection Connection { get; }
    internal DbTransaction Transaction { get; }

    /// <summary>Commits everything written in this transaction.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _completed = true;
    }

    /// <summary>Creates a command bound to this transaction.</summary>
    internal DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            try
            {
                await Transaction.RollbackAsync().ConfigureAwait(false);
            }
            catch (DbException)
            {
                // The connection is already broken; the server rolls back on its own.
            }
            catch (InvalidOperationException)
            {
                // Already completed by the provider.
            }
        }

        await Transaction.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
