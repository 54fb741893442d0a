using System.Text.Json;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Stix.Tests.Patterning;

// STIX 2.1 sections 9.5-9.7: comparison, observation-operator and qualifier semantics.
public sealed class PatternMatcherTests
{
    private static readonly DateTimeOffset s_t0 = new(2022, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static Observation Obs(int minutes, params string[] objects)
    {
        var dict = new Dictionary<string, JsonElement>();
        for (var i = 0; i < objects.Length; i++)
        {
            var element = JsonDocument.Parse(objects[i]).RootElement;
            var key = element.TryGetProperty("id", out var id) ? id.GetString()! : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            dict[key] = element;
        }

        return new Observation { Objects = dict, FirstObserved = s_t0.AddMinutes(minutes), LastObserved = s_t0.AddMinutes(minutes) };
    }

    private static IReadOnlyList<PatternMatch> Match(string pattern, params Observation[] observations) =>
        new PatternMatcher(StixPattern.Parse(pattern)).Match(observations);

    [Theory]
    [InlineData("[ipv4-addr:value = '203.0.113.5']", true)]
    [InlineData("[ipv4-addr:value = '203.0.113.5/32']", true)]
    [InlineData("[ipv4-addr:value ISSUBSET '203.0.113.0/24']", true)]
    [InlineData("[ipv4-addr:value ISSUBSET '198.51.100.0/24']", false)]
    [InlineData("[ipv4-addr:value != '203.0.113.5']", false)]
    [InlineData("[ipv4-addr:value NOT = '203.0.113.6']", true)]
    [InlineData("[ipv4-addr:value IN ('1.1.1.1', '203.0.113.5')]", true)]
    [InlineData("[ipv4-addr:value LIKE '203.0.113.%']", true)]
    [InlineData("[ipv4-addr:value MATCHES '^203\\\\.0\\\\.']", true)]
    [InlineData("[domain-name:value = '203.0.113.5']", false)]
    public void Match_ComparisonOnAddress(string pattern, bool expected)
    {
        // Given
        var observation = Obs(0, """{"type":"ipv4-addr","value":"203.0.113.5"}""");

        // When / Then
        Assert.Equal(expected, Match(pattern, observation).Count > 0);
    }

    [Fact]
    public void Match_NegatedComparison_NeedsThePropertyPresent()
    {
        // Given: the file has no name at all
        var observation = Obs(0, """{"type":"file","size":10}""");

        // Then
        Assert.Empty(Match("[file:name NOT = 'a.exe']", observation));
        Assert.NotEmpty(Match("[file:size > 5 AND file:size <= 10]", observation));
        Assert.NotEmpty(Match("[EXISTS file:size]", observation));
        Assert.Empty(Match("[EXISTS file:name]", observation));
    }

    [Fact]
    public void Match_HashesCompareCaseInsensitively_AndQuotedKeysResolve()
    {
        var observation = Obs(0, """{"type":"file","hashes":{"SHA-256":"AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F"}}""");

        Assert.NotEmpty(Match("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']", observation));
    }

    [Fact]
    public void Match_ReferencesAndListsAreFollowed()
    {
        // Given: an e-mail whose sender and recipients are separate objects of the same observation
        var observation = Obs(
            0,
            """{"type":"email-message","id":"m","from_ref":"a","to_refs":["b","c"],"subject":"Invoice 42"}""",
            """{"type":"email-addr","id":"a","value":"spoof@evil.example"}""",
            """{"type":"email-addr","id":"b","value":"staff@agency.example"}""",
            """{"type":"email-addr","id":"c","value":"boss@agency.example"}""");

        // Then
        Assert.NotEmpty(Match("[email-message:from_ref.value = 'spoof@evil.example' AND email-message:subject LIKE 'Invoice%']", observation));
        Assert.NotEmpty(Match("[email-message:to_refs[*].value = 'boss@agency.example']", observation));
        Assert.NotEmpty(Match("[email-message:to_refs[0].value = 'staff@agency.example']", observation));
        Assert.Empty(Match("[email-message:to_refs[0].value = 'boss@agency.example']", observation));
    }

    [Fact]
    public void Match_AndWithinBrackets_MustHoldForOneObject()
    {
        // Given: two files, neither of which has both properties
        var observation = Obs(0, """{"type":"file","name":"a.exe"}""", """{"type":"file","size":99}""");

        // Then
        Assert.Empty(Match("[file:name = 'a.exe' AND file:size = 99]", observation));
        Assert.NotEmpty(Match("[file:name = 'a.exe' OR file:size = 1]", observation));
    }

    [Fact]
    public void Match_FollowedBy_RespectsOrder()
    {
        var domain = Obs(0, """{"type":"domain-name","value":"evil.example"}""");
        var url = Obs(5, """{"type":"url","value":"http://evil.example/x"}""");

        Assert.NotEmpty(Match("[domain-name:value = 'evil.example'] FOLLOWEDBY [url:value = 'http://evil.example/x']", domain, url));
        Assert.Empty(Match("[url:value = 'http://evil.example/x'] FOLLOWEDBY [domain-name:value = 'evil.example']", domain, url));
    }

    [Fact]
    public void Match_Within_LimitsTheWindow()
    {
        var first = Obs(0, """{"type":"domain-name","value":"evil.example"}""");
        var late = Obs(60, """{"type":"url","value":"http://evil.example/x"}""");
        const string Pattern = "([domain-name:value = 'evil.example'] AND [url:value = 'http://evil.example/x']) WITHIN {0} SECONDS";

        Assert.Empty(Match(string.Format(System.Globalization.CultureInfo.InvariantCulture, Pattern, 600), first, late));
        Assert.NotEmpty(Match(string.Format(System.Globalization.CultureInfo.InvariantCulture, Pattern, 3600), first, late));
    }

    [Fact]
    public void Match_Repeats_NeedsDistinctObservations()
    {
        var hits = Enumerable.Range(0, 3).Select(i => Obs(i, """{"type":"ipv4-addr","value":"203.0.113.5"}""")).ToArray();

        Assert.NotEmpty(Match("[ipv4-addr:value = '203.0.113.5'] REPEATS 3 TIMES", hits));
        Assert.Empty(Match("[ipv4-addr:value = '203.0.113.5'] REPEATS 4 TIMES", hits));
    }

    [Fact]
    public void Match_StartStop_FiltersByTime()
    {
        var october = Obs(0, """{"type":"ipv4-addr","value":"203.0.113.5"}""");

        Assert.NotEmpty(Match("[ipv4-addr:value = '203.0.113.5'] START t'2022-10-01T00:00:00Z' STOP t'2022-11-01T00:00:00Z'", october));
        Assert.Empty(Match("[ipv4-addr:value = '203.0.113.5'] START t'2023-01-01T00:00:00Z' STOP t'2023-02-01T00:00:00Z'", october));
    }

    [Fact]
    public void Match_TimestampsNumbersBooleansAndBinary()
    {
        var observation = Obs(
            0,
            """{"type":"file","ctime":"2022-10-03T10:00:00.000Z","size":2048,"is_encrypted":true}""",
            """{"type":"artifact","payload_bin":"SGVsbG8="}""");

        Assert.NotEmpty(Match("[file:ctime > t'2022-10-01T00:00:00Z']", observation));
        Assert.NotEmpty(Match("[file:ctime = t'2022-10-03T10:00:00Z']", observation));
        Assert.NotEmpty(Match("[file:size >= 2048.0]", observation));
        Assert.NotEmpty(Match("[file:is_encrypted = true]", observation));
        Assert.NotEmpty(Match("[artifact:payload_bin = h'48656c6c6f']", observation));
        Assert.NotEmpty(Match("[artifact:payload_bin = b'SGVsbG8=']", observation));
    }
}
