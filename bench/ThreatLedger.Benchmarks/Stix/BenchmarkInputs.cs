using System.Globalization;
using System.Text;

namespace ThreatLedger.Benchmarks.Stix;

/// <summary>The bundles the STIX benchmarks read: a generated one and, when present, ../shared/attack/enterprise-attack.json.</summary>
public static class BenchmarkInputs
{
    public const string Generated = "generated-50MB";
    public const string Attack = "attack-enterprise";

    private static readonly Dictionary<string, (byte[] Bytes, int Objects)> s_cache = [];

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Available()
    {
        yield return Generated;
        if (AttackPath() is not null)
        {
            yield return Attack;
        }
    }

    public static (byte[] Bytes, int Objects) Load(string name)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(name, out var input))
            {
                input = name == Attack ? LoadAttack() : (GenerateBundle(120_000), 120_000);
                s_cache[name] = input;
            }

            return input;
        }
    }

    private static (byte[], int) LoadAttack()
    {
        var bytes = File.ReadAllBytes(AttackPath()!);
        using var doc = System.Text.Json.JsonDocument.Parse(bytes);
        return (bytes, doc.RootElement.GetProperty("objects").GetArrayLength());
    }

    private static string? AttackPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThreatLedger.slnx")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "attack", "enterprise-attack.json"));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }

    /// <summary>A valid bundle of generated indicators, malware and relationships (about 420 bytes per object).</summary>
    public static byte[] GenerateBundle(int count)
    {
        var sb = new StringBuilder(count * 450);
        sb.Append("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[\n");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(",\n");
            }

            var id = Id(i);
            switch (i % 3)
            {
                case 0:
                    sb.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--{id}\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"Generated indicator {i}\",\"description\":\"Generated indicator used to measure parsing and validation throughput.\",\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"[ipv4-addr:value = '198.51.100.{i % 250}']\",\"pattern_type\":\"stix\",\"valid_from\":\"2024-01-01T00:00:00Z\",\"labels\":[\"generated\"],\"x_example_seq\":{i}}}");
                    break;
                case 1:
                    sb.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--{id}\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-02T00:00:00.000Z\",\"name\":\"Family {i}\",\"is_family\":true,\"malware_types\":[\"ransomware\"],\"description\":\"Generated family used to measure parsing and validation throughput.\",\"external_references\":[{{\"source_name\":\"example\",\"external_id\":\"EX-{i}\"}}]}}");
                    break;
                default:
                    sb.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--{id}\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"relationship_type\":\"indicates\",\"source_ref\":\"indicator--{Id(i - 2)}\",\"target_ref\":\"malware--{Id(i - 1)}\",\"object_marking_refs\":[\"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\"]}}");
                    break;
            }
        }

        sb.Append("\n]}\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Id(int i) => new Guid(i, (short)(i >> 16), 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1).ToString();
}
