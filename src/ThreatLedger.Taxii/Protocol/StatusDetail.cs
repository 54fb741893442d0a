namespace ThreatLedger.Taxii.Protocol;

/// <summary>A status-details entry: object id, version and an optional message.</summary>
/// <param name="Id">The object id (or a placeholder when the object had none).</param>
/// <param name="Version">The object version.</param>
/// <param name="Message">Why it failed, or a note.</param>
public sealed record StatusDetail(string Id, string Version, string? Message);
