using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Stix.Tests.Patterning;

// STIX 2.1 section 9 (Patterning): grammar, literals, qualifiers and the rules the grammar alone cannot express.
public sealed class StixPatternTests
{
    public static TheoryData<string> ValidPatterns => new()
    {
        "[ipv4-addr:value = '198.51.100.1/32']",
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        "[email-message:from_ref.value MATCHES '.+@example\\\\.com$' AND email-message:subject LIKE 'Invoice%']",
        "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_port IN (80, 443, 8080)]",
        "[email-message:to_refs[*].value = 'victim@example.org']",
        "[domain-name:value = 'evil.example'] FOLLOWEDBY [url:value = 'http://evil.example/x'] WITHIN 600 SECONDS",
        "([file:name = 'a.exe'] OR [file:name = 'b.exe']) REPEATS 5 TIMES",
        "[ipv4-addr:value ISSUBSET '10.0.0.0/8'] START t'2022-10-01T00:00:00Z' STOP t'2023-07-01T00:00:00.000Z'",
        "[file:size > 1024 AND file:size <= 4096 AND NOT file:name = 'x']".Replace("AND NOT file:name = 'x'", "AND file:name NOT = 'x'", StringComparison.Ordinal),
        "[artifact:payload_bin = b'SGVsbG8=' OR artifact:payload_bin = h'48656c6c6f']",
        "[x-custom-object:'x-field' = true]",
        "[process:extensions.'windows-process-ext'.aslr_enabled = false]",
        "[file:name = 'it\\'s']",
        "[windows-registry-key:key EXISTS]".Replace("[windows-registry-key:key EXISTS]", "[EXISTS windows-registry-key:key]", StringComparison.Ordinal),
        "[file:created > t'2016-01-01T00:00:00Z']",
        "[file:size = -1] AND [file:size = 1.5]",
    };

    [Theory]
    [MemberData(nameof(ValidPatterns))]
    public void Parse_ValidPattern_RoundTripsThroughCanonicalForm(string text)
    {
        // When
        var pattern = StixPattern.Parse(text);
        var again = StixPattern.Parse(pattern.ToString());

        // Then
        Assert.Equal(pattern.Expression, again.Expression);
        Assert.Equal(pattern.ToString(), again.ToString());
    }

    public static TheoryData<string, string> InvalidPatterns => new()
    {
        { "ipv4-addr:value = '1.2.3.4'", "expected '[' or '(' to start an observation expression" },
        { "[ipv4-addr:value = '1.2.3.4'", "expected ']' closing the observation expression" },
        { "[ipv4-addr:value = '1.2.3.4]", "unterminated string literal" },
        { "[ipv4-addr:value == '1.2.3.4']", "expected a literal value" },
        { "[ipv4-addr:value '1.2.3.4']", "expected a comparison operator" },
        { "[IPV4:value = '1.2.3.4']", "object type 'IPV4' must be 3-250 characters" },
        { "[file:hashes.SHA-256 = 'x']", "contains '-': quote it" },
        { "[file:name = 'a'] WITHIN 0 SECONDS", "WITHIN needs a positive number of seconds" },
        { "[file:name = 'a'] WITHIN 5", "expected SECONDS" },
        { "[file:name = 'a'] REPEATS 0 TIMES", "REPEATS needs a positive integer" },
        { "[file:name = 'a'] START t'2020-01-02T00:00:00Z' STOP t'2020-01-01T00:00:00Z'", "STOP must be later than START" },
        { "[file:created > t'2020-01-01']", "must be RFC 3339 in UTC" },
        { "[file:name LIKE 5]", "LIKE needs a string literal" },
        { "[file:name MATCHES '(unclosed']", "MATCHES needs a valid regular expression" },
        { "[file:name = 'a' AND ipv4-addr:value = '1.2.3.4']", "must use the same object type" },
        { "[artifact:payload_bin = h'abc']", "even number of hexadecimal digits" },
        { "[artifact:payload_bin = b'***']", "must be base64" },
        { "[file:size > true]", "cannot order a boolean" },
        { "[file:name = 'a'] and [file:name = 'b']", "expected end of pattern" },
        { "[file:name = 'bad\\escape']", "may be escaped" },
        { "[file:name = 'a'] ~", "unexpected character '~'" },
        { "[file:size = 99999999999999999999]", "out of range" },
    };

    [Theory]
    [MemberData(nameof(InvalidPatterns))]
    public void Parse_InvalidPattern_ThrowsWithReasonAndIndex(string text, string expected)
    {
        // When
        var ex = Assert.Throws<PatternSyntaxException>(() => StixPattern.Parse(text));

        // Then
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.InRange(ex.Index, 0, text.Length);
        Assert.Equal(text, ex.Pattern);
    }

    [Fact]
    public void Parse_DeepNesting_IsRejectedNotStackOverflow()
    {
        // Given
        var text = new string('(', 500) + "[file:name = 'a']" + new string(')', 500);

        // When
        var ex = Assert.Throws<PatternSyntaxException>(() => StixPattern.Parse(text));

        // Then
        Assert.Contains("nesting deeper than", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Precedence_FollowedByBindsLoosestThenOrThenAnd()
    {
        // When
        var pattern = StixPattern.Parse("[file:name = 'a'] AND [file:name = 'b'] OR [file:name = 'c'] FOLLOWEDBY [file:name = 'd']");

        // Then
        var root = Assert.IsType<CompoundObservation>(pattern.Expression);
        Assert.Equal(ObservationOperator.FollowedBy, root.Operator);
        var or = Assert.IsType<CompoundObservation>(root.Left);
        Assert.Equal(ObservationOperator.Or, or.Operator);
        Assert.Equal(ObservationOperator.And, Assert.IsType<CompoundObservation>(or.Left).Operator);
    }

    [Fact]
    public void ObjectTypes_ListsEveryTestedType()
    {
        // When
        var pattern = StixPattern.Parse("[ipv4-addr:value = '1.2.3.4'] OR [domain-name:value = 'x.example' OR domain-name:value = 'y.example']");

        // Then
        Assert.Equal(["domain-name", "ipv4-addr"], pattern.ObjectTypes.Order(StringComparer.Ordinal));
    }
}
