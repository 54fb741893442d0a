using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Configuration;

/// <summary>What one principal may do with one collection.</summary>
/// <param name="CanRead">May read.</param>
/// <param name="CanWrite">May write.</param>
/// <param name="Clearance">The most restrictive TLP level the principal may receive from this collection.</param>
public sealed record CollectionAccess(bool CanRead, bool CanWrite, TlpLevel Clearance);
