using ThreatLedger.Stix.Patterns;

namespace ThreatLedger.Stix.Tests.Patterns;

/// <summary>STIX 2.1 section 9 (patterning) syntax.</summary>
public sealed class StixPatternCheckerTests
{
    [Theory]
    [InlineData("[ipv4-addr:value = '198.51.100.1/32']")]
    [InlineData("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']")]
    [InlineData("[url:value = 'http://example.com/foo' OR url:value = 'http://example.com/bar']")]
    [InlineData("[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] REPEATS 5 TIMES WITHIN 1800 SECONDS")]
    [InlineData("([file:name = 'a.exe'] AND [process:pid > 4]) FOLLOWEDBY [windows-registry-key:key LIKE 'HKEY_%']")]
    [InlineData("[email-message:from_ref.value MATCHES '.+@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name NOT IN ('a', 'b')]")]
    [InlineData("[file:size >= 1024] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'")]
    [InlineData("[artifact:payload_bin = b'VGhpcyBpcyBhIHRlc3Q=' AND file:magic_number_hex = h'ffd8']")]
    [InlineData("[ipv4-addr:value ISSUBSET '198.51.100.0/24' AND EXISTS x-example:flag]")]
    public void Check_ValidPattern_DoesNotThrow(string pattern)
    {
        // Given / When
        var problem = StixPatternChecker.TryCheck(pattern);

        // Then
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("[ipv4-addr:value = '1.2.3.4'", 28, "expected ']' to close the observation expression but found the end of the pattern")]
    [InlineData("ipv4-addr:value = '1.2.3.4'", 0, "expected '[' to start an observation expression")]
    [InlineData("[ipv4-addr:value = '1.2.3.4]", 19, "unterminated string literal")]
    [InlineData("[file:name 'a']", 11, "expected a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)")]
    [InlineData("[file:name = 'a'] WITHIN 0 SECONDS", 25, "WITHIN needs a positive number of seconds")]
    [InlineData("[file:created = t'2016-06-01']", 16, "t'2016-06-01' is not a STIX timestamp")]
    [InlineData("[file:name = 'a'] AND", 21, "expected '[' to start an observation expression")]
    public void Check_InvalidPattern_ReportsIndexAndReason(string pattern, int index, string reason)
    {
        // Given / When
        var ex = Assert.Throws<PatternSyntaxException>(() => StixPatternChecker.Check(pattern));

        // Then
        Assert.Equal(index, ex.Index);
        Assert.Equal(reason, ex.Reason);
    }
}
