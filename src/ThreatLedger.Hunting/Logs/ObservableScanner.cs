using System.Net;
using System.Text.RegularExpressions;

namespace ThreatLedger.Hunting.Logs;

/// <summary>Finds network and file observables in free text (a log message, a command line).</summary>
internal static partial class ObservableScanner
{
    /// <summary>Observables of one kind found in text.</summary>
    internal readonly record struct Found(string Kind, string Value);

    public static IEnumerable<Found> Scan(string text)
    {
        foreach (Match m in UrlRegex().Matches(text))
        {
            yield return new Found("url", m.Value.TrimEnd('.', ',', ';', ')', '\'', '"'));
        }

        foreach (Match m in EmailRegex().Matches(text))
        {
            yield return new Found("email-addr", m.Value);
        }

        foreach (Match m in Ipv4Regex().Matches(text))
        {
            if (IPAddress.TryParse(m.Value, out _))
            {
                yield return new Found("ipv4-addr", m.Value);
            }
        }

        foreach (Match m in Ipv6Regex().Matches(text))
        {
            if (m.Value.Count(c => c == ':') >= 2 && IPAddress.TryParse(m.Value, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                yield return new Found("ipv6-addr", m.Value);
            }
        }

        foreach (Match m in DomainRegex().Matches(text))
        {
            var start = m.Index;
            // Skip the host parts of e-mail addresses and URLs, found above.
            if (start > 0 && text[start - 1] is '@' or '/' or '.')
            {
                continue;
            }

            yield return new Found("domain-name", m.Value.ToLowerInvariant());
        }

        foreach (Match m in HashRegex().Matches(text))
        {
            var kind = m.Length switch
            {
                32 => "MD5",
                40 => "SHA-1",
                64 => "SHA-256",
                128 => "SHA-512",
                _ => null,
            };
            if (kind is not null)
            {
                yield return new Found("hash:" + kind, m.Value.ToLowerInvariant());
            }
        }
    }

    /// <summary>The hash algorithm a hexadecimal value's length implies, if any.</summary>
    public static string? HashAlgorithm(string value) =>
        value.All(char.IsAsciiHexDigit)
            ? value.Length switch
            {
                32 => "MD5",
                40 => "SHA-1",
                64 => "SHA-256",
                128 => "SHA-512",
                _ => null,
            }
            : null;

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Regex();

    [GeneratedRegex(@"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv6Regex();

    [GeneratedRegex(@"(?<![\w\-@])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?:com|net|org|info|biz|io|ru|cn|jp|kr|de|uk|fr|nl|su|top|xyz|online|site|club|gov|edu|mil|int|co|us|ca|au|in|br|tk|ml|ga|cf|gq|pw|cc|tv|me|ws|example|test|invalid|onion)\b(?![\w\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainRegex();

    [GeneratedRegex(@"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{128}|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex HashRegex();
}
