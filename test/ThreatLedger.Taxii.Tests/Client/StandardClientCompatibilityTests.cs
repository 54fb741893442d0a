using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Protocol;

namespace ThreatLedger.Taxii.Tests.Client;

/// <summary>
/// The request patterns of the OASIS taxii2-client (v21) and OpenCTI's TAXII ingester, replayed against the server:
/// trailing-slash-free status URLs, the 'Token' auth scheme, as_pages paging, next together with added_after, and
/// resuming from X-TAXII-Date-Added-Last truncated to milliseconds.
/// </summary>
public sealed class StandardClientCompatibilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OasisClient_ContentTypeCheck_AcceptsEveryResponse()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync();
        string[] paths = ["taxii2/", "api1/", "api1/collections/", $"api1/collections/{TestConfig.Shared}/", TaxiiTestServer.ObjectsPath(TestConfig.Shared), $"api1/collections/{TestConfig.Shared}/manifest/"];

        foreach (var path in paths)
        {
            // When
            using var response = await server.GetAsync(path, "bob");

            // Then: taxii2client splits Accept and Content-Type on ';' after removing spaces and needs every Accept token.
            var contentType = string.Join(",", response.Content.Headers.GetValues("Content-Type")).Replace(" ", "", StringComparison.Ordinal).Split(';');
            Assert.Equal("application/taxii+json", contentType[0]);
            Assert.All(TaxiiMediaTypes.Taxii21.Split(';'), token => Assert.Contains(token, contentType));
        }
    }

    [Fact]
    public async Task OasisClient_StatusUrlFromCollectionUrl_ResolvesWithoutTrailingSlash()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(seed: false);
        var collectionUrl = new Uri(server.BaseAddress, $"api1/collections/{TestConfig.Shared}/");
        using var post = await server.PostEnvelopeAsync(TestConfig.Shared, "{\"objects\":[]}");
        var id = JsonDocument.Parse(await post.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString();

        // When: the client joins "../../status/{id}" onto the collection URL.
        var statusUrl = new Uri(collectionUrl, $"../../status/{id}");
        using var response = await server.SendAsync(HttpMethod.Get, statusUrl.AbsoluteUri, null, authorization: new AuthenticationHeaderValue("Token", TestConfig.BobToken));
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, status.GetProperty("id").GetString());
        Assert.Equal(status.GetProperty("total_count").GetInt32(), status.GetProperty("success_count").GetInt32() + status.GetProperty("failure_count").GetInt32() + status.GetProperty("pending_count").GetInt32());
    }

    [Fact]
    public async Task OasisClient_AsPages_ReadsEveryObjectOnce()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync();
        var perRequest = 5;
        var seen = new List<string>();

        // When: as_pages asks limit=per_request, then repeats with next while more is true.
        var envelope = await server.GetJsonAsync(TaxiiTestServer.ObjectsPath(TestConfig.Shared, $"?limit={perRequest}"), "bob");
        seen.AddRange(TaxiiTestServer.Ids(envelope));
        var obtained = TaxiiTestServer.Ids(envelope).Count;
        if (envelope.GetProperty("more").GetBoolean() && obtained != perRequest)
        {
            perRequest = obtained;
        }

        while (envelope.GetProperty("more").GetBoolean())
        {
            envelope = await server.GetJsonAsync(TaxiiTestServer.ObjectsPath(TestConfig.Shared, $"?limit={perRequest}&next={Uri.EscapeDataString(envelope.GetProperty("next").GetString()!)}"), "bob");
            seen.AddRange(TaxiiTestServer.Ids(envelope));
        }

        // Then
        Assert.Equal(14, seen.Count);
        Assert.Equal(14, seen.Distinct().Count());
    }

    [Fact]
    public async Task OpenCti_NextWithAddedAfterThenResumeFromMillisecondHeader_SkipsNothing()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(seed: false);
        var first = Enumerable.Range(0, 7).Select(i => TestObjects.Indicator($"indicator--70000000-0000-4000-8000-{i:x12}", "wave 1", TlpMarkings.Tlp2Green)).ToList();
        await server.Database.Objects.PutAsync([.. first.Select(StixObjectInput.Parse)], TestConfig.Shared, Ct);
        var seen = new List<string>();
        string? cursor = null;
        var addedAfterStart = "2020-01-01T00:00:00.000Z";

        async Task RunAsync()
        {
            while (true)
            {
                var query = $"?limit=3&added_after={addedAfterStart}" + (cursor is null ? "" : "&next=" + Uri.EscapeDataString(cursor));
                using var response = await server.GetAsync(TaxiiTestServer.ObjectsPath(TestConfig.Shared, query), "bob-token");
                var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
                var ids = TaxiiTestServer.Ids(data);
                if (ids.Count == 0)
                {
                    return;
                }

                seen.AddRange(ids);
                var more = data.TryGetProperty("more", out var m) && m.GetBoolean();
                if (more && data.TryGetProperty("next", out var next))
                {
                    cursor = next.GetString();
                    continue;
                }

                // OpenCTI keeps utcDate(header).toISOString(): millisecond precision.
                var last = response.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
                Assert.True(TaxiiTimestamp.TryParse(last, out var instant));
                addedAfterStart = instant.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
                cursor = null;
                return;
            }
        }

        // When
        await RunAsync();
        var second = Enumerable.Range(0, 4).Select(i => TestObjects.Indicator($"indicator--71000000-0000-4000-8000-{i:x12}", "wave 2", TlpMarkings.Tlp2Green)).ToList();
        await server.Database.Objects.PutAsync([.. second.Select(StixObjectInput.Parse)], TestConfig.Shared, Ct);
        await RunAsync();

        // Then: every object arrives; truncating to milliseconds can only repeat, never skip.
        Assert.Equal(11, seen.Distinct().Count());
        Assert.Equal(first.Count + second.Count, seen.Distinct().Count(id => id.StartsWith("indicator--7", StringComparison.Ordinal)));
    }
}
