namespace ThreatLedger.Taxii.Tests.Security;

/// <summary>One seeded server (SQLite) shared by the security suite's read-only requests.</summary>
public sealed class SecurityServerFixture : IAsyncLifetime
{
    private TaxiiTestServer? _server;

    internal TaxiiTestServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async ValueTask InitializeAsync() => _server = await TaxiiTestServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
