using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests.Storage;

/// <summary>Which queries the store treats as keyset pages with one plan for any parameter values.</summary>
public sealed class StixObjectStoreTests
{
    private static readonly PageCursor Cursor = new(1_700_000_000_000_000, 42);

    public static TheoryData<string, StixObjectQuery> KeysetPages => new()
    {
        { "collection page", new StixObjectQuery { CollectionId = "c", Limit = 100 } },
        { "next page with excluded markings", new StixObjectQuery { CollectionId = "c", Limit = 100, After = Cursor, MarkingRefsNoneOf = ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"] } },
        { "store page added after", new StixObjectQuery { Limit = 10, AddedAfter = DateTimeOffset.UnixEpoch } },
        { "all versions", new StixObjectQuery { CollectionId = "c", Limit = 100, Versions = [VersionSelector.All] } },
        { "latest versions", new StixObjectQuery { Limit = 100, Versions = [VersionSelector.Last] } },
        { "excluded types", new StixObjectQuery { Limit = 100, ExcludedTypes = ["marking-definition"] } },
    };

    public static TheoryData<string, StixObjectQuery> ValueDependentQueries => new()
    {
        { "no limit", new StixObjectQuery { CollectionId = "c" } },
        { "match[id]", new StixObjectQuery { Limit = 100, Ids = ["indicator--00000000-0000-4000-8000-000000000001"] } },
        { "match[type]", new StixObjectQuery { Limit = 100, Types = ["malware"] } },
        { "match[spec_version]", new StixObjectQuery { Limit = 100, SpecVersions = ["2.0"] } },
        { "wanted markings", new StixObjectQuery { Limit = 100, MarkingRefsAnyOf = ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"] } },
        { "first version", new StixObjectQuery { Limit = 100, Versions = [VersionSelector.First] } },
        { "specific version", new StixObjectQuery { Limit = 100, Versions = [VersionSelector.Last, VersionSelector.Specific(1_700_000_000_000_000)] } },
    };

    [Theory]
    [MemberData(nameof(KeysetPages))]
    public void HasStablePlan_KeysetPage_IsTrue(string shape, StixObjectQuery query)
    {
        // Given a page read in (date_added, seq) order with only per-row filters

        // When
        var stable = StixObjectStore.HasStablePlan(query);

        // Then
        Assert.True(stable, shape);
    }

    [Theory]
    [MemberData(nameof(ValueDependentQueries))]
    public void HasStablePlan_SelectiveFilterOrWholeResult_IsFalse(string shape, StixObjectQuery query)
    {
        // Given a query whose best plan can depend on its values

        // When
        var stable = StixObjectStore.HasStablePlan(query);

        // Then
        Assert.False(stable, shape);
    }
}
