using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests.Storage;

/// <summary>The status store tests on PostgreSQL (THREATLEDGER_TEST_POSTGRES).</summary>
public sealed class PostgresKnowledgeStatusStoreTests : KnowledgeStatusStoreTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
