using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ThreatLedger.Extraction.Indicators;

/// <summary>
/// Finds IPv4/IPv6 addresses, domains, URLs, e-mail addresses, MD5/SHA-1/SHA-256 hashes, CVE ids and ATT&amp;CK
/// technique ids, including defanged forms (<c>hxxp</c>, <c>[.]</c>, <c>(dot)</c>, <c>[at]</c>, <c>[:]</c>), and refangs
/// them. The outlet's own links, image URLs and citation links are left out; an indicator counts as malicious when it
/// was defanged or words such as "command-and-control", "phishing" or "malicious" surround it in its sentence.
/// </summary>
public sealed class IndicatorExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const string Dot = @"(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\s\[dot\]\s|\s\(dot\)\s)";
    private const string Label = @"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    private static readonly Regex s_url = new(@"\b(?:https?|hxxps?|hXXps?|h\*\*ps?|fxp|ftp|sftp)(?:://|\[://\]|\[:\]//|\(:\)//|:\[//\])[^\s<>""'{}|\\^`]+", Options);
    private static readonly Regex s_email = new($@"\b[a-z0-9._%+-]+(?:@|\[at\]|\(at\)|\[@\]|\{{at\}}|\s\[at\]\s|\s\(at\)\s){Label}(?:{Dot}{Label})*{Dot}[a-z]{{2,24}}\b", Options);
    private static readonly Regex s_ipv4 = new($@"\b(?:\d{{1,3}}{Dot}){{3}}\d{{1,3}}\b", Options);
    private static readonly Regex s_ipv6 = new(@"(?:[0-9a-f]{0,4}(?::|\[:\])){2,7}[0-9a-f]{1,4}", Options);
    private static readonly Regex s_domain = new($@"\b(?:{Label}{Dot})+[a-z]{{2,24}}\b", Options);
    private static readonly Regex s_hash = new(@"\b(?:[a-f0-9]{64}|[a-f0-9]{40}|[a-f0-9]{32})\b", Options);
    private static readonly Regex s_cve = new(@"\bCVE-\d{4}-\d{4,7}\b", Options);
    private static readonly Regex s_technique = new(@"\bT1\d{3}(?:\.\d{3})?\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly HashSet<string> s_tlds = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "info", "biz", "gov", "edu", "mil", "int", "io", "co", "me", "ai", "app", "dev", "xyz", "top", "site",
        "online", "club", "shop", "store", "live", "tech", "cloud", "link", "click", "icu", "buzz", "monster", "rest", "fun",
        "space", "website", "pw", "cc", "tk", "ml", "ga", "cf", "gq", "su", "to", "tv", "ws", "la", "onion", "bit", "ru", "cn",
        "jp", "kr", "kp", "ir", "ua", "by", "uk", "de", "fr", "nl", "it", "es", "se", "no", "fi", "dk", "ch", "at", "be", "ie",
        "pt", "pl", "cz", "sk", "hu", "ro", "bg", "gr", "tr", "il", "in", "pk", "bd", "vn", "th", "my", "sg", "hk", "tw", "id",
        "ph", "au", "nz", "ca", "us", "mx", "br", "ar", "cl", "pe", "ve", "za", "ng", "ke", "eg", "ae", "sa", "qa", "eu", "asia",
        "news", "media", "email", "network", "systems", "support", "services", "software", "digital", "group", "world",
    };

    private static readonly string[] s_imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".bmp", ".ico", ".avif"];

    private static readonly string[] s_maliciousCues =
    [
        "malicious", "command-and-control", "command and control", "c2", "c&c", "phishing", "attacker-controlled", "attacker controlled",
        "exfiltrat", "payload", "dropper", "beacon", "indicators of compromise", "iocs", "ioc", "staging", "sinkhole", "malware",
        "ransomware", "backdoor", "lure", "spoofed", "typosquat", "lookalike", "look-alike", "downloaded from", "communicat",
        "contacted", "callback", "botnet", "compromised", "hosted", "infected", "trojan", "loader", "wiper", "sample", "attack traffic",
        "ddos", "originated from", "scanning", "brute-force", "brute force", "fake", "fraudulent", "impersonat", "masquerad",
        "attacker", "hacker", "intruder", "threat actor",
    ];

    private static readonly string[] s_citationCues = ["source:", "sources:", "via ", "according to", "read more", "see ", "report:", "advisory:", "image:", "photo:", "credit:", "link:", "published at", "reported by"];

    /// <summary>The indicators of <paramref name="text"/>; <paramref name="documentUrl"/> marks the outlet's own host.</summary>
    public IReadOnlyList<IndicatorMatch> Extract(string text, string? documentUrl = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ownHost = OwnHost(documentUrl);
        var found = new List<IndicatorMatch>();
        var taken = new List<(int Start, int End)>();

        void Add(int start, int end, string type, string value, bool defanged)
        {
            foreach (var (s, e) in taken)
            {
                if (s < end && start < e)
                {
                    return;
                }
            }

            taken.Add((start, end));
            var malicious = defanged || (type is not (IndicatorTypes.Cve or IndicatorTypes.AttackTechnique) && HasMaliciousContext(text, start, end));
            found.Add(new IndicatorMatch(start, end, text[start..end], type, value, defanged, malicious));
        }

        foreach (Match m in s_url.Matches(text))
        {
            var raw = TrimTrailing(m.Value);
            var value = Refang(raw);
            var defanged = !string.Equals(raw, value, StringComparison.Ordinal);
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                continue;
            }

            var lowerPath = uri.AbsolutePath.ToLowerInvariant();
            var image = s_imageExtensions.Any(lowerPath.EndsWith);
            var own = ownHost is not null && (uri.Host.Equals(ownHost, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + ownHost, StringComparison.OrdinalIgnoreCase));
            if (!defanged && (image || own || IsCitation(text, m.Index)))
            {
                taken.Add((m.Index, m.Index + raw.Length));
                continue;
            }

            Add(m.Index, m.Index + raw.Length, IndicatorTypes.Url, value, defanged);
        }

        foreach (Match m in s_email.Matches(text))
        {
            var value = Refang(m.Value).ToLowerInvariant();
            Add(m.Index, m.Index + m.Length, IndicatorTypes.Email, value, !string.Equals(value, m.Value, StringComparison.OrdinalIgnoreCase));
        }

        foreach (Match m in s_cve.Matches(text))
        {
            Add(m.Index, m.Index + m.Length, IndicatorTypes.Cve, m.Value.ToUpperInvariant(), false);
        }

        foreach (Match m in s_ipv4.Matches(text))
        {
            if (Bounded(text, m) && IPAddress.TryParse(Refang(m.Value), out var ip) && ip.AddressFamily == AddressFamily.InterNetwork
                && Refang(m.Value).Split('.').All(o => o.Length == 1 || o[0] != '0') && !IsVersion(text, m.Index))
            {
                var value = ip.ToString();
                Add(m.Index, m.Index + m.Length, IndicatorTypes.Ipv4, value, !string.Equals(value, m.Value, StringComparison.Ordinal));
            }
        }

        foreach (Match m in s_ipv6.Matches(text))
        {
            var raw = m.Value.Replace("[:]", ":", StringComparison.Ordinal);
            var groups = raw.Split(':');
            if ((!raw.Contains("::", StringComparison.Ordinal) && groups.Length < 5) || !raw.Any(char.IsLetter) && groups.Length < 6
                || !Bounded(text, m) || !IPAddress.TryParse(raw, out var ip) || ip.AddressFamily != AddressFamily.InterNetworkV6)
            {
                continue;
            }

            Add(m.Index, m.Index + m.Length, IndicatorTypes.Ipv6, ip.ToString(), raw.Length != m.Value.Length);
        }

        foreach (Match m in s_hash.Matches(text))
        {
            if (!m.Value.Any(char.IsAsciiDigit) || !m.Value.Any(char.IsAsciiLetter))
            {
                continue;
            }

            var type = m.Length switch { 64 => IndicatorTypes.Sha256, 40 => IndicatorTypes.Sha1, _ => IndicatorTypes.Md5 };
            Add(m.Index, m.Index + m.Length, type, m.Value.ToLowerInvariant(), false);
        }

        foreach (Match m in s_domain.Matches(text))
        {
            if (!Bounded(text, m))
            {
                continue;
            }

            var value = Refang(m.Value).ToLowerInvariant().Trim();
            var defanged = !string.Equals(value, m.Value.ToLowerInvariant(), StringComparison.Ordinal);
            var tld = value[(value.LastIndexOf('.') + 1)..];
            if (!defanged && (!s_tlds.Contains(tld) || LooksLikeName(m.Value) || m.Value.Any(char.IsUpper)))
            {
                continue;
            }

            if (!defanged && (ownHost is not null && (value == ownHost || value.EndsWith("." + ownHost, StringComparison.Ordinal)) || IsCitation(text, m.Index)))
            {
                continue;
            }

            Add(m.Index, m.Index + m.Length, IndicatorTypes.Domain, value, defanged);
        }

        foreach (Match m in s_technique.Matches(text))
        {
            Add(m.Index, m.Index + m.Length, IndicatorTypes.AttackTechnique, m.Value, false);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Undoes defanging: <c>hxxp</c>→<c>http</c>, <c>[.]</c>/<c>(dot)</c>→<c>.</c>, <c>[at]</c>→<c>@</c>, <c>[:]</c>→<c>:</c>.</summary>
    public static string Refang(string value)
    {
        var s = value;
        foreach (var (from, to) in s_refang)
        {
            if (s.Contains(from, StringComparison.OrdinalIgnoreCase))
            {
                s = s.Replace(from, to, StringComparison.OrdinalIgnoreCase);
            }
        }

        if (s.StartsWith("hxxp", StringComparison.OrdinalIgnoreCase) || s.StartsWith("h**p", StringComparison.OrdinalIgnoreCase))
        {
            s = "http" + s[4..];
        }
        else if (s.StartsWith("fxp", StringComparison.OrdinalIgnoreCase))
        {
            s = "ftp" + s[3..];
        }

        return s;
    }

    private static readonly (string From, string To)[] s_refang =
    [
        (" [dot] ", "."), (" (dot) ", "."), ("[dot]", "."), ("(dot)", "."), ("{dot}", "."), ("[.]", "."), ("(.)", "."), ("{.}", "."),
        (" [at] ", "@"), (" (at) ", "@"), ("[at]", "@"), ("(at)", "@"), ("[@]", "@"), ("{at}", "@"), ("[://]", "://"), ("[:]", ":"),
        ("(:)", ":"), (":[//]", "://"),
    ];

    private static string? OwnHost(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string TrimTrailing(string url)
    {
        var end = url.Length;
        while (end > 0 && url[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\u201D' or '\u2019')
        {
            // Keep a closing bracket that closes one opened inside the URL ("…/wiki/Foo_(bar)").
            if (url[end - 1] == ')' && url.AsSpan(0, end).Count('(') >= url.AsSpan(0, end).Count(')'))
            {
                break;
            }

            end--;
        }

        return url[..end];
    }

    private static bool Bounded(string text, Match m)
    {
        var start = m.Index;
        var end = m.Index + m.Length;
        return (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '-' or '/' or '@' or '_'))
            && (end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' or '@' || (text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))));
    }

    /// <summary>"Node.js", "ASP.NET", "St.Louis": dotted names, not domains (unless defanged).</summary>
    private static bool LooksLikeName(string raw) => raw.Split('.').Any(part => part.Length > 0 && char.IsUpper(part[0]) && part.Skip(1).Any(char.IsLower))
        && !raw.Contains('-', StringComparison.Ordinal) && raw.Count(c => c == '.') == 1 && char.IsUpper(raw[0]);

    private static bool IsVersion(string text, int start)
    {
        var window = text.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)).ToString().ToLowerInvariant();
        return window.Contains("version", StringComparison.Ordinal) || window.EndsWith('v') || window.Contains(" v", StringComparison.Ordinal) && window.TrimEnd().EndsWith('v');
    }

    private static bool IsCitation(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = text.AsSpan(Math.Max(lineStart, start - 40), start - Math.Max(lineStart, start - 40)).ToString().ToLowerInvariant();
        if (s_citationCues.Any(cue => before.Contains(cue, StringComparison.Ordinal)) || before.EndsWith('(') || before.EndsWith("[", StringComparison.Ordinal))
        {
            return true;
        }

        // "Our earlier report on supply-chain attacks is at https://…": the outlet pointing at its own coverage.
        var sentence = text.AsSpan(Math.Max(lineStart, start - 160), start - Math.Max(lineStart, start - 160)).ToString().ToLowerInvariant();
        var lastStop = Math.Max(sentence.LastIndexOf(". ", StringComparison.Ordinal), Math.Max(sentence.LastIndexOf("? ", StringComparison.Ordinal), sentence.LastIndexOf("! ", StringComparison.Ordinal)));
        var own = lastStop >= 0 ? sentence[(lastStop + 2)..] : sentence;
        return s_ownCoverageCues.Any(cue => own.Contains(cue, StringComparison.Ordinal));
    }

    private static readonly string[] s_ownCoverageCues =
    [
        "our earlier", "our previous", "our report", "our coverage", "our story", "our article", "our explainer", "our analysis",
        "read our", "we reported", "we wrote", "we covered", "earlier coverage", "previous coverage", "further reading", "related coverage",
    ];

    private static bool HasMaliciousContext(string text, int start, int end)
    {
        // A list under an "Indicators of compromise" heading.
        var sectionFrom = Math.Max(0, start - 600);
        var section = text.AsSpan(sectionFrom, start - sectionFrom);
        if (section.Contains("indicators of compromise", StringComparison.OrdinalIgnoreCase) || section.Contains("iocs", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var from = SentenceStart(text, start);
        var to = SentenceEnd(text, end);
        var window = text.AsSpan(from, to - from).ToString().ToLowerInvariant();
        foreach (var cue in s_maliciousCues)
        {
            var at = window.IndexOf(cue, StringComparison.Ordinal);
            while (at >= 0)
            {
                var wordStart = at == 0 || !char.IsLetter(window[at - 1]);
                if (wordStart && (cue.Length > 3 || at + cue.Length >= window.Length || !char.IsLetterOrDigit(window[at + cue.Length])))
                {
                    return true;
                }

                at = window.IndexOf(cue, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static int SentenceStart(string text, int index)
    {
        var limit = Math.Max(0, index - 300);
        for (var i = index - 1; i > limit; i--)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static int SentenceEnd(string text, int index)
    {
        var limit = Math.Min(text.Length, index + 300);
        for (var i = index; i < limit; i++)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return i;
            }
        }

        return limit;
    }
}
