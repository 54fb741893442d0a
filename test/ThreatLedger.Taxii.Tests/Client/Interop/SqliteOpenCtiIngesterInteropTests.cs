using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>The OpenCtiIngester interoperability tests on SQLite.</summary>
public sealed class SqliteOpenCtiIngesterInteropTests : OpenCtiIngesterInteropTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
