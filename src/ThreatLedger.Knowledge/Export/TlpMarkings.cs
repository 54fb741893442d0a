namespace ThreatLedger.Knowledge.Export;

/// <summary>The standard TLP marking-definition ids (STIX 2.1 TLP 1.0 and the TLP 2.0 extension) by level.</summary>
public static class TlpMarkings
{
    private static readonly (string Name, int Level, string Id)[] s_markings =
    [
        ("TLP:WHITE", 0, "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"),
        ("TLP:CLEAR", 0, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"),
        ("TLP:GREEN", 1, "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
        ("TLP:GREEN", 1, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
        ("TLP:AMBER", 2, "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"),
        ("TLP:AMBER", 2, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
        ("TLP:AMBER+STRICT", 3, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
        ("TLP:RED", 4, "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"),
        ("TLP:RED", 4, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"),
    ];

    /// <summary>The level of a TLP name (TLP:CLEAR/WHITE 0 … TLP:RED 4), or null when the text is not one.</summary>
    public static int? Level(string name)
    {
        var normalized = name.Trim().ToUpperInvariant();
        if (!normalized.StartsWith("TLP:", StringComparison.Ordinal))
        {
            normalized = "TLP:" + normalized;
        }

        return s_markings.Where(m => m.Name == normalized).Select(m => (int?)m.Level).FirstOrDefault();
    }

    /// <summary>The marking-definition ids of every TLP level above <paramref name="level"/>.</summary>
    public static IReadOnlyList<string> Above(int level) => s_markings.Where(m => m.Level > level).Select(m => m.Id).ToList();
}
