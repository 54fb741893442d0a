using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>
/// OpenCTI's TAXII feed ingester (<see cref="OpenCtiTaxiiIngesterReplay"/>) against the real server: it must catch
/// up, then idle, then receive exactly what is added later, whatever the page size, authentication or TLP filtering.
/// </summary>
public abstract class OpenCtiIngesterInteropTests
{
    private protected abstract DatabaseProvider Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public async Task Ingest_CatchUpThenNewObjects_EveryObjectOnceAndNothingRepeatedWhileIdle(int limitPerRequest)
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(Provider);
        using var ingester = OpenCtiTaxiiIngesterReplay.WithBasic(server.BaseAddress.AbsoluteUri + TestConfig.Root, TestConfig.Shared, "bob", "bob-pass");
        ingester.LimitPerRequest = limitPerRequest;
        var everything = TaxiiTestServer.Ids(await server.GetJsonAsync(TaxiiTestServer.ObjectsPath(TestConfig.Shared, "?limit=50"), "bob"));

        // When: catch up, poll again while nothing changes, then add objects through TAXII and poll.
        await ingester.RunUntilIdleAsync();
        var afterCatchUp = ingester.Ingested.Count;
        var idle = await ingester.RunOnceAsync();
        var added = Enumerable.Range(0, 3).Select(i => TestObjects.Indicator($"indicator--0c000000-0000-4000-8000-{i:x12}", "later " + i, TlpMarkings.Tlp2Green)).ToList();
        using (var post = await server.PostEnvelopeAsync(TestConfig.Shared, "{\"objects\":[" + string.Join(",", added) + "]}"))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, post.StatusCode);
        }

        await ingester.RunUntilIdleAsync();

        // Then
        var ids = ingester.Ingested.Select(o => o.GetProperty("id").GetString()!).ToList();
        Assert.Equal(everything, ids[..afterCatchUp]);
        Assert.Equal(0, idle);
        Assert.Equal(everything.Count + added.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotNull(ingester.AddedAfterStart);
        Assert.Null(ingester.CurrentStateCursor);
    }

    [Fact]
    public async Task Ingest_BearerWithAddedAfterStart_FollowsNextKeepingTheOriginalAddedAfter()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(Provider);
        using var ingester = OpenCtiTaxiiIngesterReplay.WithBearer(server.BaseAddress.AbsoluteUri + TestConfig.Root + "/", TestConfig.Shared, TestConfig.BobToken);
        ingester.LimitPerRequest = 4;
        ingester.AddedAfterStart = "2020-01-01T00:00:00.000Z";

        // When
        await ingester.RunUntilIdleAsync();

        // Then
        Assert.Equal(14, ingester.Ingested.Select(o => o.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(14, ingester.Ingested.Count);
        Assert.StartsWith("next=k1.", ingester.Requests[1].Query.TrimStart('?'), StringComparison.Ordinal);
        Assert.Contains("&added_after=2020-01-01T00:00:00.000Z&limit=4", ingester.Requests[1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_LongRunOfObjectsHiddenByTlp_NeverAnEmptyPageWhileMoreFollow()
    {
        // Given: unmarked objects (served as AMBER) that the GREEN reader cannot see, then two GREEN ones.
        await using var server = await TaxiiTestServer.StartAsync(Provider, seed: false);
        var hidden = Enumerable.Range(0, 1200).Select(i => TestObjects.Indicator($"indicator--0d000000-0000-4000-8000-{i:x12}", "unmarked " + i, null));
        await server.Database.Objects.PutAsync([.. hidden.Select(StixObjectInput.Parse)], TestConfig.Shared, Ct);
        string[] visible = ["indicator--0e000000-0000-4000-8000-000000000001", "indicator--0e000000-0000-4000-8000-000000000002"];
        await server.Database.Objects.PutAsync([.. visible.Select(id => StixObjectInput.Parse(TestObjects.Indicator(id, "green", TlpMarkings.Tlp2Green)))], TestConfig.Shared, Ct);
        using var ingester = OpenCtiTaxiiIngesterReplay.WithBasic(server.BaseAddress.AbsoluteUri + TestConfig.Root, TestConfig.Shared, "alice", "alice-pass");
        ingester.LimitPerRequest = 1;

        // When
        await ingester.RunUntilIdleAsync();

        // Then
        Assert.Equal(visible, ingester.Ingested.Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public void Encode_AxiosParameterSerialisation_KeepsColonsAndEscapesPlus()
    {
        // Then: the replay's encoder matches axios' buildURL rules.
        Assert.Equal("2020-01-01T00:00:00.000Z", OpenCtiTaxiiIngesterReplay.Encode("2020-01-01T00:00:00.000Z"));
        Assert.Equal("a%2Bb+c,[d]", OpenCtiTaxiiIngesterReplay.Encode("a+b c,[d]"));
        Assert.Equal("2024-05-01T10:00:00.123Z", OpenCtiTaxiiIngesterReplay.JavaScriptIso("2024-05-01T10:00:00.123999Z"));
        Assert.Equal("%C3%A9", OpenCtiTaxiiIngesterReplay.Encode("é"));
    }
}
