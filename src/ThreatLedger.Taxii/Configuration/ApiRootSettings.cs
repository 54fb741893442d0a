namespace ThreatLedger.Taxii.Configuration;

/// <summary>A validated API root.</summary>
/// <param name="Name">URL segment.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">Description.</param>
/// <param name="Collections">Collections in configuration order.</param>
public sealed record ApiRootSettings(string Name, string Title, string? Description, IReadOnlyList<CollectionSettings> Collections);
