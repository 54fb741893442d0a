namespace ThreatLedger.Taxii.Markings;

/// <summary>Traffic Light Protocol levels, ordered from least to most restrictive (TLP 1.0 WHITE maps to CLEAR).</summary>
public enum TlpLevel
{
    /// <summary>TLP:CLEAR (TLP 1.0 WHITE): no restriction.</summary>
    Clear = 0,

    /// <summary>TLP:GREEN: the community.</summary>
    Green = 1,

    /// <summary>TLP:AMBER: the organisation and its clients.</summary>
    Amber = 2,

    /// <summary>TLP:AMBER+STRICT: the organisation only.</summary>
    AmberStrict = 3,

    /// <summary>TLP:RED: named recipients only.</summary>
    Red = 4,
}
