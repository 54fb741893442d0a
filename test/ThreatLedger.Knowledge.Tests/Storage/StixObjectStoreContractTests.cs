using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests.Storage;

/// <summary>The behaviour every <see cref="IStixObjectStore"/> provider must show; run once per provider.</summary>
public abstract class StixObjectStoreContractTests : IAsyncLifetime
{
    private const string Tlp = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
    private const string Red = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    private TestDatabase? _test;

    protected abstract DatabaseProvider Provider { get; }

    private TestDatabase Test => _test!;
    private IStixObjectStore Store => Test.Database.Objects;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _test = await TestDatabase.CreateAsync(Provider);

    public async ValueTask DisposeAsync()
    {
        if (_test is not null)
        {
            await _test.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    internal static StixObjectInput Indicator(int n, string modified = "2024-01-01T00:00:00.000Z", string? marking = null, string spec = "2.1") =>
        StixObjectInput.Parse(
            $$"""{"type":"indicator","spec_version":"{{spec}}","id":"indicator--00000000-0000-4000-8000-{{n:D12}}","created":"2024-01-01T00:00:00.000Z","modified":"{{modified}}","name":"n{{n}}","pattern":"[ipv4-addr:value = '10.0.0.{{n % 250}}']","pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z"{{(marking is null ? "" : $",\"object_marking_refs\":[\"{marking}\"]")}}}""");

    private static StixObjectInput Malware(int n) =>
        StixObjectInput.Parse($$"""{"type":"malware","spec_version":"2.1","id":"malware--00000000-0000-4000-9000-{{n:D12}}","created":"2024-02-01T00:00:00Z","modified":"2024-02-01T00:00:00Z","name":"m{{n}}","is_family":true}""");

    [Fact]
    public async Task PutAsync_SameObjectTwice_ChangesNothing()
    {
        // Given
        var objects = new[] { Indicator(1), Indicator(2) };
        await Store.PutAsync(objects, cancellationToken: Ct);

        // When
        var second = await Store.PutAsync(objects, cancellationToken: Ct);

        // Then
        Assert.Equal(0, second.Inserted);
        Assert.Equal(2, second.Unchanged);
        Assert.Equal(2, await Store.CountAsync(new StixObjectQuery { Versions = [VersionSelector.All] }, Ct));
    }

    [Fact]
    public async Task QueryAsync_StoredObject_ReturnsExactJsonAndEnvelope()
    {
        // Given
        var input = StixObjectInput.Parse("""{ "type":"indicator", "id":"indicator--11111111-1111-4111-8111-111111111111","spec_version":"2.1","created":"2024-01-01T00:00:00.123456Z","modified":"2024-01-02T00:00:00.123456Z","revoked":true,"object_marking_refs":["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"],"pattern":"[a:b = 'c']","pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z" }""");
        await Store.PutAsync([input], cancellationToken: Ct);

        // When
        var page = await Store.QueryAsync(new StixObjectQuery(), Ct);

        // Then
        var stored = Assert.Single(page.Objects);
        Assert.Equal(input.Json, stored.Json);
        Assert.Equal("indicator", stored.Type);
        Assert.Equal("2.1", stored.SpecVersion);
        Assert.Equal("2024-01-01T00:00:00.123456Z", stored.Created);
        Assert.Equal("2024-01-02T00:00:00.123456Z", stored.Modified);
        Assert.Equal("2024-01-02T00:00:00.123456Z", stored.Version);
        Assert.True(stored.Revoked);
        Assert.Equal([Tlp], stored.MarkingRefs);
        Assert.Equal(Test.Time.GetUtcNow(), stored.DateAdded);
    }

    [Fact]
    public async Task PutAsync_ManyObjects_DateAddedStrictlyIncreasesInMicroseconds()
    {
        // Given
        var objects = Enumerable.Range(0, 50).Select(i => Indicator(i)).ToArray();

        // When
        await Store.PutAsync(objects[..25], cancellationToken: Ct);
        await Store.PutAsync(objects[25..], cancellationToken: Ct);
        var all = await Store.QueryAsync(new StixObjectQuery(), Ct);

        // Then
        Assert.Equal(50, all.Objects.Count);
        for (var i = 1; i < all.Objects.Count; i++)
        {
            // Consecutive microseconds within one write; a later write starts after it.
            Assert.True(all.Objects[i].DateAdded > all.Objects[i - 1].DateAdded);
            if (i != 25)
            {
                Assert.Equal(all.Objects[i - 1].DateAdded.AddTicks(10), all.Objects[i].DateAdded);
            }
        }

        // Each write ends on a whole millisecond (clients that keep milliseconds resume exactly after it).
        Assert.Equal(0, all.Objects[24].DateAdded.UtcTicks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(0, all.Objects[49].DateAdded.UtcTicks % TimeSpan.TicksPerMillisecond);

        Assert.Equal(objects.Select(o => o.Id), all.Objects.Select(o => o.Id));
    }

    [Fact]
    public async Task QueryAsync_Versions_SelectsFirstLastAllAndSpecific()
    {
        // Given
        await Store.PutAsync([Indicator(1, "2024-01-01T00:00:00Z"), Indicator(1, "2024-03-01T00:00:00Z"), Indicator(1, "2024-02-01T00:00:00Z"), Indicator(2)], cancellationToken: Ct);
        var id = Indicator(1).Id;

        // When
        var last = await Store.QueryAsync(new StixObjectQuery { Ids = [id] }, Ct);
        var first = await Store.QueryAsync(new StixObjectQuery { Ids = [id], Versions = [VersionSelector.First] }, Ct);
        var all = await Store.QueryAsync(new StixObjectQuery { Ids = [id], Versions = [VersionSelector.All] }, Ct);
        Assert.True(VersionSelector.TryParse("2024-02-01T00:00:00.000Z", out var feb));
        var specific = await Store.QueryAsync(new StixObjectQuery { Ids = [id], Versions = [feb, VersionSelector.First] }, Ct);

        // Then
        Assert.Equal("2024-03-01T00:00:00Z", Assert.Single(last.Objects).Modified);
        Assert.Equal("2024-01-01T00:00:00Z", Assert.Single(first.Objects).Modified);
        Assert.Equal(3, all.Objects.Count);
        Assert.Equal(["2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"], specific.Objects.Select(o => o.Modified!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task QueryAsync_Filters_MatchTypeIdSpecVersionAndAddedAfter()
    {
        // Given
        await Store.PutAsync([Indicator(1), Malware(1), Indicator(2, spec: "2.0")], cancellationToken: Ct);
        var firstPage = await Store.QueryAsync(new StixObjectQuery { Limit = 1 }, Ct);

        // When
        var malware = await Store.QueryAsync(new StixObjectQuery { Types = ["malware"] }, Ct);
        var byId = await Store.QueryAsync(new StixObjectQuery { Ids = [Indicator(2).Id, "indicator--nothing"] }, Ct);
        var spec21 = await Store.QueryAsync(new StixObjectQuery { SpecVersions = ["2.1"] }, Ct);
        var after = await Store.QueryAsync(new StixObjectQuery { AddedAfter = firstPage.DateAddedLast }, Ct);

        // Then
        Assert.Equal("malware", Assert.Single(malware.Objects).Type);
        Assert.Equal(Indicator(2).Id, Assert.Single(byId.Objects).Id);
        Assert.Equal(2, spec21.Objects.Count);
        Assert.Equal([Malware(1).Id, Indicator(2).Id], after.Objects.Select(o => o.Id));
    }

    [Fact]
    public async Task QueryAsync_KeysetPaging_NeverSkipsOrRepeatsWhileObjectsAreAdded()
    {
        // Given
        await Store.PutAsync(Enumerable.Range(0, 25).Select(i => Indicator(i)).ToArray(), cancellationToken: Ct);
        var seen = new List<string>();
        var query = new StixObjectQuery { Limit = 10 };

        // When
        var pages = 0;
        while (true)
        {
            var page = await Store.QueryAsync(query, Ct);
            pages++;
            seen.AddRange(page.Objects.Select(o => o.Id));
            if (pages == 1)
            {
                Test.Time.Advance(TimeSpan.FromSeconds(1));
                await Store.PutAsync(Enumerable.Range(100, 7).Select(i => Indicator(i)).ToArray(), cancellationToken: Ct);
            }

            if (!page.More)
            {
                Assert.Equal(page.Objects.Count == 0 ? null : page.Objects[0].DateAdded, page.DateAddedFirst);
                break;
            }

            Assert.Equal(10, page.Objects.Count);
            query = query with { After = page.Next };
        }

        // Then
        Assert.Equal(32, seen.Count);
        Assert.Equal(32, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(4, pages);
    }

    [Fact]
    public async Task ReadAllAsync_MoreThanAPage_StreamsEveryVersionInOrder()
    {
        // Given
        await Store.PutAsync(Enumerable.Range(0, 1205).Select(i => Indicator(i)).ToArray(), cancellationToken: Ct);

        // When
        var ids = new List<string>();
        await foreach (var item in Store.ReadAllAsync(new StixObjectQuery { IncludeJson = false }, Ct))
        {
            ids.Add(item.Id);
            Assert.Null(item.Json);
        }

        // Then
        Assert.Equal(1205, ids.Count);
        Assert.Equal(Indicator(1204).Id, ids[^1]);
    }

    [Fact]
    public async Task PutAsync_Collection_TracksMembershipWithItsOwnDateAdded()
    {
        // Given
        await Store.PutAsync([Indicator(1), Indicator(2)], cancellationToken: Ct);
        Test.Time.Advance(TimeSpan.FromMinutes(5));

        // When
        var result = await Store.PutAsync([Indicator(2), Indicator(3)], "collection-a", Ct);
        var again = await Store.PutAsync([Indicator(2)], "collection-a", Ct);
        var inCollection = await Store.QueryAsync(new StixObjectQuery { CollectionId = "collection-a" }, Ct);
        var other = await Store.QueryAsync(new StixObjectQuery { CollectionId = "collection-b" }, Ct);

        // Then
        Assert.Equal(2, result.Inserted);
        Assert.Equal(0, again.Inserted);
        Assert.Equal([Indicator(2).Id, Indicator(3).Id], inCollection.Objects.Select(o => o.Id));
        Assert.All(inCollection.Objects, o => Assert.True(o.DateAdded >= Test.Time.GetUtcNow()));
        Assert.Empty(other.Objects);
        Assert.Equal(3, await Store.CountAsync(new StixObjectQuery(), Ct));
    }

    [Fact]
    public async Task DeleteAsync_VersionThenId_RemovesFromStoreAndCollections()
    {
        // Given
        var v1 = Indicator(1, "2024-01-01T00:00:00Z");
        var v2 = Indicator(1, "2024-02-01T00:00:00Z");
        await Store.PutAsync([v1, v2, Indicator(2)], "c", Ct);

        // When
        var fromCollection = await Store.DeleteAsync(Indicator(2).Id, collectionId: "c", cancellationToken: Ct);
        var oneVersion = await Store.DeleteAsync(v1.Id, v2.VersionKey, cancellationToken: Ct);
        var remaining = await Store.QueryAsync(new StixObjectQuery { Versions = [VersionSelector.All] }, Ct);
        var all = await Store.DeleteAsync(v1.Id, cancellationToken: Ct);

        // Then
        Assert.Equal(1, fromCollection);
        Assert.Equal(1, oneVersion);
        Assert.Equal(["2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000Z"], remaining.Objects.Select(o => o.Modified!));
        Assert.Equal(1, all);
        Assert.Equal(0, await Store.CountAsync(new StixObjectQuery { CollectionId = "c", Versions = [VersionSelector.All] }, Ct));
        Assert.Equal(1, await Store.CountAsync(new StixObjectQuery(), Ct));
    }

    [Fact]
    public async Task QueryAsync_LatestVersion_FollowsOutOfOrderPutsAndDeletesInStoreAndCollection()
    {
        // Given: a newer version first, an older one in a later write, then the newest is deleted.
        var newer = Indicator(1, "2024-03-01T00:00:00Z");
        var older = Indicator(1, "2024-01-01T00:00:00Z");
        var middle = Indicator(1, "2024-02-01T00:00:00Z");
        await Store.PutAsync([newer], "c", Ct);
        await Store.PutAsync([older], "c", Ct);
        await Store.PutAsync([middle], "d", Ct);

        // When
        var storeLatest = await Store.QueryAsync(new StixObjectQuery(), Ct);
        var inC = await Store.QueryAsync(new StixObjectQuery { CollectionId = "c" }, Ct);
        var inD = await Store.QueryAsync(new StixObjectQuery { CollectionId = "d" }, Ct);
        await Store.DeleteAsync(newer.Id, newer.VersionKey, cancellationToken: Ct);
        var storeAfter = await Store.QueryAsync(new StixObjectQuery(), Ct);
        var inCAfter = await Store.QueryAsync(new StixObjectQuery { CollectionId = "c" }, Ct);

        // Then
        Assert.Equal("2024-03-01T00:00:00Z", Assert.Single(storeLatest.Objects).Modified);
        Assert.Equal("2024-03-01T00:00:00Z", Assert.Single(inC.Objects).Modified);
        Assert.Equal("2024-02-01T00:00:00Z", Assert.Single(inD.Objects).Modified);
        Assert.Equal("2024-02-01T00:00:00Z", Assert.Single(storeAfter.Objects).Modified);
        Assert.Equal("2024-01-01T00:00:00Z", Assert.Single(inCAfter.Objects).Modified);
    }

    [Fact]
    public async Task QueryAsync_MarkingFilters_KeepOnlyClearedObjects()
    {
        // Given
        await Store.PutAsync([Indicator(1, marking: Tlp), Indicator(2, marking: Red), Indicator(3)], cancellationToken: Ct);

        // When
        var noRed = await Store.QueryAsync(new StixObjectQuery { MarkingRefsNoneOf = [Red] }, Ct);
        var onlyTlp = await Store.QueryAsync(new StixObjectQuery { MarkingRefsAnyOf = [Tlp], UnmarkedIncluded = false }, Ct);
        var tlpOrUnmarked = await Store.QueryAsync(new StixObjectQuery { MarkingRefsAnyOf = [Tlp] }, Ct);

        // Then
        Assert.Equal([Indicator(1).Id, Indicator(3).Id], noRed.Objects.Select(o => o.Id));
        Assert.Equal([Indicator(1).Id], onlyTlp.Objects.Select(o => o.Id));
        Assert.Equal([Indicator(1).Id, Indicator(3).Id], tlpOrUnmarked.Objects.Select(o => o.Id));
    }

    [Theory]
    [InlineData("marking-definition--café+<x>", "marking-definition--café+<x>", false)]
    [InlineData("marking-definition--abc", "marking-definition--ab", true)]
    [InlineData("marking-definition--a\",\"marking-definition--b", "marking-definition--b", true)]
    [InlineData("a\",\"b", "a\",\"b", false)]
    [InlineData("marking-definition--a", ",", true)]
    public async Task QueryAsync_ExcludedMarkingNeedingEscapesOrInsideAnother_DecidesOnTheExactRef(string carried, string excluded, bool kept)
    {
        // Given: two markings on one object, so its marking list holds a separator between them.
        var json = $$"""{"type":"malware","spec_version":"2.1","id":"malware--00000000-0000-4000-9000-000000000001","created":"2024-02-01T00:00:00Z","modified":"2024-02-01T00:00:00Z","name":"m","is_family":true,"object_marking_refs":[{{System.Text.Json.JsonSerializer.Serialize(carried)}},"{{Tlp}}"]}""";
        await Store.PutAsync([StixObjectInput.Parse(json)], "c", Ct);

        // When
        var inStore = await Store.QueryAsync(new StixObjectQuery { Limit = 10, MarkingRefsNoneOf = [excluded] }, Ct);
        var inCollection = await Store.QueryAsync(new StixObjectQuery { CollectionId = "c", Limit = 10, MarkingRefsNoneOf = [Red, excluded] }, Ct);

        // Then
        Assert.Equal(kept ? 1 : 0, inStore.Objects.Count);
        Assert.Equal(kept ? 1 : 0, inCollection.Objects.Count);
    }

    [Fact]
    public async Task PutAsync_ScoWithoutTimestamps_IsOneVersion()
    {
        // Given
        var sco = StixObjectInput.Parse("""{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}""");

        // When
        await Store.PutAsync([sco], cancellationToken: Ct);
        var again = await Store.PutAsync([sco], cancellationToken: Ct);
        var stored = Assert.Single((await Store.QueryAsync(new StixObjectQuery(), Ct)).Objects);

        // Then
        Assert.Equal(0, again.Inserted);
        Assert.Equal(Microseconds.NoVersion, stored.VersionKey);
        Assert.Equal(Microseconds.Format(stored.Cursor.DateAdded), stored.Version);
    }

    [Fact]
    public async Task OpenAsync_ExistingDatabase_AppliesMigrationsOnce()
    {
        // Given
        await Store.PutAsync([Indicator(1)], cancellationToken: Ct);

        // When
        await using var reopened = await KnowledgeDatabase.OpenAsync(Test.Db, Test.Time, cancellationToken: Ct);

        // Then
        Assert.Equal(1, await reopened.Objects.CountAsync(new StixObjectQuery(), Ct));
    }

    [Fact]
    public async Task OpenAsync_CollectionStoredBeforeObjectSeqMigration_PagesJoinEveryMember()
    {
        // Given: a collection written before migration 0011 (its column and its record removed again).
        await Store.PutAsync([Indicator(1), Indicator(2), Indicator(3)], "c", Ct);
        await using (var connection = await Test.Database.OpenConnectionAsync(Ct))
        await using (var downgrade = connection.CreateCommand())
        {
            downgrade.CommandText = "ALTER TABLE stix_collection_objects DROP COLUMN object_seq; DELETE FROM schema_migrations WHERE component = 'knowledge' AND version = 11";
            await downgrade.ExecuteNonQueryAsync(Ct);
        }

        // When
        await using var reopened = await KnowledgeDatabase.OpenAsync(Test.Db, Test.Time, cancellationToken: Ct);
        var first = await reopened.Objects.QueryAsync(new StixObjectQuery { CollectionId = "c", Limit = 2 }, Ct);
        var second = await reopened.Objects.QueryAsync(new StixObjectQuery { CollectionId = "c", Limit = 2, After = first.Next }, Ct);

        // Then
        Assert.Equal([Indicator(1).Id, Indicator(2).Id], first.Objects.Select(o => o.Id));
        Assert.Equal([Indicator(3).Id], second.Objects.Select(o => o.Id));
        Assert.False(second.More);
    }

    [Fact]
    public async Task QueryAsync_SamePageShapeRepeated_ReturnsTheSameVisibleKeysetPages()
    {
        // Given: most objects share one marking, a few carry an excluded one; the same page shape runs often enough
        // for PostgreSQL to plan it once and reuse the plan.
        var objects = Enumerable.Range(1, 40).Select(n => Indicator(n, marking: n % 10 == 0 ? Red : Tlp)).ToList();
        await Store.PutAsync(objects, "c", Ct);
        var expected = objects.Where((_, i) => (i + 1) % 10 != 0).Select(o => o.Id).ToList();

        // When
        var walks = new List<List<string>>();
        for (var walk = 0; walk < 4; walk++)
        {
            var ids = new List<string>();
            StixObjectPage page;
            PageCursor? after = null;
            do
            {
                page = await Store.QueryAsync(new StixObjectQuery { CollectionId = "c", Limit = 5, After = after, MarkingRefsNoneOf = [Red] }, Ct);
                ids.AddRange(page.Objects.Select(o => o.Id));
                after = page.Next;
            }
            while (page.More);

            walks.Add(ids);
        }

        // Then
        Assert.All(walks, ids => Assert.Equal(expected, ids));
    }
}
