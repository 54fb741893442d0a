using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Tests;

/// <summary>The real TAXII server on Kestrel, 127.0.0.1 and a free port, over a fresh knowledge base.</summary>
internal sealed class TaxiiTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestKnowledgeBase _knowledgeBase;

    private TaxiiTestServer(WebApplication app, TestKnowledgeBase knowledgeBase, Uri baseAddress, TaxiiSettings settings)
    {
        _app = app;
        _knowledgeBase = knowledgeBase;
        BaseAddress = baseAddress;
        Settings = settings;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public TaxiiSettings Settings { get; }

    public HttpClient Client { get; }

    public KnowledgeDatabase Database => _knowledgeBase.Database;

    public string Db => _knowledgeBase.Db;

    public static async Task<TaxiiTestServer> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, TaxiiConfig? config = null, bool seed = true)
    {
        var knowledgeBase = await TestKnowledgeBase.CreateAsync(provider);
        var settings = TaxiiConfigLoader.Validate(config ?? TestConfig.Create(), "test-config");
        if (seed)
        {
            var ct = TestContext.Current.CancellationToken;
            await knowledgeBase.Database.Objects.PutAsync([.. TestObjects.Shared().Select(StixObjectInput.Parse)], TestConfig.Shared, ct);
            await knowledgeBase.Database.Objects.PutAsync([.. TestObjects.Secret().Select(StixObjectInput.Parse)], TestConfig.Secret, ct);
            await knowledgeBase.Database.Objects.PutAsync([.. TestObjects.Public().Select(StixObjectInput.Parse)], TestConfig.Public, ct);
        }

        var app = TaxiiServer.CreateApp(new TaxiiServerOptions
        {
            Settings = settings,
            Store = new KnowledgeTaxiiObjectStore(knowledgeBase.Database.Objects),
            Urls = ["http://127.0.0.1:0"],
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TaxiiTestServer(app, knowledgeBase, new Uri(address.TrimEnd('/') + "/"), settings);
    }

    public static AuthenticationHeaderValue Basic(string user, string password)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    /// <summary>The standard credentials of a test user (null: anonymous).</summary>
    public static AuthenticationHeaderValue? As(string? user) => user switch
    {
        null => null,
        "alice" => Basic("alice", "alice-pass"),
        "bob" => Basic("bob", "bob-pass"),
        "carol" => Basic("carol", "carol-pass"),
        "alice-token" => new AuthenticationHeaderValue("Bearer", TestConfig.AliceToken),
        "bob-token" => new AuthenticationHeaderValue("Bearer", TestConfig.BobToken),
        "carol-token" => new AuthenticationHeaderValue("Bearer", TestConfig.CarolToken),
        _ => throw new ArgumentException("unknown test user " + user),
    };

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? user, string? accept = TaxiiMediaTypes.Taxii21, HttpContent? content = null, AuthenticationHeaderValue? authorization = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = authorization ?? As(user);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? user = "alice", string? accept = TaxiiMediaTypes.Taxii21)
        => SendAsync(HttpMethod.Get, path, user, accept);

    /// <summary>GETs and parses a 200 JSON response.</summary>
    public async Task<JsonElement> GetJsonAsync(string path, string? user = "alice")
    {
        using var response = await GetAsync(path, user);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} as {user}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> PostEnvelopeAsync(string collectionId, string envelopeJson, string? user = "bob", string contentType = TaxiiMediaTypes.Taxii21)
    {
        var content = new StringContent(envelopeJson, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await SendAsync(HttpMethod.Post, $"{TestConfig.Root}/collections/{collectionId}/objects/", user, content: content);
    }

    public static string ObjectsPath(string collectionId, string query = "") => $"{TestConfig.Root}/collections/{collectionId}/objects/{query}";

    public static List<string> Ids(JsonElement envelope)
        => envelope.TryGetProperty("objects", out var objects) ? [.. objects.EnumerateArray().Select(o => o.GetProperty("id").GetString()!)] : [];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _knowledgeBase.DisposeAsync();
    }
}
