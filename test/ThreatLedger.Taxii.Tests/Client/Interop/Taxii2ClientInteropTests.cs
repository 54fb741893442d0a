using System.Net;
using System.Text.Json;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>
/// The OASIS taxii2-client 2.3 request sequences (<see cref="Taxii2ClientReplay"/>) against the real server:
/// discovery, API root, collections, get_objects with as_pages, get_object, object_versions, get_manifest,
/// add_objects with status polling, delete_object, Basic and Token authentication.
/// </summary>
public abstract class Taxii2ClientInteropTests
{
    private protected abstract DatabaseProvider Provider { get; }

    public static TheoryData<string, int> PageSizes => new()
    {
        { "bob", 0 },
        { "bob", 1 },
        { "bob", 3 },
        { "bob", 1000 },
        { "alice", 0 },
        { "alice", 2 },
        { "carol", 4 },
    };

    [Fact]
    public async Task Server_DiscoveryUrlWithoutTrailingSlash_EveryResourcePassesTheClientsValidation()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(Provider, seed: false);
        using var client = Taxii2ClientReplay.WithBasic("alice", "alice-pass");

        // When
        var (discovery, roots, defaultRoot) = await client.DiscoverAsync(server.BaseAddress.AbsoluteUri + "taxii2");
        var information = await client.ApiRootInformationAsync(roots.Single());
        var collections = await client.CollectionsAsync(roots.Single());
        foreach (var (url, _) in collections)
        {
            await client.CollectionAsync(url);
        }

        // Then
        Assert.Equal("Test TAXII", discovery.GetProperty("title").GetString());
        Assert.Equal(new Uri(server.BaseAddress, TestConfig.Root + "/"), roots.Single());
        Assert.Equal(roots.Single(), defaultRoot);
        Assert.Contains("application/taxii+json;version=2.1", information.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(64 * 1024, information.GetProperty("max_content_length").GetInt32());
        var byId = collections.ToDictionary(c => c.Info.GetProperty("id").GetString()!, c => c.Info);
        Assert.Equal([TestConfig.Shared, TestConfig.GreenView, TestConfig.Public, TestConfig.WriteOnly], byId.Keys);
        Assert.True(byId[TestConfig.Shared].GetProperty("can_read").GetBoolean());
        Assert.False(byId[TestConfig.Shared].GetProperty("can_write").GetBoolean());
        Assert.False(byId[TestConfig.WriteOnly].GetProperty("can_read").GetBoolean());
        Assert.True(byId[TestConfig.WriteOnly].GetProperty("can_write").GetBoolean());
        Assert.Equal(["application/stix+json;version=2.1"], byId[TestConfig.Shared].GetProperty("media_types").EnumerateArray().Select(m => m.GetString()));
        Assert.All(client.Sent, request => Assert.EndsWith("/", request.Url.AbsolutePath, StringComparison.Ordinal));
        Assert.All(client.Sent, request => Assert.Equal(Taxii2ClientReplay.MediaType, request.Headers["Accept"]));
    }

    [Theory]
    [MemberData(nameof(PageSizes))]
    public async Task AsPages_AnyPerRequest_ReadsEveryVisibleObjectExactlyOnce(string user, int perRequest)
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(Provider);
        using var client = Taxii2ClientReplay.WithBasic(user, user + "-pass");
        var collection = new Uri(server.BaseAddress, $"{TestConfig.Root}/collections/{TestConfig.Shared}/");
        var everything = await server.GetJsonAsync(TaxiiTestServer.ObjectsPath(TestConfig.Shared, "?limit=50"), user);

        // When
        var pages = await client.AsPagesAsync(filters => client.GetObjectsAsync(collection, filters), perRequest);

        // Then
        var ids = pages.SelectMany(Taxii2ClientReplay.Objects).Select(o => o.GetProperty("id").GetString()!).ToList();
        Assert.Equal(TaxiiTestServer.Ids(everything), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotEmpty(ids);
        if (user != "bob")
        {
            Assert.DoesNotContain(ids, TestObjects.RedIds.Contains);
        }

        Assert.All(pages[..^1], page => Assert.True(page.GetProperty("more").GetBoolean()));
        Assert.False(pages[^1].GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task AsPages_AddedAfterDatetimeTypeAndVersionFilters_AreEncodedLikeRequestsAndApplied()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(Provider);
        using var client = Taxii2ClientReplay.WithBasic("bob", "bob-pass");
        var collection = new Uri(server.BaseAddress, $"{TestConfig.Root}/collections/{TestConfig.Shared}/");

        // When
        var pages = await client.AsPagesAsync(
            filters => client.GetObjectsAsync(collection, filters),
            2,
            ("added_after", new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.Zero).AddTicks(1230)),
            ("type", new[] { "indicator", "report" }),
            ("version", "all"));

        // Then
        var objects = pages.SelectMany(Taxii2ClientReplay.Objects).ToList();
        Assert.All(objects, o => Assert.Contains(o.GetProperty("type").GetString(), new[] { "indicator", "report" }));
        Assert.Equal(3, objects.Count(o => o.GetProperty("id").GetString() == TestObjects.Versioned));
        Assert.Equal(objects.Count, objects.Select(o => (o.GetProperty("id").GetString(), o.GetProperty("modified").GetString())).Distinct().Count());
        var query = client.Sent[0].Url.Query;
        Assert.Equal("?limit=2&added_after=2001-02-03T04%3A05%3A06.000123Z&match%5Btype%5D=indicator%2Creport&match%5Bversion%5D=all", query);
        Assert.Contains("&next=", client.Sent[1].Url.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetObjectVersionsAndManifest_ClientCalls_ReturnConsistentResources()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(Provider);
        using var client = Taxii2ClientReplay.WithToken(TestConfig.BobToken);
        var collection = new Uri(server.BaseAddress, $"{TestConfig.Root}/collections/{TestConfig.Shared}/");

        // When
        var latest = await client.GetObjectAsync(collection, TestObjects.Versioned);
        var all = await client.GetObjectAsync(collection, TestObjects.Versioned, ("version", "all"));
        var first = await client.GetObjectAsync(collection, TestObjects.Versioned, ("version", "first"));
        var versions = await client.ObjectVersionsAsync(collection, TestObjects.Versioned);
        var manifest = await client.AsPagesAsync(filters => client.GetManifestAsync(collection, filters), 4);
        var objects = await client.AsPagesAsync(filters => client.GetObjectsAsync(collection, filters), 4);

        // Then
        Assert.Equal("2024-03-01T00:00:00.000Z", Taxii2ClientReplay.Objects(latest).Single().GetProperty("modified").GetString());
        Assert.Equal(3, Taxii2ClientReplay.Objects(all).Count);
        Assert.Equal("2024-01-01T00:00:00.000Z", Taxii2ClientReplay.Objects(first).Single().GetProperty("modified").GetString());
        Assert.Equal(3, versions.GetProperty("versions").GetArrayLength());
        var records = manifest.SelectMany(Taxii2ClientReplay.Objects).ToList();
        Assert.Equal(objects.SelectMany(Taxii2ClientReplay.Objects).Select(o => o.GetProperty("id").GetString()), records.Select(r => r.GetProperty("id").GetString()));
        Assert.All(records, r =>
        {
            Assert.Equal(JsonValueKind.String, r.GetProperty("date_added").ValueKind);
            Assert.Equal(JsonValueKind.String, r.GetProperty("version").ValueKind);
            Assert.Equal("application/stix+json;version=2.1", r.GetProperty("media_type").GetString());
        });
    }

    [Fact]
    public async Task AddObjects_JsonDumpsEnvelopeWithFailures_StatusValidatesAndPollsAtTheJoinedUrl()
    {
        // Given: json.dumps(envelope, ensure_ascii=False) separators and a non-ASCII name.
        await using var server = await TaxiiTestServer.StartAsync(Provider, seed: false);
        using var client = Taxii2ClientReplay.WithBasic("bob", "bob-pass");
        var (_, roots, _) = await client.DiscoverAsync(server.BaseAddress.AbsoluteUri + "taxii2/");
        var collection = (await client.CollectionsAsync(roots[0])).Single(c => c.Info.GetProperty("id").GetString() == TestConfig.Shared).Url;
        var good = "indicator--0a000000-0000-4000-8000-000000000001";
        var envelope = "{\"objects\": [" +
            $"{{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"{good}\", \"created\": \"2025-01-01T00:00:00.000Z\", \"modified\": \"2025-01-01T00:00:00.000Z\", \"name\": \"Überwachung ドメイン\", \"pattern\": \"[domain-name:value = 'a.example']\", \"pattern_type\": \"stix\", \"valid_from\": \"2025-01-01T00:00:00Z\", \"object_marking_refs\": [\"{TlpMarkings.Tlp2Green}\"]}}, " +
            "{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"malware--0a000000-0000-4000-8000-000000000002\"}" +
            "]}";

        // When
        var (status, statusUrl) = await client.AddObjectsAsync(collection, envelope);
        var polled = await client.StatusAsync(statusUrl);
        var byRoot = await client.GetStatusAsync(roots[0], status.GetProperty("id").GetString()!);
        var stored = await client.GetObjectAsync(collection, good);

        // Then
        Assert.Equal("complete", status.GetProperty("status").GetString());
        Assert.Equal(2, status.GetProperty("total_count").GetInt32());
        Assert.Equal(1, status.GetProperty("success_count").GetInt32());
        Assert.Equal(1, status.GetProperty("failure_count").GetInt32());
        Assert.Equal(0, status.GetProperty("pending_count").GetInt32());
        Assert.Equal(new Uri(server.BaseAddress, $"{TestConfig.Root}/status/{status.GetProperty("id").GetString()}/"), statusUrl);
        Assert.Equal(status.GetRawText(), polled.GetRawText());
        Assert.Equal(status.GetRawText(), byRoot.GetRawText());
        Assert.Equal("Überwachung ドメイン", Taxii2ClientReplay.Objects(stored).Single().GetProperty("name").GetString());
        var post = client.Sent.Single(r => r.Method == "POST");
        Assert.Equal(Taxii2ClientReplay.MediaType, post.Headers["Content-Type"]);
        Assert.Equal(Taxii2ClientReplay.MediaType, post.Headers["Accept"]);
    }

    [Fact]
    public async Task DeleteObject_WithoutAndWithVersionAll_RemovesTheLatestThenEveryVersion()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(Provider);
        using var client = Taxii2ClientReplay.WithBasic("bob", "bob-pass");
        var collection = new Uri(server.BaseAddress, $"{TestConfig.Root}/collections/{TestConfig.Shared}/");

        // When: match[version] defaults to "last", as for every other endpoint.
        await client.DeleteObjectAsync(collection, TestObjects.Versioned);
        var remaining = await client.GetObjectAsync(collection, TestObjects.Versioned);
        await client.DeleteObjectAsync(collection, TestObjects.Versioned, ("version", "all"));
        var error = await Assert.ThrowsAsync<Taxii2ClientHttpException>(() => client.GetObjectAsync(collection, TestObjects.Versioned, ("version", "all")));

        // Then
        Assert.Equal("2024-02-01T00:00:00.000Z", Taxii2ClientReplay.Objects(remaining).Single().GetProperty("modified").GetString());
        Assert.Equal(HttpStatusCode.NotFound, error.Status);
    }

    [Fact]
    public async Task Server_WrongPasswordOrHiddenCollection_RaiseHttpErrorsTheClientReports()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(Provider, seed: false);
        using var wrong = Taxii2ClientReplay.WithBasic("alice", "not-her-password");
        using var alice = Taxii2ClientReplay.WithBasic("alice", "alice-pass");
        using var anonymous = Taxii2ClientReplay.Anonymous();

        // When
        var unauthorised = await Assert.ThrowsAsync<Taxii2ClientHttpException>(() => wrong.DiscoverAsync(server.BaseAddress.AbsoluteUri + "taxii2/"));
        var hidden = await Assert.ThrowsAsync<Taxii2ClientHttpException>(() => alice.CollectionAsync(new Uri(server.BaseAddress, $"{TestConfig.Root}/collections/{TestConfig.Secret}/")));
        var (_, anonymousRoots, _) = await anonymous.DiscoverAsync(server.BaseAddress.AbsoluteUri + "taxii2/");
        var anonymousCollections = await anonymous.CollectionsAsync(anonymousRoots.Single());

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.Status);
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal([TestConfig.Public], anonymousCollections.Select(c => c.Info.GetProperty("id").GetString()));
    }

    [Fact]
    public void ValidContentType_ServerMediaTypeWithSpacesOrCharset_IsAcceptedByTheClientRule()
    {
        // Then: the rule the replay applies is the client's own (tokens, spaces removed).
        Assert.True(Taxii2ClientReplay.ValidContentType("application/taxii+json;version=2.1", Taxii2ClientReplay.MediaType));
        Assert.True(Taxii2ClientReplay.ValidContentType("application/taxii+json; charset=utf-8; version=2.1", Taxii2ClientReplay.MediaType));
        Assert.False(Taxii2ClientReplay.ValidContentType("application/json", Taxii2ClientReplay.MediaType));
        Assert.False(Taxii2ClientReplay.ValidContentType("application/taxii+json", Taxii2ClientReplay.MediaType));
    }
}
