using System.Data.Common;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// One read: a command whose parameters the caller adds while it builds the SQL, then <see cref="SetCommandText"/>.
/// Disposing it gives the connection back (to the ADO.NET pool, or to <see cref="SqliteReadSessions"/>).
/// </summary>
internal sealed class ReadSession : IAsyncDisposable
{
    private readonly DbCommand _builder;
    private readonly Func<string, DbCommand?> _prepared;
    private readonly Func<ValueTask> _release;

    public ReadSession(DbCommand builder, Func<string, DbCommand?> prepared, Func<ValueTask> release)
    {
        _builder = builder;
        _prepared = prepared;
        _release = release;
        Command = builder;
    }

    /// <summary>The command to add parameters to, and after <see cref="SetCommandText"/> the one to execute.</summary>
    public DbCommand Command { get; private set; }

    /// <summary>Sets the SQL: a cached prepared command for that text takes over the parameters when there is one.</summary>
    public void SetCommandText(string sql)
    {
        var prepared = _prepared(sql);
        if (prepared is null)
        {
            _builder.CommandText = sql;
            Command = _builder;
            return;
        }

        prepared.Parameters.Clear();
        var parameters = new List<DbParameter>(_builder.Parameters.Count);
        foreach (DbParameter parameter in _builder.Parameters)
        {
            parameters.Add(parameter);
        }

        _builder.Parameters.Clear();
        foreach (var parameter in parameters)
        {
            prepared.Parameters.Add(parameter);
        }
        Command = prepared;
    }

    public async ValueTask DisposeAsync()
    {
        Command.Parameters.Clear();
        await _builder.DisposeAsync().ConfigureAwait(false);
        await _release().ConfigureAwait(false);
    }
}
