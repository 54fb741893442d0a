namespace ThreatLedger.Taxii.Configuration;

/// <summary>A validated API token hash and its owner.</summary>
/// <param name="UserName">The owning user.</param>
/// <param name="TokenName">The token label.</param>
/// <param name="Hash">The 32-byte SHA-256 of the token.</param>
public sealed record TokenSettings(string UserName, string TokenName, byte[] Hash);
