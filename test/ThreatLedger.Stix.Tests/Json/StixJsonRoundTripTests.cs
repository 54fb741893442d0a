using System.Text.Json;
using System.Text.Json.Nodes;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;
using ThreatLedger.Stix.Tests.Fixtures;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Stix.Tests.Json;

public sealed class StixJsonRoundTripTests
{
    public static TheoryData<int> CorpusIndexes()
    {
        var data = new TheoryData<int>();
        var count = JsonNode.Parse(FixturePaths.Read("RoundTrip", "all-types.json"))!["objects"]!.AsArray().Count;
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusIndexes))]
    public void ParseObject_CorpusObject_SerializesToEqualJson(int index)
    {
        // Given
        var original = JsonNode.Parse(FixturePaths.Read("RoundTrip", "all-types.json"))!["objects"]![index]!;

        // When
        var parsed = StixJson.ParseObject(original.ToJsonString());
        var written = JsonNode.Parse(StixJson.Serialize(parsed));

        // Then
        Assert.True(JsonNode.DeepEquals(original, written), $"{original["id"]}\nexpected {original.ToJsonString()}\nactual   {written!.ToJsonString()}");
    }

    [Fact]
    public void ParseBundle_Corpus_EveryTypeHasItsClass()
    {
        // Given
        var bytes = FixturePaths.Read("RoundTrip", "all-types.json");

        // When
        var bundle = StixJson.ParseBundle(bytes);

        // Then
        var unknown = bundle.Objects!.OfType<UnknownStixObject>().Select(o => o.Type).Distinct().ToArray();
        Assert.Equal(["x-example-asset"], unknown);
        Assert.Equal(43, bundle.Objects!.Select(o => o.Type).Distinct().Count());
        Assert.IsType<StixFile>(bundle.Objects!.Single(o => o.Type == "file"));
    }

    [Fact]
    public void Serialize_ParsedCanonicalObject_ByteEqual()
    {
        // Given: written in this library's canonical property order
        const string json = "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\",\"created\":\"2016-05-12T08:17:27.000Z\",\"modified\":\"2016-05-12T08:17:27.0Z\",\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"[file:name = 'a.exe']\",\"pattern_type\":\"stix\",\"valid_from\":\"2016-05-12T08:17:27Z\",\"confidence\":0,\"x_example_flag\":false,\"x_example_nested\":{\"a\":[1,2.5,\"é\"]}}";

        // When
        var written = StixJson.Serialize(StixJson.ParseObject(json));

        // Then
        Assert.Equal(json, written);
    }

    [Fact]
    public void ParseObject_CustomProperties_AvailableInBag()
    {
        // Given
        const string json = "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\",\"created\":\"2016-05-12T08:17:27.000Z\",\"modified\":\"2016-05-12T08:17:27.000Z\",\"name\":\"X\",\"is_family\":false,\"x_acme_score\":7}";

        // When
        var malware = Assert.IsType<Malware>(StixJson.ParseObject(json));

        // Then
        Assert.Equal(7, malware.CustomProperties!["x_acme_score"].GetInt32());
        Assert.False(malware.IsFamily);
    }

    [Fact]
    public void ParseObject_DuplicateKey_ThrowsWithPath()
    {
        // Given
        const string json = "{\"type\":\"tool\",\"name\":\"a\",\"name\":\"b\"}";

        // When
        var ex = Assert.Throws<StixParseException>(() => StixJson.ParseObject(json));

        // Then
        Assert.Contains("name", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.LineNumber);
    }

    [Fact]
    public void ParseObject_NumberWhereStringBelongs_ThrowsWithPath()
    {
        // Given
        const string json = "{\"type\":\"tool\",\"id\":\"tool--31b940d4-6f7f-459a-80ea-9c1f17b5891b\",\"name\":42}";

        // When
        var ex = Assert.Throws<StixParseException>(() => StixJson.ParseObject(json));

        // Then
        Assert.Equal("$.name", ex.Path);
    }

    [Fact]
    public void ParseObjects_SharedExamples_AllRoundTrip()
    {
        // Given
        var folder = RepositoryPaths.SharedOrSkip("stix2-json-schemas", "examples");
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories);

        foreach (var file in files)
        {
            var original = JsonNode.Parse(File.ReadAllBytes(file))!;
            var objects = original["type"]!.GetValue<string>() == "bundle" ? original["objects"]!.AsArray().ToArray() : [original];

            // When
            var parsed = StixJson.ParseObjects(File.ReadAllBytes(file));

            // Then
            Assert.Equal(objects.Length, parsed.Count);
            for (var i = 0; i < parsed.Count; i++)
            {
                var written = JsonSerializer.SerializeToNode(parsed[i], StixJson.Info<StixObject>());
                Assert.True(JsonNode.DeepEquals(objects[i], written), $"{file} object {i}: {written!.ToJsonString()}");
            }
        }
    }
}
