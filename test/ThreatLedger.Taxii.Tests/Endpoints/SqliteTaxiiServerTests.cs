using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Taxii.Tests.Endpoints;

/// <summary>The endpoint contract on SQLite.</summary>
public sealed class SqliteTaxiiServerTests : TaxiiServerContractTests
{
    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
