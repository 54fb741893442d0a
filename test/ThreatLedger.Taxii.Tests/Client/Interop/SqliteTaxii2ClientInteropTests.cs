using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>The Taxii2Client interoperability tests on SQLite.</summary>
public sealed class SqliteTaxii2ClientInteropTests : Taxii2ClientInteropTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
