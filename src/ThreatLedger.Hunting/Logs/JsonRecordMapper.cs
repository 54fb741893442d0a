using System.Globalization;
using System.Text.Json;

namespace ThreatLedger.Hunting.Logs;

/// <summary>
/// Maps one JSON log record to observables by field name (Zeek, Elastic Common Schema, common firewall, proxy, DNS and
/// mail log fields), then scans the remaining string values for any other observables.
/// </summary>
internal static class JsonRecordMapper
{
    private static readonly HashSet<string> s_timeFields = ["timestamp", "@timestamp", "time", "ts", "date", "datetime", "event_time", "eventtime", "event.created", "receivedtime", "logtime"];
    private static readonly HashSet<string> s_sourceIpFields = ["src", "src_ip", "srcip", "source_ip", "sourceip", "source.ip", "client_ip", "clientip", "client.ip", "id.orig_h", "remote_addr", "remoteaddr", "c-ip", "ip", "ipaddress", "sourceipaddress", "caller_ip"];
    private static readonly HashSet<string> s_destinationIpFields = ["dst", "dst_ip", "dstip", "dest_ip", "destination_ip", "destinationip", "destination.ip", "server_ip", "server.ip", "id.resp_h", "s-ip", "dest"];
    private static readonly HashSet<string> s_sourcePortFields = ["src_port", "srcport", "source_port", "source.port", "id.orig_p", "client_port", "sport"];
    private static readonly HashSet<string> s_destinationPortFields = ["dst_port", "dstport", "dest_port", "destination_port", "destination.port", "id.resp_p", "server_port", "dport"];
    private static readonly HashSet<string> s_protocolFields = ["proto", "protocol", "network.transport", "transport"];
    private static readonly HashSet<string> s_domainFields = ["domain", "query", "qname", "dns.question.name", "host", "hostname", "host.name", "server_name", "sni", "fqdn", "url.domain", "destination.domain", "http.host"];
    private static readonly HashSet<string> s_urlFields = ["url", "uri", "url.full", "request_url", "requesturl", "url.original", "http.url"];
    private static readonly HashSet<string> s_fromFields = ["from", "sender", "mail_from", "mailfrom", "email.from.address", "smtp.mailfrom", "envelope_from"];
    private static readonly HashSet<string> s_toFields = ["to", "rcpt", "rcpt_to", "rcptto", "recipient", "recipients", "mail_to", "email.to.address", "envelope_to"];
    private static readonly HashSet<string> s_subjectFields = ["subject", "email.subject"];
    private static readonly HashSet<string> s_fileNameFields = ["filename", "file_name", "file.name", "file", "path", "file.path", "target_filename"];
    private static readonly HashSet<string> s_userFields = ["user", "username", "user.name", "account", "user_name", "useridentity.username", "login"];
    private static readonly HashSet<string> s_commandFields = ["command_line", "commandline", "cmdline", "process.command_line", "cmd"];

    /// <summary>True when a (lower-case) field name holds the record's time.</summary>
    public static bool IsTimeField(string name) => s_timeFields.Contains(name);

    /// <summary>True when a (lower-case) field name is one this mapper reads by name, such as <c>src_ip</c> or <c>query</c>.</summary>
    public static bool IsKnownField(string name) =>
        s_timeFields.Contains(name) || s_sourceIpFields.Contains(name) || s_destinationIpFields.Contains(name) || s_sourcePortFields.Contains(name)
        || s_destinationPortFields.Contains(name) || s_protocolFields.Contains(name) || s_domainFields.Contains(name) || s_urlFields.Contains(name)
        || s_fromFields.Contains(name) || s_toFields.Contains(name) || s_subjectFields.Contains(name) || s_fileNameFields.Contains(name)
        || s_userFields.Contains(name) || s_commandFields.Contains(name) || name is "md5" or "sha1" or "sha256" or "sha512" or "hash";

    public static (DateTimeOffset? Time, ObservationBuilder Builder) Map(JsonElement record)
    {
        var fields = new List<(string Path, JsonElement Value)>();
        Flatten(record, string.Empty, fields);

        var builder = new ObservationBuilder();
        DateTimeOffset? time = null;
        string? srcKey = null, dstKey = null, protocol = null, fromKey = null, subject = null, fileName = null, host = null, relativeUri = null;
        int? srcPort = null, dstPort = null;
        var toKeys = new List<string>();
        var hashes = new List<(string Algorithm, string Value)>();
        var leftovers = new List<string>();

        foreach (var (path, value) in fields)
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
            if (text is null || text.Length == 0)
            {
                continue;
            }

            var leaf = path[(path.LastIndexOf('.') + 1)..];
            if (time is null && (s_timeFields.Contains(path) || s_timeFields.Contains(leaf)) && TimestampParser.TryParseJsonValue(value, out var t))
            {
                time = t;
            }
            else if (s_sourceIpFields.Contains(path))
            {
                srcKey = builder.AddAddress(text) ?? srcKey;
            }
            else if (s_destinationIpFields.Contains(path))
            {
                dstKey = builder.AddAddress(text) ?? dstKey;
            }
            else if (s_sourcePortFields.Contains(path) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sp))
            {
                srcPort = sp;
            }
            else if (s_destinationPortFields.Contains(path) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var dp))
            {
                dstPort = dp;
            }
            else if (s_protocolFields.Contains(path))
            {
                protocol = text;
            }
            else if (s_urlFields.Contains(path) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp")
            {
                builder.AddUrl(text);
                builder.AddDomain(uri.Host);
            }
            else if (s_urlFields.Contains(path) && text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
            {
                // Zeek's http.log and web server logs give the path; the host is another field of the record.
                relativeUri = text;
            }
            else if (s_domainFields.Contains(path) && !text.Contains(' ', StringComparison.Ordinal))
            {
                if (builder.AddAddress(text) is null)
                {
                    builder.AddDomain(text);
                }

                host ??= path is "host" or "http.host" or "url.domain" or "server_name" ? text : null;
            }
            else if (s_fromFields.Contains(path) && text.Contains('@', StringComparison.Ordinal))
            {
                fromKey = builder.AddEmail(text);
            }
            else if (s_toFields.Contains(path) && text.Contains('@', StringComparison.Ordinal))
            {
                toKeys.AddRange(text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(builder.AddEmail));
            }
            else if (s_subjectFields.Contains(path))
            {
                subject = text;
            }
            else if (s_fileNameFields.Contains(path))
            {
                fileName = Path.GetFileName(text.Replace('\\', '/'));
            }
            else if (ObservableScanner.HashAlgorithm(text) is { } algorithm && (leaf.Contains("hash", StringComparison.Ordinal) || leaf is "md5" or "sha1" or "sha256" or "sha512"))
            {
                hashes.Add((algorithm, text.ToLowerInvariant()));
            }
            else if (s_userFields.Contains(path))
            {
                builder.AddUser(text);
            }
            else if (s_commandFields.Contains(path))
            {
                builder.AddProcess(text);
                leftovers.Add(text);
            }
            else if (value.ValueKind == JsonValueKind.String)
            {
                leftovers.Add(text);
            }
        }

        if (host is not null && relativeUri is not null && Uri.TryCreate((dstPort == 443 ? "https://" : "http://") + host + relativeUri, UriKind.Absolute, out var joined))
        {
            // "host": "evil.example", "uri": "/x": the URL requested, as indicators name it (https only when port 443 says so).
            builder.AddUrl(joined.OriginalString);
        }
        else if (relativeUri is not null)
        {
            leftovers.Add(relativeUri);
        }

        builder.AddNetworkTraffic(srcKey, dstKey, srcPort, dstPort, protocol);
        builder.AddEmailMessage(fromKey, toKeys, subject);
        if (hashes.Count == 0 && fileName is not null)
        {
            builder.AddFile(fileName, null, null);
        }

        foreach (var (algorithm, hash) in hashes)
        {
            builder.AddFile(fileName, algorithm, hash);
        }

        foreach (var text in leftovers)
        {
            builder.AddScanned(text);
        }

        return (time, builder);
    }

    private static void Flatten(JsonElement element, string prefix, List<(string, JsonElement)> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = property.Name.ToLowerInvariant();
                    Flatten(property.Value, prefix.Length == 0 ? name : prefix + "." + name, fields);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, prefix, fields);
                }

                break;
            default:
                fields.Add((prefix, element));
                break;
        }
    }
}
