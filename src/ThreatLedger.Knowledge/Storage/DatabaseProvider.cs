namespace ThreatLedger.Knowledge.Storage;

/// <summary>The database engine behind a <see cref="KnowledgeDatabase"/>.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file (the default; <c>--db threatledger.db</c>).</summary>
    Sqlite,
    /// <summary>PostgreSQL through Npgsql (<c>--db "Host=…;Database=…"</c>).</summary>
    PostgreSql,
}
