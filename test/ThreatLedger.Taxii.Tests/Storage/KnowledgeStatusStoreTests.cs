using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Tests.Storage;

/// <summary>Status resources kept in the knowledge base: they survive a server restart; run on SQLite and PostgreSQL.</summary>
public abstract class KnowledgeStatusStoreTests
{
    private protected abstract DatabaseProvider Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetStatus_AfterTheServerRestarts_ReturnsTheSameResourceToItsOwnerOnly()
    {
        // Given: bob adds one valid and one invalid object, then the server stops.
        await using var knowledgeBase = await TestKnowledgeBase.CreateAsync(Provider);
        var settings = TaxiiConfigLoader.Validate(TestConfig.Create(), "test-config");
        var envelope = "{\"objects\":[" + TestObjects.Indicator("indicator--0f000000-0000-4000-8000-000000000001", "kept", TlpMarkings.Tlp2Green) + ",{\"type\":\"indicator\",\"id\":\"nonsense\"}]}";
        string id;
        string before;
        await using (var first = await StartAsync(knowledgeBase, settings))
        using (var content = new StringContent(envelope, Encoding.UTF8))
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiMediaTypes.Taxii21);
            using var post = await Send(first.Client, HttpMethod.Post, $"{TestConfig.Root}/collections/{TestConfig.Shared}/objects/", "bob", content);
            before = await post.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
            id = JsonDocument.Parse(before).RootElement.GetProperty("id").GetString()!;
        }

        // When: a new server over the same knowledge base.
        await using var second = await StartAsync(knowledgeBase, settings);
        using var owner = await Send(second.Client, HttpMethod.Get, $"{TestConfig.Root}/status/{id}/", "bob");
        using var other = await Send(second.Client, HttpMethod.Get, $"{TestConfig.Root}/status/{id}/", "alice");
        using var wrongRoot = await Send(second.Client, HttpMethod.Get, $"other/status/{id}/", "bob");

        // Then
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.Equal(before, await owner.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongRoot.StatusCode);
        var status = JsonDocument.Parse(before).RootElement;
        Assert.Equal(1, status.GetProperty("success_count").GetInt32());
        Assert.Equal(1, status.GetProperty("failure_count").GetInt32());
    }

    [Fact]
    public async Task FindAsync_OlderThanTheRetention_IsRemovedByTheNextAdd()
    {
        // Given
        await using var knowledgeBase = await TestKnowledgeBase.CreateAsync(Provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var store = await KnowledgeStatusStore.OpenAsync(knowledgeBase.Database, time, TimeSpan.FromDays(1), Ct);
        var old = Status("old", time.GetUtcNow(), [new StatusDetail("indicator--0f000000-0000-4000-8000-000000000002", "2024-01-01T00:00:00.000Z", null)]);
        await store.AddAsync(old, Ct);
        time.Advance(TimeSpan.FromDays(2));

        // When
        var beforeExpiry = await store.FindAsync("old", Ct);
        await store.AddAsync(Status("new", time.GetUtcNow(), []), Ct);

        // Then
        Assert.NotNull(beforeExpiry);
        Assert.Equal(old.Successes, beforeExpiry.Successes);
        Assert.Equal(old.RequestTimestamp, beforeExpiry.RequestTimestamp);
        Assert.Null(await store.FindAsync("old", Ct));
        Assert.NotNull(await store.FindAsync("new", Ct));
        Assert.Null(await store.FindAsync("never", Ct));
    }

    private static StatusRecord Status(string id, DateTimeOffset at, IReadOnlyList<StatusDetail> successes) => new()
    {
        Id = id,
        Owner = "bob",
        ApiRoot = TestConfig.Root,
        RequestTimestamp = at,
        Successes = successes,
        Failures = [new StatusDetail("objects[1]", "", "Not a JSON object.")],
    };

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string user, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = TaxiiTestServer.As(user);
        request.Headers.TryAddWithoutValidation("Accept", TaxiiMediaTypes.Taxii21);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<RunningServer> StartAsync(TestKnowledgeBase knowledgeBase, TaxiiSettings settings)
    {
        var app = TaxiiServer.CreateApp(new TaxiiServerOptions
        {
            Settings = settings,
            Store = new KnowledgeTaxiiObjectStore(knowledgeBase.Database.Objects),
            Statuses = await KnowledgeStatusStore.OpenAsync(knowledgeBase.Database, cancellationToken: Ct),
            Urls = ["http://127.0.0.1:0"],
        });
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") });
    }

    private sealed class RunningServer(Microsoft.AspNetCore.Builder.WebApplication app, HttpClient client) : IAsyncDisposable
    {
        public HttpClient Client { get; } = client;

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
