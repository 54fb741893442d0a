using System.Text.Json;

namespace ThreatLedger.Stix.Validation;

/// <summary>Notices the same object version (id + modified) twice in one bundle.</summary>
public sealed class BundleVersionTracker
{
    private readonly HashSet<(string Id, string? Modified)> _seen = [];

    /// <summary>Records an object and adds a warning when its version was already seen.</summary>
    public void Add(JsonElement stixObject, string path, ICollection<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (stixObject.ValueKind != JsonValueKind.Object || !stixObject.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return;
        }

        string? modified = stixObject.TryGetProperty("modified", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var key = (id.GetString()!, modified);
        if (!_seen.Add(key))
        {
            findings.Add(new(ValidationSeverity.Warning, path, "duplicate-object", "3.6",
                "The same object version (id and modified) appears more than once in the bundle.", "\"" + key.Item1 + "\""));
        }
    }
}
