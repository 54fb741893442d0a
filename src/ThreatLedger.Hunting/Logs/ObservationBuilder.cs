using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Hunting.Logs;

/// <summary>Collects the cyber-observable objects of one log record, without duplicates, and links them.</summary>
internal sealed class ObservationBuilder
{
    private readonly List<JsonObject> _objects = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public bool IsEmpty => _objects.Count == 0;

    /// <summary>Adds (or finds) an address object for an IPv4/IPv6 value; returns its key.</summary>
    public string? AddAddress(string value)
    {
        value = value.Trim();
        if (!IPAddress.TryParse(value, out var ip))
        {
            return null;
        }

        var type = ip.AddressFamily == AddressFamily.InterNetworkV6 && !ip.IsIPv4MappedToIPv6 ? "ipv6-addr" : "ipv4-addr";
        var text = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4().ToString() : ip.ToString();
        return Add(type, "value", text);
    }

    public string AddDomain(string value) => Add("domain-name", "value", value.Trim().TrimEnd('.').ToLowerInvariant());

    public string AddUrl(string value) => Add("url", "value", value.Trim());

    public string AddEmail(string value) => Add("email-addr", "value", value.Trim().Trim('<', '>'));

    public string AddFile(string? name, string? algorithm, string? hash)
    {
        var key = $"file|{name}|{algorithm}|{hash}";
        if (_keys.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var file = new JsonObject { ["type"] = "file" };
        if (name is not null)
        {
            file["name"] = name;
        }

        if (algorithm is not null && hash is not null)
        {
            file["hashes"] = new JsonObject { [algorithm] = hash };
        }

        return Register(key, file);
    }

    public string AddUser(string login) => Add("user-account", "account_login", login.Trim());

    public string AddProcess(string commandLine) => Add("process", "command_line", commandLine);

    public void AddNetworkTraffic(string? srcKey, string? dstKey, int? srcPort, int? dstPort, string? protocol)
    {
        if (srcKey is null && dstKey is null)
        {
            return;
        }

        var traffic = new JsonObject { ["type"] = "network-traffic" };
        if (srcKey is not null)
        {
            traffic["src_ref"] = srcKey;
        }

        if (dstKey is not null)
        {
            traffic["dst_ref"] = dstKey;
        }

        if (srcPort is { } sp)
        {
            traffic["src_port"] = sp;
        }

        if (dstPort is { } dp)
        {
            traffic["dst_port"] = dp;
        }

        traffic["protocols"] = new JsonArray(JsonValue.Create((protocol ?? "tcp").ToLowerInvariant()));
        Register($"network-traffic|{srcKey}|{dstKey}|{srcPort}|{dstPort}|{protocol}", traffic);
    }

    public void AddEmailMessage(string? fromKey, IReadOnlyList<string> toKeys, string? subject)
    {
        if (fromKey is null && toKeys.Count == 0 && subject is null)
        {
            return;
        }

        var message = new JsonObject { ["type"] = "email-message", ["is_multipart"] = false };
        if (fromKey is not null)
        {
            message["from_ref"] = fromKey;
        }

        if (toKeys.Count > 0)
        {
            message["to_refs"] = new JsonArray(toKeys.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray());
        }

        if (subject is not null)
        {
            message["subject"] = subject;
        }

        Register($"email-message|{fromKey}|{string.Join(',', toKeys)}|{subject}", message);
    }

    /// <summary>Adds whatever observables the scanner finds in free text.</summary>
    public void AddScanned(string text)
    {
        foreach (var found in ObservableScanner.Scan(text))
        {
            switch (found.Kind)
            {
                case "url":
                    AddUrl(found.Value);
                    if (Uri.TryCreate(found.Value, UriKind.Absolute, out var uri) && uri.HostNameType == UriHostNameType.Dns)
                    {
                        AddDomain(uri.Host);
                    }
                    else if (uri is not null)
                    {
                        AddAddress(uri.Host.Trim('[', ']'));
                    }

                    break;
                case "email-addr": AddEmail(found.Value); break;
                case "ipv4-addr" or "ipv6-addr": AddAddress(found.Value); break;
                case "domain-name": AddDomain(found.Value); break;
                default:
                    if (found.Kind.StartsWith("hash:", StringComparison.Ordinal))
                    {
                        AddFile(null, found.Kind["hash:".Length..], found.Value);
                    }

                    break;
            }
        }
    }

    public Observation Build(DateTimeOffset time, string source)
    {
        var objects = new Dictionary<string, JsonElement>(_objects.Count, StringComparer.Ordinal);
        for (var i = 0; i < _objects.Count; i++)
        {
            objects[i.ToString(CultureInfo.InvariantCulture)] = JsonSerializer.SerializeToElement(_objects[i], HuntingJsonContext.Default.JsonObject);
        }

        return new Observation { Objects = objects, FirstObserved = time, LastObserved = time, Source = source };
    }

    private string Add(string type, string property, string value)
    {
        var key = $"{type}|{value}";
        if (_keys.TryGetValue(key, out var existing))
        {
            return existing;
        }

        return Register(key, new JsonObject { ["type"] = type, [property] = value });
    }

    private string Register(string dedupKey, JsonObject obj)
    {
        var key = _objects.Count.ToString(CultureInfo.InvariantCulture);
        _objects.Add(obj);
        _keys[dedupKey] = key;
        return key;
    }
}
