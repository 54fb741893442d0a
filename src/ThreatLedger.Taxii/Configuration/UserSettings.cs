namespace ThreatLedger.Taxii.Configuration;

/// <summary>A validated user.</summary>
/// <param name="Name">User name.</param>
/// <param name="PasswordHash">Password hash or null when the user has tokens only.</param>
/// <param name="Access">Per collection id access, merged over the user's groups.</param>
public sealed record UserSettings(string Name, string? PasswordHash, IReadOnlyDictionary<string, CollectionAccess> Access);
