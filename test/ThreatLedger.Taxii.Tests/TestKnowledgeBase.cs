using ThreatLedger.TestUtilities;
using Npgsql;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests;

/// <summary>
/// A fresh knowledge base for one test: a temporary SQLite file, or a private schema in the PostgreSQL named by
/// THREATLEDGER_TEST_POSTGRES (skipped when unset, failing when THREATLEDGER_CI=1).
/// </summary>
internal sealed class TestKnowledgeBase : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;

    private TestKnowledgeBase(KnowledgeDatabase database, string db, Func<Task> cleanup)
    {
        Database = database;
        Db = db;
        _cleanup = cleanup;
    }

    public KnowledgeDatabase Database { get; }

    /// <summary>The --db value that opens this database.</summary>
    public string Db { get; }

    public static async Task<TestKnowledgeBase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("threatledger-taxii-test-");
            var path = Path.Combine(folder.FullName, "kb.db");
            var sqlite = await KnowledgeDatabase.OpenAsync(path, cancellationToken: TestContext.Current.CancellationToken);
            return new TestKnowledgeBase(sqlite, path, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }

        var connectionString = PostgresOrSkip();
        var schema = "tl_taxii_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var db = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
        var postgres = await KnowledgeDatabase.OpenAsync(db, cancellationToken: TestContext.Current.CancellationToken);
        return new TestKnowledgeBase(postgres, db, async () =>
        {
            await using var admin = new NpgsqlConnection(connectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public static string PostgresOrSkip() => TestPostgres.ConnectionStringOrSkip("TAXII PostgreSQL suite");

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _cleanup();
    }
}
