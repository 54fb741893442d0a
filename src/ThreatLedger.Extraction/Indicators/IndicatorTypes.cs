namespace ThreatLedger.Extraction.Indicators;

/// <summary>Indicator types, named after the STIX cyber-observable (or SDO) they become.</summary>
public static class IndicatorTypes
{
    public const string Ipv4 = "ipv4-addr";
    public const string Ipv6 = "ipv6-addr";
    public const string Domain = "domain-name";
    public const string Url = "url";
    public const string Email = "email-addr";
    public const string Md5 = "file:hashes.MD5";
    public const string Sha1 = "file:hashes.'SHA-1'";
    public const string Sha256 = "file:hashes.'SHA-256'";
    public const string Cve = "vulnerability";
    public const string AttackTechnique = "attack-pattern";
}
