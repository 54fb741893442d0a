using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Client;
using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Tests.Client;

/// <summary>The TAXII client (pull and push) against the real server.</summary>
public sealed class TaxiiPullPushTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pull_RedUser_CopiesTheCollectionAndResumesFromTheLastDateAdded()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync();
        await using var local = await TestKnowledgeBase.CreateAsync(DatabaseProvider.Sqlite);
        var state = await TaxiiPullState.OpenAsync(local.Database, Ct);
        using var http = new HttpClient();
        var client = new TaxiiClient(http, new Uri(server.BaseAddress, "api1/"), TaxiiClient.Basic("bob", "bob-pass"));
        var puller = new TaxiiPuller(client, local.Database.Objects, state, TimeProvider.System);
        var remote = new Uri(server.BaseAddress, "api1/").AbsoluteUri;

        // When
        var first = await puller.PullAsync(remote, TestConfig.Shared, 4, 1000, Ct);
        var late = TestObjects.Indicator("indicator--50000000-0000-4000-8000-000000000001", "late", TlpMarkings.Tlp2Green);
        await server.Database.Objects.PutAsync([StixObjectInput.Parse(late)], TestConfig.Shared, Ct);
        var second = await puller.PullAsync(remote, TestConfig.Shared, 4, 1000, Ct);
        var third = await puller.PullAsync(remote, TestConfig.Shared, 4, 1000, Ct);

        // Then
        Assert.Equal(14, first.Received);
        Assert.Equal(14, first.Stored);
        Assert.True(first.Pages >= 4);
        Assert.Equal(1, second.Received);
        Assert.Equal(1, second.Stored);
        Assert.Equal(0, third.Received);
        Assert.Equal(second.AddedLast, await state.GetAsync(remote, TestConfig.Shared, Ct));
        Assert.Equal(15, await local.Database.Objects.CountAsync(new StixObjectQuery(), Ct));
    }

    [Fact]
    public async Task Pull_GreenUser_StoresOnlyWhatTheServerShares()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync();
        await using var local = await TestKnowledgeBase.CreateAsync(DatabaseProvider.Sqlite);
        var state = await TaxiiPullState.OpenAsync(local.Database, Ct);
        using var http = new HttpClient();
        var client = new TaxiiClient(http, new Uri(server.BaseAddress, "api1/"), TaxiiClient.Bearer(TestConfig.AliceToken));

        // When
        var result = await new TaxiiPuller(client, local.Database.Objects, state, TimeProvider.System).PullAsync("remote", TestConfig.Shared, null, 1000, Ct);
        var page = await local.Database.Objects.QueryAsync(new StixObjectQuery(), Ct);

        // Then
        Assert.Equal(5, result.Received);
        Assert.DoesNotContain(page.Objects, o => o.Json!.Contains(TestObjects.SecretMarker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pull_WrongPassword_FailsWithTheServersError()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(seed: false);
        await using var local = await TestKnowledgeBase.CreateAsync(DatabaseProvider.Sqlite);
        var state = await TaxiiPullState.OpenAsync(local.Database, Ct);
        using var http = new HttpClient();
        var client = new TaxiiClient(http, new Uri(server.BaseAddress, "api1/"), TaxiiClient.Basic("bob", "nope"));

        // When
        var error = await Assert.ThrowsAsync<TaxiiClientException>(() => new TaxiiPuller(client, local.Database.Objects, state, TimeProvider.System).PullAsync("remote", TestConfig.Shared, null, 10, Ct));

        // Then
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_Bundle_SplitsByMaxContentLengthAndReportsStatus()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(seed: false);
        var objects = Enumerable.Range(0, 120).Select(i => TestObjects.Indicator($"indicator--60000000-0000-4000-8000-{i:x12}", "pushed " + new string('p', 600), TlpMarkings.Tlp2Green)).ToList();
        var file = Path.Combine(Directory.CreateTempSubdirectory("tl-push-").FullName, "bundle.json");
        await File.WriteAllTextAsync(file, $"{{\"type\":\"bundle\",\"id\":\"bundle--60000000-0000-4000-8000-000000000000\",\"objects\":[{string.Join(",", objects)}]}}", Ct);
        using var http = new HttpClient();
        var client = new TaxiiClient(http, new Uri(server.BaseAddress, "api1/"), TaxiiClient.Bearer(TestConfig.BobToken));

        // When
        var result = await new TaxiiPusher(client).PushAsync(TestConfig.Shared, TaxiiPusher.ReadObjects(file), Ct);
        var stored = await server.Database.Objects.CountAsync(new StixObjectQuery { CollectionId = TestConfig.Shared }, Ct);

        // Then
        Assert.True(result.Requests >= 2, "64 KiB max_content_length forces several requests");
        Assert.Equal(120, result.Succeeded);
        Assert.Equal(0, result.Failed);
        Assert.Equal(120, stored);
    }

    [Fact]
    public async Task Push_ReadOnlyUser_FailsWithForbidden()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync(seed: false);
        using var http = new HttpClient();
        var client = new TaxiiClient(http, new Uri(server.BaseAddress, "api1/"), TaxiiClient.Basic("alice", "alice-pass"));
        var one = TestObjects.Indicator("indicator--60000000-0000-4000-8000-100000000000", "x", TlpMarkings.Tlp2Green);

        // When
        var error = await Assert.ThrowsAsync<TaxiiClientException>(() => new TaxiiPusher(client).PushAsync(TestConfig.Shared, [one], Ct));

        // Then
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadObjects_NotABundle_NamesTheFile()
    {
        // Given
        var file = Path.Combine(Directory.CreateTempSubdirectory("tl-push-").FullName, "bad.json");
        File.WriteAllText(file, "{\"type\":\"indicator\"}");

        // When
        var error = Assert.Throws<TaxiiClientException>(() => TaxiiPusher.ReadObjects(file));

        // Then
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("objects", error.Message, StringComparison.Ordinal);
    }
}
