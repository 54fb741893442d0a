namespace ThreatLedger.Taxii.Storage;

/// <summary>A validated STIX object to add to a store collection.</summary>
/// <param name="Id">The STIX id.</param>
/// <param name="Type">The STIX type.</param>
/// <param name="Version">The version timestamp text (<c>modified</c>, else <c>created</c>), or null for unversioned objects.</param>
/// <param name="SpecVersion">The spec version.</param>
/// <param name="Json">The exact JSON text of the object.</param>
public sealed record TaxiiIncomingObject(string Id, string Type, string? Version, string SpecVersion, string Json);
