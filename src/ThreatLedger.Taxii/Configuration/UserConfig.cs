namespace ThreatLedger.Taxii.Configuration;

/// <summary>A user: HTTP Basic password hash, bearer API token hashes and groups.</summary>
public sealed class UserConfig
{
    /// <summary>User name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Salted PBKDF2 password hash (ASP.NET Core Identity v3 format); see <c>threatledger serve hash-password</c>.</summary>
    public string? PasswordHash { get; init; }

    /// <summary>API tokens, stored as SHA-256 hashes; see <c>threatledger serve new-token</c>.</summary>
    public List<TokenConfig> Tokens { get; init; } = [];

    /// <summary>Group names.</summary>
    public List<string> Groups { get; init; } = [];
}
