using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests;

/// <summary>The knowledge-base contract on a temporary SQLite file.</summary>
public sealed class SqliteKnowledgeBaseTests : KnowledgeBaseContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
