using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>The Taxii2Client interoperability tests on PostgreSQL (THREATLEDGER_TEST_POSTGRES).</summary>
public sealed class PostgresTaxii2ClientInteropTests : Taxii2ClientInteropTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
