namespace ThreatLedger.TestUtilities;

/// <summary>The PostgreSQL server tests run against: skipped locally when none is configured, required on CI.</summary>
public static class TestPostgres
{
    /// <summary>
    /// The connection string from <c>THREATLEDGER_TEST_POSTGRES</c>; without it the calling test is skipped, or fails
    /// when <c>THREATLEDGER_CI=1</c> (<c>.ci/run</c> starts a server, so a missing one there is a defect).
    /// </summary>
    /// <param name="suite">The suite's name for the message, e.g. "PostgreSQL storage suite".</param>
    public static string ConnectionStringOrSkip(string suite)
    {
        var connectionString = Environment.GetEnvironmentVariable("THREATLEDGER_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (Environment.GetEnvironmentVariable("THREATLEDGER_CI") == "1")
            {
                Assert.Fail($"THREATLEDGER_CI=1 but THREATLEDGER_TEST_POSTGRES is not set: the {suite} must run on CI.");
            }

            Assert.Skip($"THREATLEDGER_TEST_POSTGRES is not set; the {suite} runs on CI (.ci/run).");
        }

        return connectionString;
    }
}
