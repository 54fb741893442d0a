using Npgsql;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Benchmarks.Knowledge;

/// <summary>Fresh databases for ingest benchmarks: a temporary SQLite file, or a new schema in THREATLEDGER_TEST_POSTGRES.</summary>
internal static class BenchmarkDatabases
{
    public static string? Postgres => Environment.GetEnvironmentVariable("THREATLEDGER_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    /// <summary>The providers to measure: SQLite always, PostgreSQL when THREATLEDGER_TEST_POSTGRES is set.</summary>
    public static IEnumerable<string> Providers() => Postgres is null ? ["sqlite"] : ["sqlite", "postgresql"];

    public static async Task<(KnowledgeDatabase Database, Func<Task> Cleanup)> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("threatledger-bench-");
            var database = await KnowledgeDatabase.OpenAsync(Path.Combine(folder.FullName, "bench.db"));
            return (database, async () =>
            {
                await database.DisposeAsync();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            });
        }

        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(Postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var pg = await KnowledgeDatabase.OpenAsync(new NpgsqlConnectionStringBuilder(Postgres) { SearchPath = schema }.ConnectionString);
        return (pg, async () =>
        {
            await pg.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Postgres);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }
}
