using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ThreatLedger.Taxii.Security;

/// <summary>
/// Salted password hashes in the ASP.NET Core Identity v3 format (PBKDF2-HMAC-SHA512, 128-bit salt, 100,000
/// iterations), and SHA-256 hashes of API tokens.
/// </summary>
public static class PasswordHashing
{
    private static readonly PasswordHasher<string> s_hasher = new();

    /// <summary>Hashes a password with a fresh random salt.</summary>
    public static string HashPassword(string password) => s_hasher.HashPassword(string.Empty, password);

    /// <summary>Verifies a password against a stored hash in constant time.</summary>
    public static bool VerifyPassword(string hash, string password)
    {
        try
        {
            return s_hasher.VerifyHashedPassword(string.Empty, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="hash"/> looks like a v3 hash (version byte 0x01, salt and subkey present).</summary>
    public static bool IsWellFormed(string hash)
    {
        Span<byte> buffer = stackalloc byte[256];
        return Convert.TryFromBase64String(hash, buffer, out var written) && written >= 13 + 16 + 32 && buffer[0] == 0x01;
    }

    /// <summary>Creates a new random API token (URL-safe, 256 bits).</summary>
    public static string NewToken() => "tl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of a token, as stored in the configuration.</summary>
    public static byte[] HashToken(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}
