using System.Text;
using ThreatLedger.Taxii.Protocol;
using static ThreatLedger.Taxii.Tests.TestConfig;
using static ThreatLedger.Taxii.Tests.TestObjects;

namespace ThreatLedger.Taxii.Tests.Security;

/// <summary>
/// Crafted requests (wrong credentials, other users' tokens, path tricks, unlisted collections, TLP:RED objects
/// through every read path) that must never leak a protected object, a protected collection or its existence.
/// </summary>
public sealed class TaxiiSecurityTests : IClassFixture<SecurityServerFixture>
{
    private static readonly int[] Unauthorized = [401];
    private static readonly int[] Hidden = [404];
    private static readonly int[] OkOrHidden = [200, 404];
    private static readonly int[] AnyRefusal = [400, 401, 404];

    private readonly SecurityServerFixture _fixture;

    public TaxiiSecurityTests(SecurityServerFixture fixture) => _fixture = fixture;

    public static TheoryData<SecurityCase> RedObjectReadPaths()
    {
        var data = new TheoryData<SecurityCase>();
        var principals = new (string Name, string Header)[]
        {
            ("alice (green, basic)", BasicHeader("alice", "alice-pass")),
            ("carol (amber, token)", "Bearer " + CarolToken),
        };
        var types = new Dictionary<string, string>
        {
            [RedIndicator] = "indicator", [RedTlp1Indicator] = "indicator", [RelationshipToRed] = "relationship",
            [GranularRed] = "indicator", [CustomRedMarked] = "indicator", [ReportViaRelationship] = "report",
        };
        foreach (var (principal, header) in principals)
        {
            foreach (var id in RedIds)
            {
                var objects = $"/{Root}/collections/{TestConfig.Shared}/objects/";
                var paths = new (string What, string Path, int[] Statuses)[]
                {
                    ("objects list", objects, [200]),
                    ("objects match[id]", $"{objects}?match[id]={id}", [200]),
                    ("objects match[id] all versions", $"{objects}?match[id]={id}&match[version]=all", [200]),
                    ("objects match[type]", $"{objects}?match[type]={types[id]}&limit=50", [200]),
                    ("object by id", $"{objects}{id}/", Hidden),
                    ("object by id all versions", $"{objects}{id}/?match[version]=all", Hidden),
                    ("object versions", $"{objects}{id}/versions/", Hidden),
                    ("manifest match[id]", $"/{Root}/collections/{TestConfig.Shared}/manifest/?match[id]={id}", [200]),
                    ("manifest all versions", $"/{Root}/collections/{TestConfig.Shared}/manifest/?match[version]=all&limit=50", [200]),
                };
                foreach (var (what, path, statuses) in paths)
                {
                    data.Add(new SecurityCase($"{principal}: red {id} via {what}", "GET", path, header, statuses));
                }
            }
        }

        // A RED-cleared user reading a view whose maximum is GREEN.
        foreach (var id in RedIds)
        {
            var view = $"/{Root}/collections/{GreenView}/";
            data.Add(new SecurityCase($"bob in green view: {id} by id", "GET", $"{view}objects/{id}/", BasicHeader("bob", "bob-pass"), Hidden));
            data.Add(new SecurityCase($"bob in green view: {id} match[id]", "GET", $"{view}objects/?match[id]={id}&match[version]=all", BasicHeader("bob", "bob-pass"), [200]));
            data.Add(new SecurityCase($"bob in green view: {id} versions", "GET", $"{view}objects/{id}/versions/", BasicHeader("bob", "bob-pass"), Hidden));
            data.Add(new SecurityCase($"bob in green view: {id} manifest", "GET", $"{view}manifest/?match[id]={id}&match[version]=all", BasicHeader("bob", "bob-pass"), [200]));
        }

        return data;
    }

    public static TheoryData<SecurityCase> CredentialAttacks()
    {
        var data = new TheoryData<SecurityCase>();
        var headers = new (string What, string? Header)[]
        {
            ("wrong password", BasicHeader("alice", "wrong")),
            ("empty password", BasicHeader("alice", "")),
            ("password of another user", BasicHeader("alice", "bob-pass")),
            ("unknown user", BasicHeader("mallory", "alice-pass")),
            ("user name case changed", BasicHeader("Alice", "alice-pass")),
            ("password with trailing space", BasicHeader("alice", "alice-pass ")),
            ("token as basic password", BasicHeader("bob", BobToken)),
            ("token-only user with basic", BasicHeader("dave", "tok-dave-0123456789")),
            ("basic without colon", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alicealice-pass"))),
            ("basic not base64", "Basic %%%notbase64%%%"),
            ("basic empty", "Basic "),
            ("bearer truncated token", "Bearer " + BobToken[..^1]),
            ("bearer token with suffix", "Bearer " + BobToken + "x"),
            ("bearer token upper-cased", "Bearer " + BobToken.ToUpperInvariant()),
            ("bearer stored hash as token", "Bearer " + Convert.ToHexStringLower(ThreatLedger.Taxii.Security.PasswordHashing.HashToken(BobToken))),
            ("bearer empty", "Bearer "),
            ("unknown scheme", "Digest username=\"alice\""),
            ("scheme only", "Bearer"),
            ("negotiate", "Negotiate " + BobToken),
            ("very long token", "Bearer " + new string('a', 4000)),
        };
        foreach (var (what, header) in headers)
        {
            data.Add(new SecurityCase($"{what}: objects", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/", header, Unauthorized));
            data.Add(new SecurityCase($"{what}: discovery", "GET", "/taxii2/", header, Unauthorized));
        }

        return data;
    }

    public static TheoryData<SecurityCase> PathAndCollectionTricks()
    {
        var data = new TheoryData<SecurityCase>();
        var alice = BasicHeader("alice", "alice-pass");
        var secretObjects = $"/{Root}/collections/{TestConfig.Secret}/objects/";
        var cases = new (string What, string Method, string Path, string? Header, int[] Statuses)[]
        {
            ("unlisted collection objects", "GET", secretObjects, alice, Hidden),
            ("unlisted collection resource", "GET", $"/{Root}/collections/{TestConfig.Secret}/", alice, Hidden),
            ("unlisted collection manifest", "GET", $"/{Root}/collections/{TestConfig.Secret}/manifest/", alice, Hidden),
            ("unlisted collection object by id", "GET", $"{secretObjects}{SecretCollectionObject}/", alice, Hidden),
            ("unlisted collection versions", "GET", $"{secretObjects}{SecretCollectionObject}/versions/", alice, Hidden),
            ("unlisted collection post", "POST", secretObjects, alice, Hidden),
            ("unlisted collection delete", "DELETE", $"{secretObjects}{SecretCollectionObject}/", alice, Hidden),
            ("collection nobody may read", "GET", $"/{Root}/collections/{Never}/objects/", BasicHeader("bob", "bob-pass"), Hidden),
            ("unknown collection", "GET", $"/{Root}/collections/77777777-7777-4777-8777-777777777777/objects/", alice, Hidden),
            ("upper-case collection id", "GET", $"/{Root}/collections/{TestConfig.Secret.ToUpperInvariant()}/objects/", alice, Hidden),
            ("percent-encoded collection id", "GET", $"/{Root}/collections/{string.Concat(TestConfig.Secret.Select(c => "%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)))}/objects/", alice, Hidden),
            ("encoded slash after id", "GET", $"/{Root}/collections/{TestConfig.Secret}%2F/objects/", alice, AnyRefusal),
            ("dot-dot to unlisted collection", "GET", $"/{Root}/collections/{TestConfig.Shared}/../{TestConfig.Secret}/objects/", alice, AnyRefusal),
            ("encoded dot-dot to unlisted collection", "GET", $"/{Root}/collections/{TestConfig.Shared}/%2e%2e/{TestConfig.Secret}/objects/", alice, AnyRefusal),
            ("encoded dot-dot and slash", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/..%2F..%2F{TestConfig.Secret}/objects/", alice, AnyRefusal),
            ("double-encoded dot-dot", "GET", $"/{Root}/collections/{TestConfig.Shared}/%252e%252e/{TestConfig.Secret}/objects/", alice, AnyRefusal),
            ("status path to collection", "GET", $"/{Root}/status/../collections/{TestConfig.Secret}/objects/", alice, AnyRefusal),
            ("discovery path to collection", "GET", $"/taxii2/../{Root}/collections/{TestConfig.Secret}/", alice, AnyRefusal),
            ("api root case changed", "GET", $"/{Root.ToUpperInvariant()}/collections/{TestConfig.Shared}/objects/", alice, AnyRefusal),
            ("double slash", "GET", $"/{Root}//collections/{TestConfig.Secret}/objects/", alice, AnyRefusal),
            ("null byte in object id", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/%00/", alice, AnyRefusal),
            ("object id with traversal", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/..%2f{SecretCollectionObject}/", alice, AnyRefusal),
            ("object of another collection by id", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/{SecretCollectionObject}/", alice, Hidden),
            ("object of another collection by match[id]", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/?match[id]={SecretCollectionObject}", alice, [200]),
            ("object of another collection in view", "GET", $"/{Root}/collections/{GreenView}/objects/?match[id]={SecretCollectionObject}", alice, [200]),
            ("forged next cursor on unlisted", "GET", $"{secretObjects}?next=k1.MC4w", alice, Hidden),
            ("sql-like match[id]", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/?match[id]=x'%20OR%20'1'='1", alice, [200]),
            ("sql-like match[type]", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/?match[type]=indicator'%20OR%201=1--", alice, [200]),
            ("anonymous on private collection", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/", null, Unauthorized),
            ("anonymous on unlisted collection", "GET", secretObjects, null, Unauthorized),
            ("anonymous on unknown collection", "GET", $"/{Root}/collections/77777777-7777-4777-8777-777777777777/objects/", null, Unauthorized),
            ("anonymous manifest private", "GET", $"/{Root}/collections/{TestConfig.Shared}/manifest/", null, Unauthorized),
            ("anonymous status", "GET", $"/{Root}/status/00000000-0000-4000-8000-000000000000/", null, Unauthorized),
            ("anonymous post to public", "POST", $"/{Root}/collections/{TestConfig.Public}/objects/", null, Unauthorized),
            ("anonymous public green object", "GET", $"/{Root}/collections/{TestConfig.Public}/objects/{PublicGreen}/", null, Hidden),
            ("user without groups", "GET", $"/{Root}/collections/{TestConfig.Shared}/objects/", "Bearer tok-dave-0123456789", Hidden),
            ("another user's status id guess", "GET", $"/{Root}/status/00000000-0000-4000-8000-000000000000/", alice, Hidden),
            ("collections listing", "GET", $"/{Root}/collections/", alice, [200]),
            ("unknown api root", "GET", "/secret-root/collections/", alice, Hidden),
            ("write-only collection read", "GET", $"/{Root}/collections/{WriteOnly}/objects/", alice, [403]),
        };
        foreach (var (what, method, path, header, statuses) in cases)
        {
            data.Add(new SecurityCase(what, method, path, header, statuses));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RedObjectReadPaths))]
    public async Task RedObject_ReadPathBelowRedClearance_NeverLeaks(SecurityCase attack)
        => await AssertNoLeakAsync(attack, alsoHideSecretCollection: true);

    [Theory]
    [MemberData(nameof(CredentialAttacks))]
    public async Task BadCredentials_AreRejectedWith401AndNoContent(SecurityCase attack)
        => await AssertNoLeakAsync(attack, alsoHideSecretCollection: true);

    [Theory]
    [MemberData(nameof(PathAndCollectionTricks))]
    public async Task PathOrCollectionTrick_NeverRevealsProtectedCollections(SecurityCase attack)
        => await AssertNoLeakAsync(attack, alsoHideSecretCollection: true);

    [Fact]
    public async Task PagingThroughEverything_GreenUser_NeverMeetsARedObject()
    {
        // Given
        var server = _fixture.Server;
        var bodies = new StringBuilder();
        string? next = null;

        // When
        do
        {
            using var response = await server.GetAsync(TaxiiTestServer.ObjectsPath(TestConfig.Shared, "?limit=1&match[version]=all" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next))));
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            bodies.Append(body);
            var envelope = System.Text.Json.JsonDocument.Parse(body).RootElement;
            next = envelope.GetProperty("more").GetBoolean() ? envelope.GetProperty("next").GetString() : null;
        }
        while (next is not null);

        // Then
        AssertClean(bodies.ToString(), "paging with limit=1");
        Assert.Contains(GreenIndicator, bodies.ToString(), StringComparison.Ordinal);
    }

    private async Task AssertNoLeakAsync(SecurityCase attack, bool alsoHideSecretCollection)
    {
        // Given
        var server = _fixture.Server;
        var uri = new Uri(server.BaseAddress.GetLeftPart(UriPartial.Authority) + attack.Path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var request = new HttpRequestMessage(new HttpMethod(attack.Method), uri);
        if (attack.Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", attack.Authorization);
        }

        request.Headers.TryAddWithoutValidation("Accept", TaxiiMediaTypes.Taxii21);
        if (attack.Method == "POST")
        {
            request.Content = new StringContent("{\"objects\":[]}", Encoding.UTF8, "application/taxii+json");
        }

        // When
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Then
        Assert.True(attack.AllowedStatuses.Contains((int)response.StatusCode), $"{attack.Name}: status {(int)response.StatusCode}, expected one of {string.Join(",", attack.AllowedStatuses)}; body {body}");
        Assert.NotEqual(403, attack.AllowedStatuses.Contains(403) ? 0 : (int)response.StatusCode);
        AssertClean(body, attack.Name);
        if (alsoHideSecretCollection)
        {
            Assert.DoesNotContain(TestConfig.Secret, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Never, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void AssertClean(string body, string what)
    {
        Assert.False(body.Contains(SecretMarker, StringComparison.Ordinal), $"{what}: leaked RED content: {body}");
        Assert.False(body.Contains(SecretCollectionMarker, StringComparison.Ordinal), $"{what}: leaked the secret collection: {body}");
        foreach (var id in RedIds)
        {
            Assert.False(body.Contains(id, StringComparison.Ordinal), $"{what}: leaked the id {id}: {body}");
        }

        Assert.False(body.Contains(SecretCollectionObject, StringComparison.Ordinal), $"{what}: leaked {SecretCollectionObject}: {body}");
    }

    private static string BasicHeader(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
}
