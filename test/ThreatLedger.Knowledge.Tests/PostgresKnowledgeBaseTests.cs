using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests;

/// <summary>The knowledge-base contract on the PostgreSQL named by THREATLEDGER_TEST_POSTGRES.</summary>
public sealed class PostgresKnowledgeBaseTests : KnowledgeBaseContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
