using System.Runtime.InteropServices;
using System.Text.Json;

namespace ThreatLedger.Stix.Validation;

/// <summary>
/// Notices the same object version (id + modified) twice in one bundle. A repeated identical version is a warning; a
/// version whose content differs under the same id and modified is an error, because a changed object MUST get a new
/// <c>modified</c> (§3.6). Each version costs a fixed 40-byte entry (the UUID and modified as the key, the type and content hashes as the value), and tracking stops after <see cref="Capacity"/>
/// versions so memory stays bounded on huge bundles.
/// </summary>
public sealed class BundleVersionTracker
{
    /// <summary>Versions remembered before tracking stops (about 40 MB).</summary>
    public const int Capacity = 1_000_000;

    private readonly Dictionary<(Guid Id, long Modified), (int TypeHash, int ContentHash)> _seen = [];

    /// <summary>Records an object and adds a finding when its version was already seen.</summary>
    public void Add(JsonElement stixObject, string path, ICollection<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (_seen.Count >= Capacity || stixObject.ValueKind != JsonValueKind.Object || !stixObject.TryGetProperty("id"u8, out var idElement)
            || idElement.ValueKind != JsonValueKind.String || !StixId.TryParse(idElement.GetString(), out var id))
        {
            return;
        }

        long modified = stixObject.TryGetProperty("modified"u8, out var m) && m.ValueKind == JsonValueKind.String && StixTimestamp.TryParse(m.GetString(), out var ts)
            ? ts.Value.UtcTicks
            : long.MinValue;
        var typeHash = StringComparer.Ordinal.GetHashCode(id.Type);
        var content = ContentHash(stixObject);
        var key = (id.Guid, modified);
        if (_seen.TryAdd(key, (typeHash, content)))
        {
            return;
        }

        var previous = _seen[key];
        if (previous.TypeHash != typeHash)
        {
            // the same UUID under another type is another object
            return;
        }

        if (previous.ContentHash == content)
        {
            findings.Add(new(ValidationSeverity.Warning, path, "duplicate-object", "3.6",
                "The same object version (id and modified) appears more than once in the bundle.", "\"" + id + "\""));
        }
        else
        {
            findings.Add(new(ValidationSeverity.Error, path, "conflicting-version", "3.6",
                "Another object in the bundle has the same id and modified but different content; a changed object must get a new 'modified'.", "\"" + id + "\""));
        }
    }

    private static int ContentHash(JsonElement element)
    {
        // The raw UTF-8 of the object, hashed without allocating (xxHash32 through HashCode), with its length.
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var hash = new HashCode();
        hash.Add(raw.Length);
        hash.AddBytes(raw);
        return hash.ToHashCode();
    }
}
