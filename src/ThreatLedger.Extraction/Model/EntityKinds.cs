namespace ThreatLedger.Extraction.Model;

/// <summary>The kinds an <see cref="Entity"/> can have (an open vocabulary: users' gazetteers may add more).</summary>
public static class EntityKinds
{
    public const string Organization = "organization";
    public const string GovernmentBody = "government-body";
    public const string Country = "country";
    public const string ThreatActor = "threat-actor";
    public const string Malware = "malware";
    public const string Tool = "tool";
    public const string Vulnerability = "vulnerability";
    public const string Sector = "sector";
    public const string System = "system";
    public const string Person = "person";
    public const string Outlet = "outlet";
    public const string Vendor = "vendor";
    public const string Indicator = "indicator";
    public const string AttackPattern = "attack-pattern";
    public const string Data = "data";
}
