using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ThreatLedger.Hunting.Logs;

/// <summary>
/// Turns a free-text log line into a record: its <c>key=value</c> pairs (postfix <c>from=&lt;a@b&gt;</c>, audit
/// <c>sha256=…</c>, firewall <c>src=… dst=…</c>) plus the whole line as <c>message</c>, so that text and JSON logs map
/// to observables the same way.
/// </summary>
internal static partial class TextLineFields
{
    public static JsonElement ToRecord(string line)
    {
        var record = new JsonObject();
        foreach (Match m in KeyValueRegex().Matches(line))
        {
            var key = m.Groups["key"].Value.ToLowerInvariant();
            var value = m.Groups["angle"].Success ? m.Groups["angle"].Value : m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;
            if (key != "message" && !record.ContainsKey(key) && value.Length > 0)
            {
                record[key] = value;
            }
        }

        record["message"] = line;
        return JsonSerializer.SerializeToElement(record, HuntingJsonContext.Default.JsonObject);
    }

    [GeneratedRegex(@"(?<![\w.-])(?<key>[A-Za-z_][\w.-]{0,40})=(?:<(?<angle>[^>]*)>|""(?<quoted>[^""]*)""|(?<bare>[^\s,;""<>]+))", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValueRegex();
}
