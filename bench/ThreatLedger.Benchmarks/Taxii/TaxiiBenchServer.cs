using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Security;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Benchmarks.Taxii;

/// <summary>A TAXII server on 127.0.0.1 over a knowledge base filled with N GREEN indicators in one collection.</summary>
internal sealed class TaxiiBenchServer : IAsyncDisposable
{
    public const string CollectionId = "0b0e0c0d-0000-4000-8000-00000000be01";
    public const string Token = "bench-token-0123456789";
    private readonly WebApplication _app;
    private readonly KnowledgeDatabase _database;
    private readonly Func<Task> _cleanup;

    private TaxiiBenchServer(WebApplication app, KnowledgeDatabase database, Uri apiRoot, TimeSpan loadTime, Func<Task> cleanup)
    {
        _app = app;
        _database = database;
        ApiRoot = apiRoot;
        LoadTime = loadTime;
        _cleanup = cleanup;
    }

    public Uri ApiRoot { get; }

    public KnowledgeDatabase Database => _database;

    public TimeSpan LoadTime { get; }

    public string ObjectsUrl => new Uri(ApiRoot, $"collections/{CollectionId}/objects/").AbsoluteUri;

    /// <summary>Starts a server; <paramref name="postgres"/> null means a temporary SQLite file.</summary>
    public static async Task<TaxiiBenchServer> StartAsync(int objects, string? postgres)
    {
        string db;
        Func<Task> cleanup;
        if (postgres is null)
        {
            var folder = Directory.CreateTempSubdirectory("threatledger-taxii-bench-");
            db = Path.Combine(folder.FullName, "bench.db");
            cleanup = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            };
        }
        else
        {
            var schema = "tl_bench_" + Guid.NewGuid().ToString("N")[..10];
            await using (var admin = new NpgsqlConnection(postgres))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
                await create.ExecuteNonQueryAsync();
            }

            // JIT compilation only slows short keyset queries down (see docs/taxii.md).
            db = new NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema, MaxPoolSize = 64, Options = "-c jit=off" }.ConnectionString;
            cleanup = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(postgres);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
                await drop.ExecuteNonQueryAsync();
            };
        }

        var database = await KnowledgeDatabase.OpenAsync(db);
        var watch = Stopwatch.StartNew();
        const int batch = 5000;
        for (var start = 0; start < objects; start += batch)
        {
            var inputs = new List<StixObjectInput>(batch);
            for (var i = start; i < Math.Min(objects, start + batch); i++)
            {
                inputs.Add(StixObjectInput.Parse(Indicator(i)));
            }

            await database.Objects.PutAsync(inputs, CollectionId);
        }

        var loadTime = watch.Elapsed;
        if (postgres is not null)
        {
            // What autovacuum does within a minute or two of a bulk load (PostgreSQL 13 and later vacuum insert-only
            // tables too): planner statistics and the visibility map for the new rows. Without it the measured run
            // would depend on whether autovacuum happened to finish before or during it.
            await using var connection = (NpgsqlConnection)await database.OpenConnectionAsync();
            await using var analyze = new NpgsqlCommand("VACUUM (ANALYZE)", connection);
            await analyze.ExecuteNonQueryAsync();
        }
        var config = new TaxiiConfig
        {
            Title = "bench",
            Limits = new LimitsConfig { RequestsPerSecond = 0, MaxPageSize = 1000, DefaultPageSize = 100 },
            ApiRoots = [new ApiRootConfig { Name = "bench", Collections = [new CollectionConfig { Id = CollectionId, Title = "bench", MaxTlp = "red" }] }],
            Groups = [new GroupConfig { Name = "readers", Clearance = "amber", Collections = [new CollectionPermissionConfig { Id = CollectionId, CanRead = true }] }],
            Users = [new UserConfig { Name = "reader", Groups = ["readers"], Tokens = [new TokenConfig { Name = "bench", Sha256 = Convert.ToHexStringLower(PasswordHashing.HashToken(Token)) }] }],
        };
        var app = TaxiiServer.CreateApp(new TaxiiServerOptions
        {
            Settings = TaxiiConfigLoader.Validate(config, "bench"),
            Store = new KnowledgeTaxiiObjectStore(database.Objects),
            Urls = ["http://127.0.0.1:0"],
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TaxiiBenchServer(app, database, new Uri(address.TrimEnd('/') + "/bench/"), loadTime, cleanup);
    }

    private static string Indicator(int i)
    {
        var id = $"indicator--{i:x8}-0000-4000-8000-00000000be00";
        var ip = $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}";
        return $"{{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"{id}\",\"created\":\"2025-01-01T00:00:00.000Z\",\"modified\":\"2025-01-01T00:00:00.000Z\",\"name\":\"Benchmark indicator {i}\",\"description\":\"Command-and-control address observed during a synthetic benchmark campaign.\",\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"[ipv4-addr:value = '{ip}']\",\"pattern_type\":\"stix\",\"valid_from\":\"2025-01-01T00:00:00Z\",\"object_marking_refs\":[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]}}";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
        await _cleanup();
    }
}
