using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests.Endpoints;

/// <summary>The endpoint contract on PostgreSQL (THREATLEDGER_TEST_POSTGRES).</summary>
public sealed class PostgresTaxiiServerTests : TaxiiServerContractTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
