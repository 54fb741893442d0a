using System.Text.Json.Nodes;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;
using ThreatLedger.Stix.Streaming;
using ThreatLedger.Stix.Tests.Fixtures;

namespace ThreatLedger.Stix.Tests.Streaming;

public sealed class BundleWriterTests
{
    [Fact]
    public async Task WriteAsync_ReaderToWriter_CopiesBundleUnchanged()
    {
        // Given
        var original = FixturePaths.Read("RoundTrip", "all-types.json");
        var output = new MemoryStream();
        var bundleId = StixId.Parse(JsonNode.Parse(original)!["id"]!.GetValue<string>());

        // When
        await using (var writer = new BundleWriter(output, bundleId))
        {
            using var reader = new BundleReader(new MemoryStream(original));
            await foreach (var item in reader.ReadObjectsAsync(TestContext.Current.CancellationToken))
            {
                using (item)
                {
                    await writer.WriteAsync(item.Element, TestContext.Current.CancellationToken);
                }
            }
        }

        // Then
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(output.ToArray())));
    }

    [Fact]
    public async Task WriteAsync_ModelObjects_ProducesParsableBundle()
    {
        // Given
        var output = new MemoryStream();
        var factory = new StixObjectFactory();

        // When
        await using (var writer = new BundleWriter(output, factory.NewId(Bundle.TypeName)))
        {
            await writer.WriteAsync(TlpMarkings.Green, TestContext.Current.CancellationToken);
            await writer.WriteAsync(factory.Create(new Identity { Name = "Example" }), TestContext.Current.CancellationToken);
        }

        var bundle = StixJson.ParseBundle(output.ToArray());

        // Then
        Assert.Equal(2, bundle.Objects!.Count);
        Assert.IsType<Identity>(bundle.Objects[1]);
    }
}
