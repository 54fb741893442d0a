using System.Text.Json;

namespace ThreatLedger.Stix.Validation;

/// <summary>
/// Notices the same object version (id + modified) twice in one bundle. Each version costs a fixed 24-byte key, and
/// tracking stops after <see cref="Capacity"/> versions so memory stays bounded on huge bundles.
/// </summary>
public sealed class BundleVersionTracker
{
    /// <summary>Versions remembered before tracking stops (about 32 MB).</summary>
    public const int Capacity = 1_000_000;

    private readonly HashSet<(Guid Id, int TypeHash, long Modified)> _seen = [];

    /// <summary>Records an object and adds a warning when its version was already seen.</summary>
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
        if (!_seen.Add((id.Guid, StringComparer.Ordinal.GetHashCode(id.Type), modified)))
        {
            findings.Add(new(ValidationSeverity.Warning, path, "duplicate-object", "3.6",
                "The same object version (id and modified) appears more than once in the bundle.", "\"" + id + "\""));
        }
    }
}
