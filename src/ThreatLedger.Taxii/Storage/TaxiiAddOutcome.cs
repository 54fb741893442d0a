namespace ThreatLedger.Taxii.Storage;

/// <summary>What happened to one object of an add request.</summary>
/// <param name="Id">The STIX id.</param>
/// <param name="Version">The version the store recorded.</param>
/// <param name="Succeeded">Whether the object is now in the collection.</param>
/// <param name="Message">A reason for a failure, or a note (for example "already present").</param>
public sealed record TaxiiAddOutcome(string Id, string Version, bool Succeeded, string? Message);
