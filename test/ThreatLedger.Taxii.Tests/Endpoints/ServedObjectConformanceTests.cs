using System.Net;
using System.Text.Json;
using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.Extraction.Stix;
using ThreatLedger.Stix.Validation;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Taxii.Tests.Endpoints;

/// <summary>
/// Objects served over TAXII are what independent STIX validators see: the sharing example and an extracted article,
/// pushed into a collection and read back, draw no errors and no warnings (the validator mirrors the OASIS
/// stix2-validator's default checks).
/// </summary>
public sealed class ServedObjectConformanceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetObjects_SharingExampleAndExtractedArticle_EveryServedObjectWithoutFindings()
    {
        // Given: a collection holding the sharing example bundle and the STIX of an extracted example article
        await using var server = await TaxiiTestServer.StartAsync(seed: false);
        using var sharing = JsonDocument.Parse(await File.ReadAllBytesAsync(RepositoryPaths.InRepository("examples", "sharing", "sharing-bundle.json"), Ct));
        var article = new DocumentReader().ReadFile(RepositoryPaths.InRepository("examples", "articles", "port-wiper-ddos.txt")).Single();
        using var extracted = JsonDocument.Parse(StixMapper.ToBundleJson(new ArticleExtractor().Extract(article)));
        var pushed = 0;
        foreach (var bundle in new[] { sharing, extracted })
        {
            var objects = bundle.RootElement.GetProperty("objects");
            using var response = await server.PostEnvelopeAsync(TestConfig.Shared, $"{{\"objects\":{objects.GetRawText()}}}");
            var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal(0, status.GetProperty("failure_count").GetInt32());
            pushed += objects.GetArrayLength();
        }

        // When: read back page by page as a user cleared for TLP:RED
        var served = new List<JsonElement>();
        var next = string.Empty;
        do
        {
            var envelope = await server.GetJsonAsync(TaxiiTestServer.ObjectsPath(TestConfig.Shared, next.Length == 0 ? string.Empty : "?next=" + Uri.EscapeDataString(next)), "bob");
            served.AddRange(envelope.TryGetProperty("objects", out var page) ? page.EnumerateArray() : []);
            next = envelope.TryGetProperty("more", out var more) && more.GetBoolean() ? envelope.GetProperty("next").GetString()! : string.Empty;
        }
        while (next.Length > 0);

        // Then
        Assert.Equal(pushed, served.Count);
        var validator = new StixValidator();
        Assert.All(served, item => Assert.True(StixDeviations.Unexpected(validator.ValidateObject(item)).Count == 0, string.Join("\n", validator.ValidateObject(item).Findings)));
    }
}
