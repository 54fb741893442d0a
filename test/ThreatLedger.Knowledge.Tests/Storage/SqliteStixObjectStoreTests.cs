using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge.Tests.Storage;

/// <summary>The store contract on a temporary SQLite file.</summary>
public sealed class SqliteStixObjectStoreTests : StixObjectStoreContractTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
