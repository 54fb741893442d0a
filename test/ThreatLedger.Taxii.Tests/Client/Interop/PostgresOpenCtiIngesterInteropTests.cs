using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>The OpenCtiIngester interoperability tests on PostgreSQL (THREATLEDGER_TEST_POSTGRES).</summary>
public sealed class PostgresOpenCtiIngesterInteropTests : OpenCtiIngesterInteropTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
