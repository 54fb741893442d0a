using ThreatLedger.Stix.Identifiers;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Tests.Identifiers;

public sealed class ScoIdGeneratorTests
{
    // Golden value cross-checked with Python: uuid.uuid5(UUID('00abedb4-aa42-5ab5-b02e-7ca0e4a2b0c4'), '{"value":"example.com"}').
    [Fact]
    public void Compute_DomainName_MatchesPythonUuid5()
    {
        // Given
        var domain = new DomainName { Value = "example.com" };

        // When
        var id = ScoIdGenerator.Compute(domain);

        // Then
        Assert.Equal("domain-name--d804d80c-d063-525b-b22c-9b547a73cb78", id.ToString());
        Assert.Equal(5, id.UuidVersion);
    }

    [Fact]
    public void Compute_FileWithSeveralHashes_UsesPreferredHashOnly()
    {
        // Given
        var both = new StixFile { Name = "a.exe", Hashes = new Dictionary<string, string> { ["SHA-256"] = "aa", ["MD5"] = "bb" } };
        var md5Only = new StixFile { Name = "a.exe", Hashes = new Dictionary<string, string> { ["MD5"] = "bb" } };

        // When
        var a = ScoIdGenerator.Compute(both);
        var b = ScoIdGenerator.Compute(md5Only);

        // Then
        Assert.Equal(a, b);
    }

    [Fact]
    public void Compute_NonContributingPropertyChanges_SameId()
    {
        // Given
        var plain = new IPv4Address { Value = "198.51.100.3" };
        var marked = new IPv4Address { Value = "198.51.100.3", Defanged = true, ObjectMarkingRefs = [TlpMarkings.GreenId] };

        // When / Then
        Assert.Equal(ScoIdGenerator.Compute(plain), ScoIdGenerator.Compute(marked));
    }

    [Fact]
    public void Compute_Process_FallsBackToRandomV4()
    {
        // Given
        var process = new Process { Pid = 1234 };

        // When
        var id = ScoIdGenerator.Compute(process, new SeededStixIdGenerator(7));

        // Then
        Assert.Equal("process", id.Type);
        Assert.Equal(4, id.UuidVersion);
    }

    [Fact]
    public void UuidV5_KnownVector_MatchesRfc()
    {
        // Given: the DNS namespace and "python.org" (the Python uuid module's documented example)
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        // When
        var uuid = ScoIdGenerator.UuidV5(dns, "python.org");

        // Then
        Assert.Equal(Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"), uuid);
    }

    [Theory]
    [InlineData("{\"b\":1,\"a\":[true,null,\"x\\n\"]}", "{\"a\":[true,null,\"x\\n\"],\"b\":1}")]
    [InlineData("{\"n\":1.5e-7,\"m\":100.0,\"u\":\"é€\"}", "{\"m\":100,\"n\":1.5e-7,\"u\":\"é€\"}")]
    public void Canonicalize_Json_SortsAndFormats(string input, string expected)
    {
        // Given
        var node = System.Text.Json.Nodes.JsonNode.Parse(input);

        // When
        var canonical = JsonCanonicalizer.Canonicalize(node);

        // Then
        Assert.Equal(expected, canonical);
    }
}
