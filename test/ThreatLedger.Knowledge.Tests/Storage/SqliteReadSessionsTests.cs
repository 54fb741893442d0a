using Microsoft.Data.Sqlite;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests.Storage;

/// <summary>SQLite reads kept on open connections with prepared commands must not pin old snapshots.</summary>
public sealed class SqliteReadSessionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueryAsync_PageEndsBeforeTheLastRow_LeavesNoSnapshotThatBlocksACheckpoint()
    {
        // Given: pages that stop early (more rows follow) on the cached connections, then a write.
        await using var test = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = test.Database.Objects;
        await store.PutAsync([.. Enumerable.Range(0, 20).Select(i => StixObjectStoreContractTests.Indicator(i))], "c", Ct);
        for (var i = 0; i < 5; i++)
        {
            var page = await store.QueryAsync(new StixObjectQuery { CollectionId = "c", Limit = 3, JsonAsUtf8 = true }, Ct);
            Assert.True(page.More);
        }

        await store.PutAsync([StixObjectStoreContractTests.Indicator(100)], "c", Ct);

        // When: a passive checkpoint copies every WAL frame unless some reader still holds an older snapshot.
        await using var connection = new SqliteConnection($"Data Source={test.Db}");
        await connection.OpenAsync(Ct);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await checkpoint.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        var busy = reader.GetInt64(0);
        var logFrames = reader.GetInt64(1);
        var checkpointed = reader.GetInt64(2);
        var latest = await store.QueryAsync(new StixObjectQuery { CollectionId = "c", Limit = 100, JsonAsUtf8 = true }, Ct);

        // Then
        Assert.Equal(0, busy);
        Assert.Equal(logFrames, checkpointed);
        Assert.Equal(21, latest.Objects.Count);
        Assert.All(latest.Objects, o => Assert.False(o.JsonUtf8.IsEmpty));
        Assert.All(latest.Objects, o => Assert.Null(o.Json));
    }
}
