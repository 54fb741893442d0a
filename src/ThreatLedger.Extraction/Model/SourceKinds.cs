namespace ThreatLedger.Extraction.Model;

/// <summary>Who a claim's source is.</summary>
public static class SourceKinds
{
    public const string Victim = "victim";
    public const string Government = "government";
    public const string Media = "media";
    public const string Vendor = "vendor";
    public const string Researchers = "researchers";
    public const string AnonymousOfficials = "anonymous-officials";
    public const string Accused = "accused";
    public const string Unknown = "unknown";
}
