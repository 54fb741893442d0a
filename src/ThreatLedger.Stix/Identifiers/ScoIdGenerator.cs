using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;
using ThreatLedger.Stix.Validation;

namespace ThreatLedger.Stix.Identifiers;

/// <summary>
/// Deterministic SCO identifiers (STIX 2.1 section 2.9 and each SCO's "ID Contributing Properties"): a UUIDv5 in the
/// namespace <c>00abedb4-aa42-5ab5-b02e-7ca0e4a2b0c4</c> over the JCS-canonical JSON of the contributing properties
/// that are present. For <c>hashes</c> one hash is used (MD5, SHA-1, SHA-256, SHA-512, else the first), as the
/// OASIS stix2 library does. Types without contributing properties (process, custom SCOs) get a random UUIDv4.
/// </summary>
public static class ScoIdGenerator
{
    /// <summary>The UUIDv5 namespace for SCO ids.</summary>
    public static readonly Guid Namespace = new("00abedb4-aa42-5ab5-b02e-7ca0e4a2b0c4");

    private static readonly string[] s_hashPreference = ["MD5", "SHA-1", "SHA-256", "SHA-512"];

    /// <summary>The deterministic id of an SCO (or a random one when no contributing property is present).</summary>
    public static StixId Compute(StixCyberObservableObject sco, StixIdGenerator? fallback = null)
    {
        var node = JsonSerializer.SerializeToNode(sco, StixJson.Info<StixObject>())!.AsObject();
        return Compute(sco.Type, node, fallback);
    }

    /// <summary>The deterministic id for SCO JSON (a parsed object), or null when it has no contributing property.</summary>
    public static StixId? TryCompute(string type, JsonElement sco)
    {
        var contributing = StixSchema.IdContributingProperties(type);
        if (contributing is null || contributing.Count == 0)
        {
            return null;
        }

        var selected = new JsonObject();
        foreach (var name in contributing)
        {
            if (sco.TryGetProperty(name, out var value))
            {
                selected[name] = name == "hashes" ? ChooseHash(JsonObject.Create(value)) : JsonNode.Parse(value.GetRawText());
            }
        }

        return selected.Count == 0 ? null : StixId.Create(type, UuidV5(Namespace, JsonCanonicalizer.Canonicalize(selected)));
    }

    private static StixId Compute(string type, JsonObject sco, StixIdGenerator? fallback)
    {
        var contributing = StixSchema.IdContributingProperties(type) ?? [];
        var selected = new JsonObject();
        foreach (var name in contributing)
        {
            if (sco.TryGetPropertyValue(name, out var value) && value is not null)
            {
                selected[name] = name == "hashes" ? ChooseHash(value as JsonObject) : value.DeepClone();
            }
        }

        if (selected.Count == 0)
        {
            return (fallback ?? StixIdGenerator.Random).NewId(type);
        }

        return StixId.Create(type, UuidV5(Namespace, JsonCanonicalizer.Canonicalize(selected)));
    }

    private static JsonObject? ChooseHash(JsonObject? hashes)
    {
        if (hashes is null || hashes.Count == 0)
        {
            return hashes?.DeepClone().AsObject();
        }

        foreach (var algorithm in s_hashPreference)
        {
            if (hashes.TryGetPropertyValue(algorithm, out var v))
            {
                return new JsonObject { [algorithm] = v?.DeepClone() };
            }
        }

        var firstEntry = hashes.First();
        return new JsonObject { [firstEntry.Key] = firstEntry.Value?.DeepClone() };
    }

    /// <summary>An RFC 4122 version-5 (SHA-1, name-based) UUID.</summary>
    public static Guid UuidV5(Guid ns, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // UUIDv5 is defined over SHA-1 (RFC 4122 section 4.3); this is naming, not security.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
