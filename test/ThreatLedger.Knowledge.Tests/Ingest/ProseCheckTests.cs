using ThreatLedger.Knowledge.Ingest;

namespace ThreatLedger.Knowledge.Tests.Ingest;

public sealed class ProseCheckTests
{
    [Theory]
    [InlineData("The Calder Valley Power Cooperative (CVPC) confirmed on Monday that attackers had breached its billing network.")]
    [InlineData("Japan’s National Center of Incident Readiness and Strategy for Cybersecurity (NISC) confirmed a breach.")]
    [InlineData("Hackers hit the port.\nOfficials said Russian state-backed hackers were behind the intrusion, according to two sources.")]
    public void Problem_Prose_IsAnArticle(string text)
    {
        // When
        var problem = ProseCheck.Problem(text);

        // Then
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("ip,first_seen,tag\n203.0.113.5,2025-01-02,c2\n198.51.100.7,2025-01-03,scanner\n", "no sentence")]
    [InlineData("2025-01-02T10:00:00Z GET /index.html 200\n2025-01-02T10:00:01Z GET /admin 403\n", "no sentence")]
    [InlineData("Indicators seen in the campaign were listed below today\n203.0.113.5 198.51.100.7 192.0.2.1 203.0.113.9 198.51.100.8 192.0.2.4 " +
        "203.0.113.10 198.51.100.11 192.0.2.12 203.0.113.13 198.51.100.14 192.0.2.15 203.0.113.16 198.51.100.17 192.0.2.18 203.0.113.19", "tokens are words")]
    public void Problem_DataOrLog_NamesWhatIsMissing(string text, string expected)
    {
        // When
        var problem = ProseCheck.Problem(text);

        // Then
        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
