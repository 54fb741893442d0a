namespace ThreatLedger.Stix.Identifiers;

/// <summary>Random version-4 UUIDs from the system's cryptographic generator.</summary>
public sealed class RandomStixIdGenerator : StixIdGenerator
{
    /// <inheritdoc/>
    public override Guid NewGuid() => Guid.NewGuid();
}
