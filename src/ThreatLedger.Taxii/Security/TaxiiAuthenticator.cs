using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ThreatLedger.Taxii.Configuration;

namespace ThreatLedger.Taxii.Security;

/// <summary>
/// Authenticates HTTP Basic (salted PBKDF2 password hashes) and bearer API tokens (SHA-256 hashes compared in
/// constant time; the scheme <c>Token</c> of the OASIS client is accepted as a synonym of <c>Bearer</c>).
/// </summary>
public sealed class TaxiiAuthenticator
{
    private const int MaxCachedCredentials = 10_000;
    private readonly TaxiiSettings _settings;
    private readonly byte[] _cacheKey = RandomNumberGenerator.GetBytes(32);

    // Successful Basic verifications, keyed by a keyed hash of "user:password" so that PBKDF2 (deliberately slow)
    // runs once per credential and process, not once per request. Failures are never cached.
    private readonly ConcurrentDictionary<string, string> _verified = new(StringComparer.Ordinal);

    /// <summary>Creates the authenticator.</summary>
    public TaxiiAuthenticator(TaxiiSettings settings) => _settings = settings;

    /// <summary>The outcome of authenticating one request.</summary>
    public readonly record struct Result(TaxiiPrincipal? Principal, bool CredentialsRejected);

    /// <summary>Authenticates the request's Authorization header; no header yields the anonymous principal.</summary>
    public Result Authenticate(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var headers = context.Request.Headers[HeaderNames.Authorization];
        if (headers.Count == 0)
        {
            return new Result(TaxiiPrincipal.Anonymous(address), false);
        }

        if (headers.Count > 1)
        {
            return new Result(null, true);
        }

        var header = headers[0] ?? "";
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return new Result(null, true);
        }

        var scheme = header[..space];
        var value = header[(space + 1)..].Trim();
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateBasic(value);
        }

        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Token", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateToken(value);
        }

        return new Result(null, true);
    }

    private Result AuthenticateBasic(string value)
    {
        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return new Result(null, true);
        }
        catch (ArgumentException)
        {
            return new Result(null, true);
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return new Result(null, true);
        }

        var name = decoded[..colon];
        var password = decoded[(colon + 1)..];
        if (!_settings.Users.TryGetValue(name, out var user) || user.PasswordHash is null)
        {
            // Spend comparable time so that unknown user names cannot be told from wrong passwords by timing.
            PasswordHashing.VerifyPassword(DummyHash.Value, password);
            return new Result(null, true);
        }

        var cacheKey = Convert.ToBase64String(HMACSHA256.HashData(_cacheKey, Encoding.UTF8.GetBytes(decoded)));
        if (_verified.TryGetValue(cacheKey, out var cachedUser) && cachedUser == name)
        {
            return new Result(TaxiiPrincipal.ForUser(user, "user:" + name), false);
        }

        if (!PasswordHashing.VerifyPassword(user.PasswordHash, password))
        {
            return new Result(null, true);
        }

        if (_verified.Count >= MaxCachedCredentials)
        {
            _verified.Clear();
        }

        _verified[cacheKey] = name;
        return new Result(TaxiiPrincipal.ForUser(user, "user:" + name), false);
    }

    private Result AuthenticateToken(string token)
    {
        if (token.Length is 0 or > 512)
        {
            return new Result(null, true);
        }

        var hash = PasswordHashing.HashToken(token);
        TokenSettings? match = null;
        foreach (var candidate in _settings.Tokens)
        {
            // Compare against every configured token, always, in constant time per comparison.
            if (CryptographicOperations.FixedTimeEquals(candidate.Hash, hash))
            {
                match = candidate;
            }
        }

        if (match is null || !_settings.Users.TryGetValue(match.UserName, out var user))
        {
            return new Result(null, true);
        }

        return new Result(TaxiiPrincipal.ForUser(user, $"token:{match.UserName}/{match.TokenName}"), false);
    }

    private static class DummyHash
    {
        public static readonly string Value = PasswordHashing.HashPassword(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    }
}
