using ThreatLedger.Knowledge.Ingest;

namespace ThreatLedger.Knowledge.Tests.Ingest;

public sealed class ProseCheckTests
{
    [Theory]
    [InlineData("The Calder Valley Power Cooperative (CVPC) confirmed on Monday that attackers had breached its billing network.")]
    [InlineData("Japan’s National Center of Incident Readiness and Strategy for Cybersecurity (NISC) confirmed a breach.")]
    [InlineData("SHA-256 hashes of the loader follow.\n" +
        "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea 6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b " +
        "d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35 4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce " +
        "The attackers signed the loader with a stolen certificate issued to a logistics firm.")]
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
    public void Problem_DataOrLog_NamesWhatIsMissing(string text, string expected)
    {
        // When
        var problem = ProseCheck.Problem(text);

        // Then
        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
