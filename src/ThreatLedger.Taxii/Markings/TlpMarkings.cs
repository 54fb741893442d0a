using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ThreatLedger.Taxii.Markings;

/// <summary>
/// The predefined STIX 2.1 TLP marking definitions: TLP 1.0 (STIX 2.1 section 7.2.1.4) and TLP 2.0 (the OASIS
/// common objects, extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d).
/// </summary>
public static class TlpMarkings
{
    /// <summary>The TLP 2.0 extension definition id.</summary>
    public const string Tlp2ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    /// <summary>TLP 1.0 WHITE.</summary>
    public const string Tlp1White = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";

    /// <summary>TLP 1.0 GREEN.</summary>
    public const string Tlp1Green = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

    /// <summary>TLP 1.0 AMBER.</summary>
    public const string Tlp1Amber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";

    /// <summary>TLP 1.0 RED.</summary>
    public const string Tlp1Red = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    /// <summary>TLP 2.0 CLEAR.</summary>
    public const string Tlp2Clear = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

    /// <summary>TLP 2.0 GREEN.</summary>
    public const string Tlp2Green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    /// <summary>TLP 2.0 AMBER.</summary>
    public const string Tlp2Amber = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

    /// <summary>TLP 2.0 AMBER+STRICT.</summary>
    public const string Tlp2AmberStrict = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";

    /// <summary>TLP 2.0 RED.</summary>
    public const string Tlp2Red = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    private static readonly Dictionary<string, TlpLevel> s_predefined = new(StringComparer.Ordinal)
    {
        [Tlp1White] = TlpLevel.Clear,
        [Tlp1Green] = TlpLevel.Green,
        [Tlp1Amber] = TlpLevel.Amber,
        [Tlp1Red] = TlpLevel.Red,
        [Tlp2Clear] = TlpLevel.Clear,
        [Tlp2Green] = TlpLevel.Green,
        [Tlp2Amber] = TlpLevel.Amber,
        [Tlp2AmberStrict] = TlpLevel.AmberStrict,
        [Tlp2Red] = TlpLevel.Red,
    };

    /// <summary>The predefined TLP marking ids whose level is above <paramref name="ceiling"/>.</summary>
    public static IReadOnlyList<string> PredefinedAbove(TlpLevel ceiling)
        => s_predefined.Where(p => p.Value > ceiling).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>The level of a predefined TLP marking id, if it is one.</summary>
    public static bool TryGetPredefined(string markingId, out TlpLevel level) => s_predefined.TryGetValue(markingId, out level);

    /// <summary>Parses a level name: clear, white, green, amber, amber+strict, red (case-insensitive, optional "TLP:").</summary>
    public static bool TryParseName(string? name, out TlpLevel level)
    {
        level = TlpLevel.Clear;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var text = name.Trim().ToLowerInvariant();
        if (text.StartsWith("tlp:", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        switch (text)
        {
            case "clear":
            case "white":
                level = TlpLevel.Clear;
                return true;
            case "green":
                level = TlpLevel.Green;
                return true;
            case "amber":
                level = TlpLevel.Amber;
                return true;
            case "amber+strict":
            case "amber_strict":
            case "amber-strict":
                level = TlpLevel.AmberStrict;
                return true;
            case "red":
                level = TlpLevel.Red;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The canonical lower-case name of a level, as used in configuration files.</summary>
    public static string Name(TlpLevel level) => level switch
    {
        TlpLevel.Clear => "clear",
        TlpLevel.Green => "green",
        TlpLevel.Amber => "amber",
        TlpLevel.AmberStrict => "amber+strict",
        _ => "red",
    };

    /// <summary>
    /// Reads the TLP level a marking-definition object defines: TLP 1.0 <c>definition_type: "tlp"</c> with
    /// <c>definition.tlp</c>, or the TLP 2.0 extension's <c>tlp_2_0</c> property.
    /// </summary>
    public static bool TryReadDefinition(JsonElement markingDefinition, [NotNullWhen(true)] out TlpLevel? level)
    {
        level = null;
        if (markingDefinition.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (markingDefinition.TryGetProperty("definition_type", out var type) && type.ValueKind == JsonValueKind.String
            && type.GetString() == "tlp"
            && markingDefinition.TryGetProperty("definition", out var definition) && definition.ValueKind == JsonValueKind.Object
            && definition.TryGetProperty("tlp", out var tlp) && tlp.ValueKind == JsonValueKind.String
            && TryParseName(tlp.GetString(), out var tlp1))
        {
            level = tlp1;
            return true;
        }

        if (markingDefinition.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty(Tlp2ExtensionId, out var extension) && extension.ValueKind == JsonValueKind.Object
            && extension.TryGetProperty("tlp_2_0", out var tlp2) && tlp2.ValueKind == JsonValueKind.String
            && TryParseName(tlp2.GetString(), out var tlp2Level))
        {
            level = tlp2Level;
            return true;
        }

        return false;
    }
}
