using System.Reflection;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// A set of numbered SQL migrations embedded in an assembly, applied in order and recorded per component in
/// <c>schema_migrations</c>. Resource names end in <c>{provider}/NNNN_name.sql</c>, with provider <c>Sqlite</c> or <c>Postgres</c>.
/// Other components (the TAXII server) can add their own tables this way.
/// </summary>
public sealed record MigrationSource(string Component, Assembly Assembly, string ResourcePrefix)
{
    /// <summary>The knowledge base's own schema.</summary>
    public static MigrationSource Knowledge { get; } =
        new("knowledge", typeof(MigrationSource).Assembly, "ThreatLedger.Knowledge.Migrations.");
}
