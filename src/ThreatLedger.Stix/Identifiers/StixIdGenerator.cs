namespace ThreatLedger.Stix.Identifiers;

/// <summary>
/// Makes identifiers for SDOs, SROs, SMOs and bundles (random UUIDv4 by default). Inject a seeded generator in tests.
/// SCO ids do not come from here: they are deterministic (<see cref="ScoIdGenerator"/>).
/// </summary>
public abstract class StixIdGenerator
{
    /// <summary>The default generator: random version-4 UUIDs.</summary>
    public static StixIdGenerator Random { get; } = new RandomStixIdGenerator();

    /// <summary>A new UUID (version 4).</summary>
    public abstract Guid NewGuid();

    /// <summary>A new identifier of the given type.</summary>
    /// <exception cref="ArgumentException">The type is not a valid STIX type name.</exception>
    public StixId NewId(string type) => StixId.Create(type, NewGuid());
}
