using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests.Storage;

/// <summary>The store contract on the PostgreSQL named by THREATLEDGER_TEST_POSTGRES.</summary>
public sealed class PostgresStixObjectStoreTests : StixObjectStoreContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
