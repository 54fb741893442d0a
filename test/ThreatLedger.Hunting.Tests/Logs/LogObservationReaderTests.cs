using System.Text.Json;
using ThreatLedger.Hunting.Logs;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Hunting.Tests.Logs;

public sealed class LogObservationReaderTests
{
    private static List<string> Types(Observation o) =>
        o.Objects.Values.Select(v => v.GetProperty("type").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Values(Observation o, string type) =>
        o.Objects.Values.Where(v => v.GetProperty("type").GetString() == type && v.TryGetProperty("value", out _)).Select(v => v.GetProperty("value").GetString()!);

    [Fact]
    public void Read_TextLogWithKeyValues_BuildsEmailMessageAndTimestamps()
    {
        // Given
        using var log = new TempFile("2025-06-14T09:15:41Z gw postfix/qmgr[1]: 4F: from=<spoof@evil.example>, size=4, nrcpt=1\n\nno timestamp here 198.51.100.4\n");

        // When
        var observations = LogObservationReader.Read(log.Path).ToList();

        // Then
        Assert.Equal(2, observations.Count);
        var mail = observations[0];
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 9, 15, 41, TimeSpan.Zero), mail.FirstObserved);
        Assert.Contains("email-message", Types(mail));
        Assert.EndsWith(":1", mail.Source, StringComparison.Ordinal);
        Assert.NotEmpty(new PatternMatcher(StixPattern.Parse("[email-message:from_ref.value = 'spoof@evil.example']")).Match(observations));
        // A line without a timestamp takes the previous one.
        Assert.Equal(mail.FirstObserved, observations[1].FirstObserved);
        Assert.Contains("198.51.100.4", Values(observations[1], "ipv4-addr"));
    }

    [Fact]
    public void Read_SyslogWithoutYear_UsesGivenYear()
    {
        using var log = new TempFile("Oct  3 04:05:06 host sshd[1]: Failed password for root from 203.0.113.9 port 22\n");

        var observation = Assert.Single(LogObservationReader.Read(log.Path, LogFormat.Auto, 2022));

        Assert.Equal(new DateTimeOffset(2022, 10, 3, 4, 5, 6, TimeSpan.Zero), observation.FirstObserved);
        Assert.Contains("203.0.113.9", Values(observation, "ipv4-addr"));
    }

    [Fact]
    public void Read_CommonLogFormat_ReadsBracketedTime()
    {
        using var log = new TempFile("198.51.100.7 - - [12/Jun/2025:10:00:00 +0200] \"GET http://evil.example/x HTTP/1.1\" 200 12\n");

        var observation = Assert.Single(LogObservationReader.Read(log.Path));

        Assert.Equal(new DateTimeOffset(2025, 6, 12, 8, 0, 0, TimeSpan.Zero), observation.FirstObserved);
        Assert.Contains("http://evil.example/x", Values(observation, "url"));
        Assert.Contains("evil.example", Values(observation, "domain-name"));
    }

    [Fact]
    public void Read_EcsAndZeekJsonLines_BuildNetworkTraffic()
    {
        // Given: an ECS record with nested fields and a Zeek conn record with an epoch timestamp
        using var log = new TempFile(
            """
            {"@timestamp":"2025-06-20T03:05:02Z","source":{"ip":"10.0.0.5","port":50112},"destination":{"ip":"203.0.113.77","port":443},"url":{"full":"https://c2.example/b"}}
            {"ts":1751600000.25,"id.orig_h":"10.0.0.5","id.orig_p":1,"id.resp_h":"203.0.113.78","id.resp_p":53,"proto":"udp","query":"c2.example"}
            """,
            ".jsonl");

        // When
        var observations = LogObservationReader.Read(log.Path).ToList();

        // Then
        Assert.Equal(2, observations.Count);
        var traffic = new PatternMatcher(StixPattern.Parse("[network-traffic:dst_ref.value = '203.0.113.77' AND network-traffic:dst_port = 443]"));
        Assert.NotEmpty(traffic.Match([observations[0]]));
        Assert.NotEmpty(new PatternMatcher(StixPattern.Parse("[network-traffic:protocols[*] = 'udp']")).Match([observations[1]]));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1751600000250), observations[1].FirstObserved);
        Assert.Contains("c2.example", Values(observations[1], "domain-name"));
    }

    [Fact]
    public void Read_MalformedJsonLine_NamesFileAndLine()
    {
        using var log = new TempFile("{\"ip\":\"1.2.3.4\"}\n{\"ip\": oops}\n", ".jsonl");

        var ex = Assert.Throws<LogReadException>(() => LogObservationReader.Read(log.Path).ToList());

        Assert.Equal(2, ex.Line);
        Assert.StartsWith(log.Path + ":2: not a JSON object", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BinaryFile_IsRefused()
    {
        using var log = new TempFile("MZ\0\0\u0003binary");

        var ex = Assert.Throws<LogReadException>(() => LogObservationReader.Read(log.Path).ToList());

        Assert.Contains("binary data", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysSo()
    {
        var ex = Assert.Throws<LogReadException>(() => LogObservationReader.Read("/nonexistent/x.log").ToList());

        Assert.Equal("/nonexistent/x.log: file not found", ex.Message);
    }

    [Fact]
    public void Read_StixObservedData_FollowsObjectRefs()
    {
        // Given: a pretty-printed bundle whose observed-data references an address through network-traffic
        using var bundle = new TempFile(
            """
            {
              "type": "bundle",
              "id": "bundle--6f0ad1b1-9b0e-4d6f-8a34-1b2f3c4d5e6f",
              "objects": [
                {"type": "ipv4-addr", "spec_version": "2.1", "id": "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd", "value": "203.0.113.77"},
                {"type": "network-traffic", "spec_version": "2.1", "id": "network-traffic--2568d22a-8998-58eb-99ec-3c8ca74f527d", "dst_ref": "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd", "protocols": ["tcp"]},
                {"type": "observed-data", "spec_version": "2.1", "id": "observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf",
                 "created": "2025-06-20T03:10:00.000Z", "modified": "2025-06-20T03:10:00.000Z",
                 "first_observed": "2025-06-20T03:05:00Z", "last_observed": "2025-06-20T03:06:00Z", "number_observed": 4,
                 "object_refs": ["network-traffic--2568d22a-8998-58eb-99ec-3c8ca74f527d"]}
              ]
            }
            """,
            ".json");

        // When
        var observation = Assert.Single(LogObservationReader.Read(bundle.Path));

        // Then
        Assert.Equal(4, observation.NumberObserved);
        Assert.Equal(["ipv4-addr", "network-traffic"], Types(observation));
        Assert.NotEmpty(new PatternMatcher(StixPattern.Parse("[network-traffic:dst_ref.value = '203.0.113.77']")).Match([observation]));
    }

    [Fact]
    public void Read_GzipCompressedRotatedLog_ReadsTheDecompressedLines()
    {
        // Given: a rotated syslog, gzip-compressed, under a name that says nothing of it
        var path = Path.Combine(Path.GetTempPath(), "tl-hunt-" + Guid.NewGuid().ToString("N") + ".log.2");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes("2025-06-14T09:15:41Z gw postfix/smtpd[1]: connect from unknown[198.51.100.23]\n"));
        }

        try
        {
            // When
            var observation = Assert.Single(LogObservationReader.Read(path));

            // Then
            Assert.Equal(new DateTimeOffset(2025, 6, 14, 9, 15, 41, TimeSpan.Zero), observation.FirstObserved);
            Assert.Contains("198.51.100.23", Values(observation, "ipv4-addr"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_TruncatedGzipLog_NamesTheFileAndTheProblem(bool headerOnly)
    {
        // Given: a compressed log cut in half (a copy interrupted), or the gzip magic and then garbage
        using var log = new TempFile(string.Empty);
        using (var compressed = new MemoryStream())
        {
            using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                for (var i = 0; i < 2000; i++)
                {
                    gzip.Write(System.Text.Encoding.UTF8.GetBytes($"2025-06-14T09:15:41Z gw sshd[{i}]: Failed password for root from 203.0.113.{i % 250} port 22\n"));
                }
            }

            File.WriteAllBytes(log.Path, headerOnly ? [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03] : compressed.ToArray()[..(int)(compressed.Length / 2)]);
        }

        // When
        var error = Assert.Throws<LogReadException>(() => LogObservationReader.Read(log.Path).ToList());

        // Then
        Assert.StartsWith(log.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("gzip", error.Message, StringComparison.Ordinal);
    }
}
