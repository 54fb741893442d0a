namespace ThreatLedger.Knowledge.Storage;

/// <summary>Which versions of each object a query returns.</summary>
public enum VersionSelectorKind
{
    /// <summary>The newest version (the TAXII default).</summary>
    Last,
    /// <summary>The oldest version.</summary>
    First,
    /// <summary>Every version.</summary>
    All,
    /// <summary>The version with a given modified (else created) timestamp.</summary>
    Specific,
}
