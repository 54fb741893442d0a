namespace ThreatLedger.Extraction.Events;

/// <summary>The usual CASIE entity type of each argument role, for arguments found by rules.</summary>
internal static class DefaultEntityTypes
{
    public static string? For(string role) => role switch
    {
        "Compromised-Data" => "PII",
        "Attacker" or "Victim" or "Discoverer" or "Releaser" or "Trusted-Entity" or "Vulnerable_System_Owner" => "Organization",
        "Time" => "Time",
        "Place" => "GPE",
        "CVE" => "CVE",
        "Price" or "Damage-Amount" => "Money",
        "Payment-Method" => "PaymentMethod",
        "Number-of-Victim" or "Number-of-Data" => "Number",
        "Vulnerability" => "Vulnerability",
        "Vulnerable_System" => "System",
        "Patch" => "Patch",
        "Tool" => "Malware",
        "Purpose" => "Purpose",
        "Capabilities" => "Capabilities",
        "Vulnerable_System_Version" or "Patch-Number" => "Version",
        _ => null,
    };
}
