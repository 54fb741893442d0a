namespace ThreatLedger.Taxii.Configuration;

/// <summary>One bearer API token of a user.</summary>
public sealed class TokenConfig
{
    /// <summary>A label for the token (shown in logs, never the token itself).</summary>
    public string Name { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string Sha256 { get; init; } = "";
}
