using System.Text.Json.Nodes;

namespace ThreatLedger.Stix.Objects;

/// <summary>
/// The Traffic Light Protocol markings: the four TLP 1.0 marking-definitions predefined by STIX 2.1 (section
/// 7.2.1.4, fixed ids and content that MUST NOT change) and the five TLP 2.0 markings published by OASIS as an
/// extension-based definition (extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d). Each getter returns a
/// fresh object.
/// </summary>
public static class TlpMarkings
{
    /// <summary>The TLP 2.0 extension definition id.</summary>
    public static readonly StixId Tlp2ExtensionId = StixId.Parse("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d");

    /// <summary>TLP:WHITE (TLP 1.0).</summary>
    public static readonly StixId WhiteId = StixId.Parse("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9");

    /// <summary>TLP:GREEN (TLP 1.0).</summary>
    public static readonly StixId GreenId = StixId.Parse("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da");

    /// <summary>TLP:AMBER (TLP 1.0).</summary>
    public static readonly StixId AmberId = StixId.Parse("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");

    /// <summary>TLP:RED (TLP 1.0).</summary>
    public static readonly StixId RedId = StixId.Parse("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");

    /// <summary>TLP:CLEAR (TLP 2.0).</summary>
    public static readonly StixId ClearV2Id = StixId.Parse("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487");

    /// <summary>TLP:GREEN (TLP 2.0).</summary>
    public static readonly StixId GreenV2Id = StixId.Parse("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb");

    /// <summary>TLP:AMBER (TLP 2.0).</summary>
    public static readonly StixId AmberV2Id = StixId.Parse("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");

    /// <summary>TLP:AMBER+STRICT (TLP 2.0).</summary>
    public static readonly StixId AmberStrictV2Id = StixId.Parse("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");

    /// <summary>TLP:RED (TLP 2.0).</summary>
    public static readonly StixId RedV2Id = StixId.Parse("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    private static readonly StixTimestamp s_tlp1Created = StixTimestamp.Parse("2017-01-20T00:00:00.000Z");
    private static readonly StixTimestamp s_tlp2Created = StixTimestamp.Parse("2022-10-01T00:00:00.000Z");

    /// <summary>TLP:WHITE (TLP 1.0).</summary>
    public static MarkingDefinition White => Tlp1(WhiteId, "white");

    /// <summary>TLP:GREEN (TLP 1.0).</summary>
    public static MarkingDefinition Green => Tlp1(GreenId, "green");

    /// <summary>TLP:AMBER (TLP 1.0).</summary>
    public static MarkingDefinition Amber => Tlp1(AmberId, "amber");

    /// <summary>TLP:RED (TLP 1.0).</summary>
    public static MarkingDefinition Red => Tlp1(RedId, "red");

    /// <summary>TLP:CLEAR (TLP 2.0).</summary>
    public static MarkingDefinition ClearV2 => Tlp2(ClearV2Id, "clear");

    /// <summary>TLP:GREEN (TLP 2.0).</summary>
    public static MarkingDefinition GreenV2 => Tlp2(GreenV2Id, "green");

    /// <summary>TLP:AMBER (TLP 2.0).</summary>
    public static MarkingDefinition AmberV2 => Tlp2(AmberV2Id, "amber");

    /// <summary>TLP:AMBER+STRICT (TLP 2.0).</summary>
    public static MarkingDefinition AmberStrictV2 => Tlp2(AmberStrictV2Id, "amber+strict");

    /// <summary>TLP:RED (TLP 2.0).</summary>
    public static MarkingDefinition RedV2 => Tlp2(RedV2Id, "red");

    /// <summary>All nine, TLP 1.0 first.</summary>
    public static IReadOnlyList<MarkingDefinition> All => [White, Green, Amber, Red, ClearV2, GreenV2, AmberV2, AmberStrictV2, RedV2];

    /// <summary>The TLP 1.0 levels by id (white, green, amber, red).</summary>
    public static IReadOnlyDictionary<StixId, string> Tlp1Levels { get; } = new Dictionary<StixId, string>
    {
        [WhiteId] = "white",
        [GreenId] = "green",
        [AmberId] = "amber",
        [RedId] = "red",
    };

    /// <summary>The TLP 2.0 levels by id (clear, green, amber, amber+strict, red).</summary>
    public static IReadOnlyDictionary<StixId, string> Tlp2Levels { get; } = new Dictionary<StixId, string>
    {
        [ClearV2Id] = "clear",
        [GreenV2Id] = "green",
        [AmberV2Id] = "amber",
        [AmberStrictV2Id] = "amber+strict",
        [RedV2Id] = "red",
    };

    /// <summary>The predefined marking with this id, or null.</summary>
    public static MarkingDefinition? Find(StixId id) =>
        Tlp1Levels.TryGetValue(id, out var l1) ? Tlp1(id, l1) : Tlp2Levels.TryGetValue(id, out var l2) ? Tlp2(id, l2) : null;

    /// <summary>The TLP level ("white", "clear", "amber+strict", ...) of a marking id, or null when it is not a TLP marking.</summary>
    public static string? LevelOf(StixId id) => Tlp1Levels.GetValueOrDefault(id) ?? Tlp2Levels.GetValueOrDefault(id);

    private static MarkingDefinition Tlp1(StixId id, string level) => new()
    {
        Id = id,
        SpecVersion = "2.1",
        Created = s_tlp1Created,
        Name = "TLP:" + level.ToUpperInvariant(),
        DefinitionType = "tlp",
        Definition = new JsonObject { ["tlp"] = level },
    };

    private static MarkingDefinition Tlp2(StixId id, string level) => new()
    {
        Id = id,
        SpecVersion = "2.1",
        Created = s_tlp2Created,
        Name = "TLP:" + level.ToUpperInvariant(),
        Extensions = new JsonObject
        {
            [Tlp2ExtensionId.ToString()] = new JsonObject { ["extension_type"] = "property-extension", ["tlp_2_0"] = level },
        },
    };
}
