using ThreatLedger.Hunting.Logs;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Hunting.Tests.Logs;

public sealed class DelimitedLogReaderTests
{
    private const string ZeekDns =
        "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tdns\n#open\t2026-05-02-10-00-00\n"
        + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tquery\tanswers\n"
        + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tvector[string]\n"
        + "1777716000.123456\tCx1\t10.1.2.3\t53211\t10.1.0.53\t53\tudp\tupdate-mineral.example\t185.141.27.90\n"
        + "1777716060.000000\tCx2\t10.1.2.4\t53212\t10.1.0.53\t53\tudp\t(empty)\t-\n"
        + "#close\t2026-05-02-11-00-00\n";

    [Fact]
    public void Read_ZeekTsvDnsLog_RecordsWithEpochTimesAndQueriedDomains()
    {
        // Given
        using var log = new TempFile(ZeekDns);

        // When
        var observations = LogObservationReader.Read(log.Path).ToList();

        // Then: the first record names the domain and its answer, timed by Zeek's epoch seconds
        var first = observations[0];
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1777716000123), first.FirstObserved);
        Assert.EndsWith(":9", first.Source, StringComparison.Ordinal);
        Assert.NotEmpty(new PatternMatcher(StixPattern.Parse("[domain-name:value = 'update-mineral.example']")).Match(observations));
        Assert.NotEmpty(new PatternMatcher(StixPattern.Parse("[ipv4-addr:value = '185.141.27.90']")).Match(observations));
        Assert.NotEmpty(new PatternMatcher(StixPattern.Parse("[network-traffic:src_ref.value = '10.1.2.3' AND network-traffic:dst_port = 53]")).Match(observations));
        // The unset and empty markers are no values.
        Assert.DoesNotContain(observations, o => o.Objects.Values.Any(v => v.TryGetProperty("value", out var value) && value.GetString() is "-" or "(empty)"));
    }

    [Fact]
    public void Read_ZeekHttpLog_JoinsHostAndUriIntoTheRequestedUrl()
    {
        // Given
        using var log = new TempFile("#separator \\x09\n#fields\tts\tid.orig_h\tid.resp_h\tid.resp_p\tmethod\thost\turi\tuser_agent\n"
            + "1777716000.5\t10.1.2.3\t185.141.27.90\t80\tGET\tupdate-mineral.example\t/api/beacon?id=7\tMozilla/5.0\n");

        // When
        var observations = LogObservationReader.Read(log.Path).ToList();

        // Then
        Assert.Single(new PatternMatcher(StixPattern.Parse("[url:value = 'http://update-mineral.example/api/beacon?id=7']")).Match(observations));
        Assert.Single(new PatternMatcher(StixPattern.Parse("[domain-name:value = 'update-mineral.example']")).Match(observations));
    }

    [Fact]
    public void Read_ZeekRecordWithTooFewFields_NamesTheLine()
    {
        // Given
        using var log = new TempFile("#separator \\x09\n#fields\tts\tid.orig_h\tquery\n1777716000.1\t10.1.2.3\n");

        // When
        var error = Assert.Throws<LogReadException>(() => LogObservationReader.Read(log.Path).ToList());

        // Then
        Assert.Equal(3, error.Line);
        Assert.Contains("2 fields where the '#fields' header names 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvExportWithHeaderRow_MapsColumnsByName()
    {
        // Given: a firewall export with a quoted field holding a comma
        using var log = new TempFile(
            "timestamp,src_ip,dst_ip,dst_port,action,url\n"
            + "2026-09-03T22:14:05Z,10.20.0.5,185.141.27.90,443,allow,\"https://update-mineral.example/api?a=1,2\"\n"
            + "2026-09-03T22:15:00Z,10.20.0.6,93.184.216.34,443,allow,\n", ".csv");

        // When
        var observations = LogObservationReader.Read(log.Path).ToList();

        // Then
        Assert.Equal(2, observations.Count);
        Assert.Equal(new DateTimeOffset(2026, 9, 3, 22, 14, 5, TimeSpan.Zero), observations[0].FirstObserved);
        Assert.EndsWith(":2", observations[0].Source, StringComparison.Ordinal);
        Assert.Single(new PatternMatcher(StixPattern.Parse("[url:value = 'https://update-mineral.example/api?a=1,2']")).Match(observations));
        Assert.Single(new PatternMatcher(StixPattern.Parse("[network-traffic:dst_ref.value = '185.141.27.90' AND network-traffic:dst_port = 443]")).Match(observations));
    }

    [Fact]
    public void Read_CsvRowWithAMissingColumn_NamesTheLine()
    {
        // Given
        using var log = new TempFile("timestamp,src_ip,dst_ip\n2026-09-03T22:14:05Z,10.20.0.5,185.141.27.90\n2026-09-03T22:15:00Z,10.20.0.6\n", ".csv");

        // When
        var error = Assert.Throws<LogReadException>(() => LogObservationReader.Read(log.Path).ToList());

        // Then
        Assert.Equal(3, error.Line);
        Assert.Contains("2 columns where the header row names 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-06-14T09:15:41Z gw postfix/qmgr[1]: 4F: from=<a@b.example>, size=4, nrcpt=1", false)]
    [InlineData("Name,Comment", false)]
    [InlineData("time,client_ip,query", true)]
    [InlineData("time\tclient_ip\tquery", true)]
    [InlineData("#fields\tts\tuid", true)]
    public void Recognises_FirstLine_OnlyZeekHeadersAndHeaderRowsWithKnownFields(string line, bool expected)
    {
        // When
        var recognised = DelimitedLogReader.Recognises(line);

        // Then
        Assert.Equal(expected, recognised);
    }
}
