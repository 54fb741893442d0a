using System.Text;
using ThreatLedger.Stix.Streaming;
using ThreatLedger.Stix.Tests.Fixtures;
using ThreatLedger.Stix.Validation;

namespace ThreatLedger.Stix.Tests.Streaming;

public sealed class BundleReaderTests
{
    private const string Head = "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[";
    private const string Tool = "{\"type\":\"tool\",\"spec_version\":\"2.1\",\"id\":\"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"x\"}";

    private static async Task<List<(int Index, string Type, long Line)>> ReadAllAsync(Stream stream, BundleReaderOptions? options = null)
    {
        using var reader = new BundleReader(stream, options);
        var items = new List<(int, string, long)>();
        await foreach (var item in reader.ReadObjectsAsync(TestContext.Current.CancellationToken))
        {
            using (item)
            {
                items.Add((item.Index, item.Element.GetProperty("type").GetString()!, item.LineNumber));
            }
        }

        return items;
    }

    private static MemoryStream Utf8(string s) => new(Encoding.UTF8.GetBytes(s));

    [Fact]
    public async Task ReadObjectsAsync_CorpusWithTinyBuffer_YieldsEveryObjectInOrder()
    {
        // Given: a buffer far smaller than the file forces resuming and growing
        await using var stream = File.OpenRead(FixturePaths.Get("RoundTrip", "all-types.json"));
        using var reader = new BundleReader(stream, new BundleReaderOptions { InitialBufferSize = 256 });

        // When
        var indexes = new List<int>();
        await foreach (var item in reader.ReadObjectsAsync(TestContext.Current.CancellationToken))
        {
            using (item)
            {
                indexes.Add(item.Index);
            }
        }

        using var envelope = reader.ReadEnvelope();

        // Then
        Assert.Equal(Enumerable.Range(0, 58), indexes);
        Assert.True(reader.IsBundle);
        Assert.StartsWith("bundle--", envelope.RootElement.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.False(envelope.RootElement.TryGetProperty("objects", out _));
    }

    [Fact]
    public async Task ReadObjectsAsync_LineNumbers_PointAtObjectStart()
    {
        // Given
        var json = Head + "\n" + Tool + ",\n\n" + Tool.Replace("8e2e2d2b", "9e2e2d2b", StringComparison.Ordinal) + "\n]}";

        // When
        var items = await ReadAllAsync(Utf8(json));

        // Then
        Assert.Equal([2L, 4L], items.Select(i => i.Line));
    }

    [Fact]
    public async Task ReadObjectsAsync_SingleObjectDocument_YieldsItWithIndexMinusOne()
    {
        // Given / When
        var items = await ReadAllAsync(Utf8(Tool));

        // Then
        var item = Assert.Single(items);
        Assert.Equal((-1, "tool"), (item.Index, item.Type));
    }

    [Fact]
    public async Task ReadObjectsAsync_TruncatedJson_ThrowsWithPathAndLine()
    {
        // Given
        var json = Head + Tool + ",\n{\"type\":\"tool\",\"name\":";

        // When
        var ex = await Assert.ThrowsAsync<StixParseException>(() => ReadAllAsync(Utf8(json)));

        // Then
        Assert.Equal("objects[1]", ex.Path);
        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public async Task ReadObjectsAsync_InvalidUtf8_ThrowsWithObjectPath()
    {
        // Given: 0xC3 0x28 is an invalid two-byte sequence inside a string
        var bytes = Encoding.UTF8.GetBytes(Head + Tool + ",{\"type\":\"tool\",\"name\":\"bad XY\"}]}");
        var at = Array.LastIndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        // When
        var ex = await Assert.ThrowsAsync<StixParseException>(() => ReadAllAsync(new MemoryStream(bytes)));

        // Then
        Assert.Equal("objects[1]", ex.Path);
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadObjectsAsync_NestingBomb200Levels_ThrowsDepthErrorNotCrash()
    {
        // Given
        var json = Head + "{\"type\":\"tool\",\"x_deep\":" + new string('[', 200) + new string(']', 200) + "}]}";

        // When
        var ex = await Assert.ThrowsAsync<StixParseException>(() => ReadAllAsync(Utf8(json)));

        // Then
        Assert.Equal("objects[0]", ex.Path);
        Assert.Contains("depth", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadObjectsAsync_DuplicateKeys_ThrowsNamingProperty()
    {
        // Given
        var json = Head + "{\"type\":\"tool\",\"name\":\"a\",\"name\":\"b\"}]}";

        // When
        var ex = await Assert.ThrowsAsync<StixParseException>(() => ReadAllAsync(Utf8(json)));

        // Then
        Assert.StartsWith("objects[0]", ex.Path, StringComparison.Ordinal);
        Assert.Contains("name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadObjectsAsync_TrailingContent_Throws()
    {
        // Given / When
        var ex = await Assert.ThrowsAsync<StixParseException>(() => ReadAllAsync(Utf8(Head + "]} {}")));

        // Then
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public async Task ReadObjectsAsync_TwoGigabyteFile_StreamsAndFailsAtFirstBadByte()
    {
        // Given: a sparse 2 GB file whose bundle header is followed by NUL bytes; it must never be loaded whole
        var path = Path.Combine(Path.GetTempPath(), $"threatledger-2gb-{Guid.NewGuid():N}.json");
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                await file.WriteAsync(Encoding.UTF8.GetBytes(Head + Tool + ","), TestContext.Current.CancellationToken);
                file.SetLength((2L * 1024 * 1024 * 1024) + 1);
            }

            // When
            await using var stream = File.OpenRead(path);
            var ex = await Assert.ThrowsAsync<StixParseException>(() => ReadAllAsync(stream));

            // Then
            Assert.Equal("objects[1]", ex.Path);
            Assert.Equal(1, ex.LineNumber);
            Assert.True(stream.Position < 16 * 1024 * 1024, $"read {stream.Position} bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ValidateAsync_ObjectsNotAnArray_ReportsBundleObjectsFinding()
    {
        // Given
        var json = "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":{\"a\":1}}";

        // When
        var result = await new StixValidator().ValidateAsync(Utf8(json), cancellationToken: TestContext.Current.CancellationToken);

        // Then
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("objects", "bundle-objects"), (finding.Path, finding.RuleId));
    }

    [Fact]
    public async Task ValidateAsync_NumberWhereStringBelongs_ReportsPathedFinding()
    {
        // Given
        var json = Head + Tool + "," + Tool.Replace("\"name\":\"x\"", "\"name\":7", StringComparison.Ordinal).Replace("8e2e2d2b", "9e2e2d2b", StringComparison.Ordinal) + "]}";

        // When
        var result = await new StixValidator().ValidateAsync(Utf8(json), cancellationToken: TestContext.Current.CancellationToken);

        // Then
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("objects[1].name", "property-type"), (finding.Path, finding.RuleId));
    }

    [Fact]
    public async Task ValidateAsync_SameVersionTwice_WarnsWhenIdenticalAndFailsWhenChanged()
    {
        // Given (STIX 2.1 section 3.6): objects[1] repeats objects[0]; objects[2] changes it without a new modified
        var json = Head + Tool + "," + Tool + "," + Tool.Replace("\"name\":\"x\"", "\"name\":\"y\"", StringComparison.Ordinal) + "]}";

        // When
        var result = await new StixValidator().ValidateAsync(Utf8(json), cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Contains(result.Findings, f => (f.Path, f.RuleId, f.Severity) == ("objects[1]", "duplicate-object", ValidationSeverity.Warning));
        Assert.Contains(result.Findings, f => (f.Path, f.RuleId, f.Severity) == ("objects[2]", "conflicting-version", ValidationSeverity.Error));
    }

    [Fact]
    public async Task ValidateAsync_GeneratedBundleOf200MB_ManagedMemoryStaysBounded()
    {
        // Given: ~200 MB generated on the fly (about 490,000 indicators)
        var source = new GeneratedBundleStream(490_000);
        var validator = new StixValidator();
        long peakHeap = 0;
        var progress = new SynchronousProgress(_ => peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false)));

        // When
        var result = await validator.ValidateAsync(source, progress, TestContext.Current.CancellationToken);

        // Then
        Assert.True(result.IsValid, string.Join("\n", result.Findings.Take(5)));
        Assert.Equal(490_000, result.ObjectCount);
        Assert.True(source.BytesProduced > 200_000_000, $"produced {source.BytesProduced} bytes");
        Assert.True(peakHeap < 150L * 1024 * 1024, $"managed heap peaked at {peakHeap / (1024 * 1024)} MB");
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
