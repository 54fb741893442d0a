using System.Net;
using System.Text.Json;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Endpoints;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Protocol;
using static ThreatLedger.Taxii.Tests.TaxiiTestServer;

namespace ThreatLedger.Taxii.Tests.Endpoints;

/// <summary>Every TAXII 2.1 endpoint against the real server; run on SQLite and on PostgreSQL.</summary>
public abstract class TaxiiServerContractTests
{
    private protected abstract DatabaseProvider Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // HttpClient re-formats the header ("; "); compare without spaces, as the OASIS client does.
    private static string ContentType(HttpResponseMessage response)
        => string.Join(",", response.Content.Headers.GetValues("Content-Type")).Replace(" ", "", StringComparison.Ordinal);

    private Task<TaxiiTestServer> StartAsync(ThreatLedger.Taxii.Configuration.TaxiiConfig? config = null, bool seed = true) => TaxiiTestServer.StartAsync(Provider, config, seed);

    [Fact]
    public async Task Discovery_AuthenticatedUser_ListsApiRootWithTaxiiMediaType()
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var response = await server.GetAsync("taxii2/");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TaxiiMediaTypes.Taxii21, ContentType(response));
        Assert.Equal("Test TAXII", body.GetProperty("title").GetString());
        Assert.Equal(new Uri(server.BaseAddress, "api1/").ToString(), body.GetProperty("default").GetString());
        Assert.Equal([new Uri(server.BaseAddress, "api1/").ToString()], body.GetProperty("api_roots").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Discovery_ContentType_IsExactlyTheTaxii21MediaType()
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var response = await server.GetAsync("taxii2/");

        // Then
        Assert.Equal(TaxiiMediaTypes.Taxii21, ContentType(response));
    }

    [Fact]
    public async Task ApiRoot_Get_ReturnsVersionsAndMaxContentLength()
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        var root = await server.GetJsonAsync("api1/");

        // Then
        Assert.Equal("Test root", root.GetProperty("title").GetString());
        Assert.Equal([TaxiiMediaTypes.Taxii21], root.GetProperty("versions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(64 * 1024, root.GetProperty("max_content_length").GetInt64());
    }

    [Fact]
    public async Task Collections_GreenUser_ListsOnlyCollectionsTheUserCanAccess()
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        var body = await server.GetJsonAsync("api1/collections/");
        var collections = body.GetProperty("collections").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

        // Then
        Assert.Equal(new[] { TestConfig.Shared, TestConfig.GreenView, TestConfig.Public, TestConfig.WriteOnly }.Order(), collections.Keys.Order());
        Assert.True(collections[TestConfig.Shared].GetProperty("can_read").GetBoolean());
        Assert.False(collections[TestConfig.Shared].GetProperty("can_write").GetBoolean());
        Assert.False(collections[TestConfig.WriteOnly].GetProperty("can_read").GetBoolean());
        Assert.True(collections[TestConfig.WriteOnly].GetProperty("can_write").GetBoolean());
        Assert.Equal([TaxiiMediaTypes.Stix21], collections[TestConfig.Shared].GetProperty("media_types").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Collection_Get_ReturnsTheCollectionResource()
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        var collection = await server.GetJsonAsync($"api1/collections/{TestConfig.Shared}/", "bob");

        // Then
        Assert.Equal(TestConfig.Shared, collection.GetProperty("id").GetString());
        Assert.Equal("Shared", collection.GetProperty("title").GetString());
        Assert.True(collection.GetProperty("can_write").GetBoolean());
    }

    [Fact]
    public async Task Collection_UnlistedForUser_Returns404NotForbidden()
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var secret = await server.GetAsync($"api1/collections/{TestConfig.Secret}/");
        using var missing = await server.GetAsync("api1/collections/99999999-9999-4999-8999-999999999999/");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, secret.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(Ct), await secret.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task GetObjects_GreenUser_SeesOnlyClearAndGreenObjectsWithoutInheritedRed()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var envelope = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared));

        // Then
        Assert.Equal(
            new[] { TestObjects.ClearIndicator, TestObjects.GreenIndicator, TestObjects.GreenTlp1Indicator, TestObjects.CustomRedMarking, TestObjects.Versioned }.Order(),
            Ids(envelope).Order());
        Assert.False(envelope.GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task GetObjects_AmberUser_AlsoSeesAmberAndUnmarkedDefaultAmber()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var ids = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared), "carol"));

        // Then
        Assert.Contains(TestObjects.AmberIndicator, ids);
        Assert.Contains(TestObjects.UnmarkedIdentity, ids);
        Assert.DoesNotContain(TestObjects.RedIndicator, ids);
        Assert.DoesNotContain(TestObjects.RelationshipToRed, ids);
    }

    [Fact]
    public async Task GetObjects_RedUserInRedCollection_SeesEveryObject()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var ids = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared), "bob"));

        // Then
        Assert.Equal(TestObjects.Shared().Select(j => JsonDocument.Parse(j).RootElement.GetProperty("id").GetString()).Distinct().Order(), ids.Order());
    }

    [Fact]
    public async Task GetObjects_RedUserInGreenView_GetsNothingAboveGreen()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var ids = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.GreenView, "?limit=50"), "bob"));

        // Then
        Assert.Contains(TestObjects.GreenIndicator, ids);
        Assert.Contains(TestObjects.PublicGreen, ids);
        Assert.DoesNotContain(TestObjects.AmberIndicator, ids);
        Assert.DoesNotContain(TestObjects.RedIndicator, ids);
        Assert.DoesNotContain(TestObjects.SecretCollectionObject, ids);
    }

    [Fact]
    public async Task GetObjects_PublicCollectionAnonymously_ServesOnlyClear()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var ids = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Public), null));

        // Then
        Assert.Equal([TestObjects.PublicClear], ids);
    }

    [Fact]
    public async Task GetObjects_ResponseBody_KeepsTheStoredJsonExactly()
    {
        // Given
        await using var server = await StartAsync();

        // When
        using var response = await server.GetAsync(ObjectsPath(TestConfig.Shared, $"?match[id]={TestObjects.ClearIndicator}"));
        var body = await response.Content.ReadAsStringAsync(Ct);

        // Then
        Assert.Contains(TestObjects.Shared()[0], body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetObjects_SmallLimit_PagesWithNextWithoutSkipsOrRepeats()
    {
        // Given
        await using var server = await StartAsync();
        var seen = new List<string>();
        string? next = null;
        var pages = 0;

        // When
        do
        {
            var envelope = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, "?limit=2" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next))), "bob");
            var ids = Ids(envelope);
            Assert.True(ids.Count <= 2);
            seen.AddRange(ids);
            next = envelope.GetProperty("more").GetBoolean() ? envelope.GetProperty("next").GetString() : null;
            pages++;
        }
        while (next is not null);

        // Then
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(14, seen.Count);
        Assert.True(pages >= 7);
    }

    [Fact]
    public async Task GetObjects_ObjectsAddedWhilePaging_AreNeitherSkippedNorRepeated()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var batch = Enumerable.Range(0, 10).Select(i => TestObjects.Indicator($"indicator--10000000-0000-4000-8000-{i:x12}", "first " + i, TlpMarkings.Tlp2Green)).ToList();
        await server.Database.Objects.PutAsync([.. batch.Select(StixObjectInput.Parse)], TestConfig.Shared, Ct);
        var seen = new List<string>();
        string? next = null;
        var added = 0;

        // When
        do
        {
            var envelope = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, "?limit=3" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next))));
            seen.AddRange(Ids(envelope));
            if (added < 3)
            {
                var late = TestObjects.Indicator($"indicator--20000000-0000-4000-8000-{added:x12}", "late " + added, TlpMarkings.Tlp2Green);
                await server.Database.Objects.PutAsync([StixObjectInput.Parse(late)], TestConfig.Shared, Ct);
                added++;
            }

            next = envelope.GetProperty("more").GetBoolean() ? envelope.GetProperty("next").GetString() : null;
        }
        while (next is not null);

        // Then
        Assert.Equal(13, seen.Count);
        Assert.Equal(13, seen.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 3).Select(i => $"indicator--20000000-0000-4000-8000-{i:x12}"), seen.Skip(10));
    }

    [Fact]
    public async Task GetObjects_DateAddedHeaders_SpanThePageAndResumeWithAddedAfter()
    {
        // Given
        await using var server = await StartAsync();

        // When
        using var first = await server.GetAsync(ObjectsPath(TestConfig.Shared, "?limit=3"), "bob");
        var firstAdded = first.Headers.GetValues(ObjectQueries.DateAddedFirstHeader).Single();
        var lastAdded = first.Headers.GetValues(ObjectQueries.DateAddedLastHeader).Single();
        var firstIds = Ids(JsonDocument.Parse(await first.Content.ReadAsStringAsync(Ct)).RootElement);
        var rest = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, "?limit=50&added_after=" + lastAdded), "bob"));

        // Then
        Assert.True(TaxiiTimestamp.TryParse(firstAdded, out var a) && TaxiiTimestamp.TryParse(lastAdded, out var b) && a < b);
        Assert.Empty(firstIds.Intersect(rest));
        Assert.Equal(14, firstIds.Count + rest.Count);
    }

    [Fact]
    public async Task GetObjects_MatchType_FiltersByType()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var ids = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, "?match[type]=report,identity"), "bob"));

        // Then
        Assert.Equal(new[] { TestObjects.ReportViaRelationship, TestObjects.UnmarkedIdentity }.Order(), ids.Order());
    }

    [Fact]
    public async Task GetObjects_MatchId_FiltersById()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var ids = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, $"?match[id]={TestObjects.GreenIndicator},{TestObjects.ClearIndicator}")));

        // Then
        Assert.Equal(new[] { TestObjects.ClearIndicator, TestObjects.GreenIndicator }.Order(), ids.Order());
    }

    [Theory]
    [InlineData("", new[] { "v3" })]
    [InlineData("last", new[] { "v3" })]
    [InlineData("first", new[] { "v1" })]
    [InlineData("all", new[] { "v1", "v2", "v3" })]
    [InlineData("first,last", new[] { "v1", "v3" })]
    [InlineData("2024-02-01T00:00:00.000Z", new[] { "v2" })]
    [InlineData("2024-02-01T00:00:00Z", new[] { "v2" })]
    public async Task GetObjects_MatchVersion_SelectsVersions(string version, string[] expected)
    {
        // Given
        await using var server = await StartAsync();
        var query = $"?match[id]={TestObjects.Versioned}" + (version.Length == 0 ? "" : "&match[version]=" + version);

        // When
        var envelope = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, query));
        var names = envelope.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("name").GetString()!.Split(' ')[1]).ToList();

        // Then
        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task GetObjects_MatchSpecVersion_FiltersBySpecVersion()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var matching = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, "?match[spec_version]=2.1")));
        using var other = await server.GetAsync(ObjectsPath(TestConfig.Shared, "?match[spec_version]=2.0"));
        var otherBody = JsonDocument.Parse(await other.Content.ReadAsStringAsync(Ct)).RootElement;

        // Then
        Assert.Contains(TestObjects.GreenIndicator, matching);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Empty(Ids(otherBody));
        Assert.False(otherBody.GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task GetObjects_VersionTurnedRed_HidesLatestAndServesOnlyTheGreenVersion()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var latest = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, $"?match[id]={TestObjects.TurnsRed}")));
        var all = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, $"?match[id]={TestObjects.TurnsRed}&match[version]=all"));

        // Then
        Assert.Empty(latest);
        Assert.Equal(["turns red v1"], all.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=-1")]
    [InlineData("?limit=abc")]
    [InlineData("?added_after=yesterday")]
    [InlineData("?added_after=2024-01-01")]
    [InlineData("?next=garbage")]
    [InlineData("?match[version]=newest")]
    [InlineData("?limit=1&limit=2")]
    public async Task GetObjects_MalformedParameter_Returns400ErrorResource(string query)
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var response = await server.GetAsync(ObjectsPath(TestConfig.Shared, query));
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("400", error.GetProperty("http_status").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task GetObjects_LimitAboveMaximum_IsClampedToMaxPageSize()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var many = Enumerable.Range(0, 60).Select(i => TestObjects.Indicator($"indicator--30000000-0000-4000-8000-{i:x12}", "bulk", TlpMarkings.Tlp2Clear)).ToList();
        await server.Database.Objects.PutAsync([.. many.Select(StixObjectInput.Parse)], TestConfig.Shared, Ct);

        // When
        var envelope = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, "?limit=1000"));
        var defaultPage = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared));

        // Then
        Assert.Equal(50, Ids(envelope).Count);
        Assert.True(envelope.GetProperty("more").GetBoolean());
        Assert.Equal(20, Ids(defaultPage).Count);
    }

    [Fact]
    public async Task GetObject_ById_ReturnsEnvelopeWithLatestVersion()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var envelope = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, TestObjects.Versioned + "/"));
        var all = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, TestObjects.Versioned + "/?match[version]=all"));

        // Then
        Assert.Equal(["versioned v3"], envelope.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal(3, Ids(all).Count);
    }

    [Fact]
    public async Task GetObject_UnknownOrHidden_Returns404()
    {
        // Given
        await using var server = await StartAsync();

        // When
        using var unknown = await server.GetAsync(ObjectsPath(TestConfig.Shared, "indicator--99999999-0000-4000-8000-000000000000/"));
        using var hidden = await server.GetAsync(ObjectsPath(TestConfig.Shared, TestObjects.RedIndicator + "/"));

        // Then
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(Ct), await hidden.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task GetVersions_ListsVisibleVersionsInOrder()
    {
        // Given
        await using var server = await StartAsync();

        // When
        var versions = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, TestObjects.Versioned + "/versions/"));
        var turnsRed = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, TestObjects.TurnsRed + "/versions/"));

        // Then
        Assert.Equal(["2024-01-01T00:00:00.000Z", "2024-02-01T00:00:00.000Z", "2024-03-01T00:00:00.000Z"], versions.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.False(versions.GetProperty("more").GetBoolean());
        Assert.Equal(["2024-01-01T00:00:00.000Z"], turnsRed.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task GetManifest_ListsRecordsWithMediaTypeAndDateAdded()
    {
        // Given
        await using var server = await StartAsync();

        // When
        using var response = await server.GetAsync($"api1/collections/{TestConfig.Shared}/manifest/?match[id]={TestObjects.Versioned}&match[version]=all");
        var body = await response.Content.ReadAsStringAsync(Ct);
        var manifest = JsonDocument.Parse(body).RootElement;
        var records = manifest.GetProperty("objects").EnumerateArray().ToList();

        // Then
        Assert.Equal(3, records.Count);
        Assert.Contains("\"application/stix+json;version=2.1\"", body, StringComparison.Ordinal); // written plainly, not as \u002B

        Assert.All(records, r => Assert.Equal(TaxiiMediaTypes.Stix21, r.GetProperty("media_type").GetString()));
        Assert.All(records, r => Assert.True(TaxiiTimestamp.TryParse(r.GetProperty("date_added").GetString(), out _)));
        Assert.Equal("2024-03-01T00:00:00.000Z", records[2].GetProperty("version").GetString());
        Assert.Equal(records[0].GetProperty("date_added").GetString(), response.Headers.GetValues(ObjectQueries.DateAddedFirstHeader).Single());
        Assert.Equal(records[2].GetProperty("date_added").GetString(), response.Headers.GetValues(ObjectQueries.DateAddedLastHeader).Single());
    }

    [Fact]
    public async Task AddObjects_ValidEnvelope_Returns202CompleteStatusAndStoresObjects()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var one = TestObjects.Indicator("indicator--40000000-0000-4000-8000-000000000001", "posted", TlpMarkings.Tlp2Green);
        var two = TestObjects.Indicator("indicator--40000000-0000-4000-8000-000000000002", "posted 2", TlpMarkings.Tlp2Clear);

        // When
        using var response = await server.PostEnvelopeAsync(TestConfig.Shared, $"{{\"objects\":[{one},{two}]}}");
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var polled = await server.GetJsonAsync($"api1/status/{status.GetProperty("id").GetString()}/", "bob");
        var stored = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared)));

        // Then
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("complete", status.GetProperty("status").GetString());
        Assert.Equal(2, status.GetProperty("total_count").GetInt32());
        Assert.Equal(2, status.GetProperty("success_count").GetInt32());
        Assert.Equal(0, status.GetProperty("failure_count").GetInt32());
        Assert.Equal(0, status.GetProperty("pending_count").GetInt32());
        Assert.Equal(2, status.GetProperty("successes").GetArrayLength());
        Assert.Equal(status.GetProperty("id").GetString(), polled.GetProperty("id").GetString());
        Assert.Equal(new[] { "indicator--40000000-0000-4000-8000-000000000001", "indicator--40000000-0000-4000-8000-000000000002" }, stored.Order());
    }

    [Fact]
    public async Task AddObjects_InvalidObjects_AreListedAsFailuresWithReasons()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var good = TestObjects.Indicator("indicator--40000000-0000-4000-8000-000000000003", "good", TlpMarkings.Tlp2Green);
        var envelope = $"{{\"objects\":[{good},42,{{\"type\":\"indicator\"}},{{\"type\":\"indicator\",\"id\":\"malware--40000000-0000-4000-8000-000000000004\",\"spec_version\":\"2.1\",\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\"}},{{\"type\":\"indicator\",\"id\":\"indicator--40000000-0000-4000-8000-000000000005\",\"spec_version\":\"2.0\",\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\"}}]}}";

        // When
        using var response = await server.PostEnvelopeAsync(TestConfig.Shared, envelope);
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        // Then
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(5, status.GetProperty("total_count").GetInt32());
        Assert.Equal(1, status.GetProperty("success_count").GetInt32());
        Assert.Equal(4, status.GetProperty("failure_count").GetInt32());
        Assert.All(status.GetProperty("failures").EnumerateArray(), f => Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString())));
        // TAXII 2.1 §4.3.1: every status detail has a version, a timestamp even for entries that carry none.
        Assert.All(status.GetProperty("failures").EnumerateArray(), f => Assert.True(
            DateTimeOffset.TryParse(f.GetProperty("version").GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _),
            f.GetRawText()));
    }

    [Fact]
    public async Task AddObjects_ObjectFailingStixValidation_IsRejectedWithTheValidatorsReason()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var noPattern = "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--40000000-0000-4000-8000-00000000000b\",\"created\":\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\",\"valid_from\":\"2024-01-01T00:00:00Z\"}";

        // When
        using var response = await server.PostEnvelopeAsync(TestConfig.Shared, $"{{\"objects\":[{noPattern}]}}");
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        // Then
        Assert.Equal(1, status.GetProperty("failure_count").GetInt32());
        Assert.Contains("pattern", status.GetProperty("failures")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared), "bob")));
    }

    [Fact]
    public async Task AddObjects_MarkedAboveCollectionMaximum_IsRejected()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var red = TestObjects.Indicator("indicator--40000000-0000-4000-8000-000000000006", "red in public", TlpMarkings.Tlp2Red);

        // When
        using var response = await server.PostEnvelopeAsync(TestConfig.Public, $"{{\"objects\":[{red}]}}");
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        // Then
        Assert.Equal(1, status.GetProperty("failure_count").GetInt32());
        Assert.Contains("TLP:RED", status.GetProperty("failures")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddObjects_SameObjectTwice_IsIdempotent()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var one = TestObjects.Indicator("indicator--40000000-0000-4000-8000-000000000007", "twice", TlpMarkings.Tlp2Green);

        // When
        using var first = await server.PostEnvelopeAsync(TestConfig.Shared, $"{{\"objects\":[{one}]}}");
        using var second = await server.PostEnvelopeAsync(TestConfig.Shared, $"{{\"objects\":[{one}]}}");
        var ids = Ids(await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, "?match[version]=all")));

        // Then
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Single(ids);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/stix+json;version=2.1")]
    [InlineData("application/taxii+json;version=2.0")]
    [InlineData("text/plain")]
    public async Task AddObjects_WrongContentType_Returns415(string contentType)
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var response = await server.PostEnvelopeAsync(TestConfig.Shared, "{\"objects\":[]}", contentType: contentType);

        // Then
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("415", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("http_status").GetString());
    }

    [Fact]
    public async Task AddObjects_BodyAboveMaxContentLength_Returns413()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var big = TestObjects.Indicator("indicator--40000000-0000-4000-8000-000000000008", new string('x', 70 * 1024), TlpMarkings.Tlp2Green);

        // When
        using var response = await server.PostEnvelopeAsync(TestConfig.Shared, $"{{\"objects\":[{big}]}}");

        // Then
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("413", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("http_status").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"objects\":{}}")]
    public async Task AddObjects_NotAnEnvelope_Returns400Or422(string body)
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var response = await server.PostEnvelopeAsync(TestConfig.Shared, body);

        // Then
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity });
    }

    [Fact]
    public async Task AddObjects_ReadOnlyUser_Returns403AndViewIsNeverWritable()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var one = TestObjects.Indicator("indicator--40000000-0000-4000-8000-000000000009", "denied", TlpMarkings.Tlp2Green);

        // When
        using var readOnly = await server.PostEnvelopeAsync(TestConfig.Shared, $"{{\"objects\":[{one}]}}", "alice");
        using var view = await server.PostEnvelopeAsync(TestConfig.GreenView, $"{{\"objects\":[{one}]}}", "bob");
        using var invisible = await server.PostEnvelopeAsync(TestConfig.Secret, $"{{\"objects\":[{one}]}}", "alice");

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, invisible.StatusCode);
    }

    [Fact]
    public async Task WriteOnlyCollection_CanBePostedToButNotRead()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        var one = TestObjects.Indicator("indicator--40000000-0000-4000-8000-00000000000a", "drop", TlpMarkings.Tlp2Green);

        // When
        using var post = await server.PostEnvelopeAsync(TestConfig.WriteOnly, $"{{\"objects\":[{one}]}}", "alice");
        using var read = await server.GetAsync(ObjectsPath(TestConfig.WriteOnly));

        // Then
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task Status_OfAnotherUser_Returns404()
    {
        // Given
        await using var server = await StartAsync(seed: false);
        using var post = await server.PostEnvelopeAsync(TestConfig.Shared, "{\"objects\":[]}");
        var id = JsonDocument.Parse(await post.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString();

        // When
        using var other = await server.GetAsync($"api1/status/{id}/", "alice");
        using var owner = await server.GetAsync($"api1/status/{id}", "bob");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task DeleteObject_Writer_RemovesItFromTheCollection()
    {
        // Given
        await using var server = await StartAsync();

        // When
        using var delete = await server.SendAsync(HttpMethod.Delete, ObjectsPath(TestConfig.Shared, TestObjects.ClearIndicator + "/"), "bob");
        using var after = await server.GetAsync(ObjectsPath(TestConfig.Shared, TestObjects.ClearIndicator + "/"), "bob");
        using var again = await server.SendAsync(HttpMethod.Delete, ObjectsPath(TestConfig.Shared, TestObjects.ClearIndicator + "/"), "bob");

        // Then
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task DeleteObject_OneVersion_KeepsTheOthers()
    {
        // Given
        await using var server = await StartAsync();

        // When
        using var delete = await server.SendAsync(HttpMethod.Delete, ObjectsPath(TestConfig.Shared, TestObjects.Versioned + "/?match[version]=2024-03-01T00:00:00.000Z"), "bob");
        var latest = await server.GetJsonAsync(ObjectsPath(TestConfig.Shared, TestObjects.Versioned + "/"), "bob");

        // Then
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal("versioned v2", latest.GetProperty("objects")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task DeleteObject_ReaderOrForbiddenCollection_Returns403()
    {
        // Given
        await using var server = await StartAsync();

        // When
        using var reader = await server.SendAsync(HttpMethod.Delete, ObjectsPath(TestConfig.Shared, TestObjects.ClearIndicator + "/"), "alice");
        using var noDeletes = await server.SendAsync(HttpMethod.Delete, ObjectsPath(TestConfig.Public, TestObjects.PublicClear + "/"), "bob");

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noDeletes.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/stix+json;version=2.1")]
    [InlineData("application/taxii+json;version=2.0")]
    [InlineData("text/html")]
    public async Task AnyEndpoint_UnacceptableAccept_Returns406(string accept)
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var discovery = await server.GetAsync("taxii2/", "alice", accept);
        using var objects = await server.GetAsync(ObjectsPath(TestConfig.Shared), "alice", accept);

        // Then
        Assert.Equal(HttpStatusCode.NotAcceptable, discovery.StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, objects.StatusCode);
        Assert.Equal(TaxiiMediaTypes.Taxii21, ContentType(objects));
    }

    [Theory]
    [InlineData("application/taxii+json")]
    [InlineData("application/taxii+json;version=2.1")]
    [InlineData("application/taxii+json; version=2.1")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task AnyEndpoint_AcceptableAccept_Returns200(string? accept)
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var response = await server.GetAsync(ObjectsPath(TestConfig.Shared), "alice", accept);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WrongPassword_Returns401WithWwwAuthenticateAndErrorResource()
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var response = await server.SendAsync(HttpMethod.Get, "taxii2/", null, authorization: Basic("alice", "wrong"));
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal("401", error.GetProperty("http_status").GetString());
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Token")]
    public async Task ApiToken_BearerOrTokenScheme_Authenticates(string scheme)
    {
        // Given
        await using var server = await StartAsync();

        // When
        using var response = await server.SendAsync(HttpMethod.Get, ObjectsPath(TestConfig.Shared), null, authorization: new(scheme, TestConfig.BobToken));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(TestObjects.RedIndicator, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_Exceeded_Returns429WithTaxiiError()
    {
        // Given
        await using var server = await StartAsync(TestConfig.Create(new ThreatLedger.Taxii.Configuration.LimitsConfig { RequestsPerSecond = 1, Burst = 3 }), seed: false);

        // When
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10; i++)
        {
            var response = await server.GetAsync("api1/", "alice-token");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
                break;
            }

            response.Dispose();
        }

        // Then
        Assert.NotNull(limited);
        Assert.Equal("429", JsonDocument.Parse(await limited.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("http_status").GetString());
        Assert.True(limited.Headers.Contains("Retry-After"));
        using var other = await server.GetAsync("api1/", "bob-token");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        limited.Dispose();
    }

    [Fact]
    public async Task UnknownEndpointOrMethod_ReturnsTaxiiErrors()
    {
        // Given
        await using var server = await StartAsync(seed: false);

        // When
        using var unknown = await server.GetAsync("api1/nothing/here/");
        using var put = await server.SendAsync(HttpMethod.Put, ObjectsPath(TestConfig.Shared), "bob");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal("405", JsonDocument.Parse(await put.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("http_status").GetString());
    }
}
