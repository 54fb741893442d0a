using ThreatLedger.TestUtilities;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests.Storage;

/// <summary>
/// A fresh, empty knowledge base for one test: a temporary SQLite file, or a private schema in the PostgreSQL named by
/// THREATLEDGER_TEST_POSTGRES (skipped when unset, failing when THREATLEDGER_CI=1).
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;

    private TestDatabase(KnowledgeDatabase database, string db, FakeTimeProvider time, Func<Task> cleanup)
    {
        Database = database;
        Db = db;
        Time = time;
        _cleanup = cleanup;
    }

    public KnowledgeDatabase Database { get; }
    /// <summary>The --db value that opens this database.</summary>
    public string Db { get; }
    public FakeTimeProvider Time { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("threatledger-test-");
            var path = Path.Combine(folder.FullName, "test.db");
            var sqlite = await KnowledgeDatabase.OpenAsync(path, time, cancellationToken: TestContext.Current.CancellationToken);
            return new TestDatabase(sqlite, path, time, () =>
            {
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }

        var connectionString = PostgresOrSkip();
        var schema = "tl_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var db = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
        var postgres = await KnowledgeDatabase.OpenAsync(db, time, cancellationToken: TestContext.Current.CancellationToken);
        return new TestDatabase(postgres, db, time, async () =>
        {
            await using var admin = new NpgsqlConnection(connectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <summary>The PostgreSQL connection string for tests, or a skip (locally) / failure (on CI) when there is none.</summary>
    public static string PostgresOrSkip() => TestPostgres.ConnectionStringOrSkip("PostgreSQL storage suite");

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _cleanup();
    }
}
