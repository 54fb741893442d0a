using System.Net;
using System.Net.Sockets;
using ThreatLedger.Cli;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Security;

namespace ThreatLedger.Taxii.Tests.Cli;

/// <summary>The serve, pull and push commands end to end.</summary>
public sealed class TaxiiCommandsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ThreatLedgerCommand.RunAsync(args, output, error, Ct);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task HashPassword_PrintsAHashThatVerifies()
    {
        // Given / When
        var (code, output, _) = await RunAsync("serve", "hash-password", "--password", "s3cret");

        // Then
        Assert.Equal(0, code);
        Assert.True(PasswordHashing.VerifyPassword(output.Trim(), "s3cret"));
        Assert.False(PasswordHashing.VerifyPassword(output.Trim(), "S3cret"));
    }

    [Fact]
    public async Task NewToken_PrintsTheTokenAndItsSha256()
    {
        // Given / When
        var (code, output, _) = await RunAsync("serve", "new-token", "--name", "ci");
        var token = output.Split('\n')[0]["token: ".Length..].Trim();

        // Then
        Assert.Equal(0, code);
        Assert.Contains(Convert.ToHexStringLower(PasswordHashing.HashToken(token)), output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_InvalidConfig_ExitsWithTheFileAndPath()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("tl-serve-");
        var config = Path.Combine(folder.FullName, "bad.json");
        await File.WriteAllTextAsync(config, """{ "api_roots": [ { "name": "r", "collections": [ { "id": "nope" } ] } ] }""", Ct);

        // When
        var (code, _, error) = await RunAsync("serve", "--config", config, "--db", Path.Combine(folder.FullName, "kb.db"));

        // Then
        Assert.Equal(2, code);
        Assert.Contains(config, error, StringComparison.Ordinal);
        Assert.Contains("$.api_roots[0].collections[0].id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_SharingExample_ServesEachPartnerTheirClearance()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("tl-serve-");
        var port = FreePort();
        var config = ThreatLedger.TestUtilities.RepositoryPaths.InRepository("examples", "sharing", "taxii-config.json");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var serving = ThreatLedgerCommand.RunAsync(["serve", "--config", config, "--db", Path.Combine(folder.FullName, "kb.db"), "--urls", $"http://127.0.0.1:{port}"], output, error, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var objects = "sharing/collections/3f2a6c1e-8b4d-4e7a-9c1f-5d6e7f8a9b0c/objects/";

        // When
        await WaitForAsync(http, serving);
        var green = await GetAsync(http, objects, "partner-green", "green-pass");
        var red = await GetAsync(http, objects, "partner-red", "red-pass");
        await stop.CancelAsync();
        var code = await serving;

        // Then
        Assert.Equal(0, code);
        Assert.Equal(9, TaxiiTestServer.Ids(green).Count);
        Assert.Equal(12, TaxiiTestServer.Ids(red).Count);
        Assert.DoesNotContain("198.51.100.77", green.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("198.51.100.77", red.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PullThenPush_ThroughTheCommands_CopyAndResume()
    {
        // Given
        await using var server = await TaxiiTestServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("tl-pull-");
        var db = Path.Combine(folder.FullName, "local.db");
        var apiRoot = new Uri(server.BaseAddress, "api1/").AbsoluteUri;

        // When
        var first = await RunAsync("pull", apiRoot, "--collection", TestConfig.Shared, "--user", "bob", "--password", "bob-pass", "--db", db, "--limit", "5");
        var second = await RunAsync("pull", apiRoot, "--collection", TestConfig.Shared, "--token", TestConfig.BobToken, "--db", db);
        var bundle = Path.Combine(folder.FullName, "bundle.json");
        await File.WriteAllTextAsync(bundle, $"{{\"type\":\"bundle\",\"id\":\"bundle--80000000-0000-4000-8000-000000000000\",\"objects\":[{TestObjects.Indicator("indicator--80000000-0000-4000-8000-000000000001", "pushed", TlpMarkings.Tlp2Green)}]}}", Ct);
        var push = await RunAsync("push", apiRoot, "--collection", TestConfig.Shared, bundle, "--token", TestConfig.BobToken);
        var denied = await RunAsync("push", apiRoot, "--collection", TestConfig.Shared, bundle, "--user", "alice", "--password", "alice-pass");

        // Then
        Assert.Equal(0, first.Code);
        Assert.Contains("pulled 14 objects", first.Output, StringComparison.Ordinal);
        Assert.Contains("pulled 0 objects", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, push.Code);
        Assert.Contains("1 succeeded, 0 failed", push.Output, StringComparison.Ordinal);
        Assert.Equal(2, denied.Code);
        Assert.Contains("403", denied.Error, StringComparison.Ordinal);
        await using var local = await KnowledgeDatabase.OpenAsync(db, cancellationToken: Ct);
        Assert.Equal(14, await local.Objects.CountAsync(new StixObjectQuery(), Ct));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForAsync(HttpClient http, Task<int> serving)
    {
        for (var i = 0; i < 200 && !serving.IsCompleted; i++)
        {
            try
            {
                using var response = await http.GetAsync("taxii2/", Ct);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.Fail("the server did not start: " + (serving.IsCompleted ? "exit code " + serving.Result : "timeout"));
    }

    private static async Task<System.Text.Json.JsonElement> GetAsync(HttpClient http, string path, string user, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = TaxiiTestServer.Basic(user, password);
        using var response = await http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }
}
