using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests.Storage;

/// <summary>The status store tests on SQLite.</summary>
public sealed class SqliteKnowledgeStatusStoreTests : KnowledgeStatusStoreTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
