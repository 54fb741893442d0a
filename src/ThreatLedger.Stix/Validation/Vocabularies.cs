using System.Collections.Frozen;

namespace ThreatLedger.Stix.Validation;

/// <summary>
/// The suggested open vocabularies (values outside them are warnings) and the enumerations (values outside them are
/// errors) of STIX 2.1 section 10, keyed by <c>type.property</c> or <c>*.property</c>.
/// </summary>
public static class Vocabularies
{
    private static readonly FrozenDictionary<string, (FrozenSet<string> Values, bool IsEnum, string Name)> s_byProperty = Build();

    /// <summary>Hash algorithm names (hashing-algorithm-ov).</summary>
    public static FrozenSet<string> HashingAlgorithms { get; } = Set("MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256", "SHA3-512", "SSDEEP", "TLSH");

    /// <summary>The vocabulary that applies to a property of a type, or null.</summary>
    internal static (FrozenSet<string> Values, bool IsEnum, string Name)? For(string type, string property) =>
        s_byType.TryGetValue(type, out var forType) && forType.TryGetValue(property, out var v) ? v
        : s_byType.TryGetValue("*", out var any) && any.TryGetValue(property, out var w) ? w : null;

    private static readonly FrozenDictionary<string, FrozenDictionary<string, (FrozenSet<string> Values, bool IsEnum, string Name)>> s_byType =
        s_byProperty.GroupBy(p => p.Key[..p.Key.IndexOf('.', StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(p => p.Key[(p.Key.IndexOf('.', StringComparison.Ordinal) + 1)..], p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The values of a named vocabulary, e.g. <c>malware-type-ov</c>, or null when unknown.</summary>
    public static IReadOnlySet<string>? Named(string name) =>
        s_byProperty.Values.FirstOrDefault(v => v.Name == name) is { Name: not null } found ? found.Values : null;

    private static FrozenSet<string> Set(params string[] values) => values.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, (FrozenSet<string>, bool, string)> Build()
    {
        var motivation = Set("accidental", "coercion", "dominance", "ideology", "notoriety", "organizational-gain", "personal-gain", "personal-satisfaction", "revenge", "unpredictable");
        var resourceLevel = Set("individual", "club", "contest", "team", "organization", "government");
        var d = new Dictionary<string, (FrozenSet<string>, bool, string)>(StringComparer.Ordinal)
        {
            ["*.primary_motivation"] = (motivation, false, "attack-motivation-ov"),
            ["*.secondary_motivations"] = (motivation, false, "attack-motivation-ov"),
            ["*.personal_motivations"] = (motivation, false, "attack-motivation-ov"),
            ["*.resource_level"] = (resourceLevel, false, "attack-resource-level-ov"),
            ["grouping.context"] = (Set("suspicious-activity", "malware-analysis", "unspecified"), false, "grouping-context-ov"),
            ["identity.identity_class"] = (Set("individual", "group", "system", "organization", "class", "unknown"), false, "identity-class-ov"),
            ["malware.implementation_languages"] = (Set("applescript", "bash", "c", "c++", "c#", "go", "java", "javascript", "lua", "objective-c", "perl", "php", "powershell", "python", "ruby", "scala", "swift", "typescript", "visual-basic", "x86-32", "x86-64"), false, "implementation-language-ov"),
            ["indicator.indicator_types"] = (Set("anomalous-activity", "anonymization", "benign", "compromised", "malicious-activity", "attribution", "unknown"), false, "indicator-type-ov"),
            ["identity.sectors"] = (Set("agriculture", "aerospace", "automotive", "chemical", "commercial", "communications", "construction", "defense", "education", "energy", "entertainment", "financial-services", "government", "government-emergency-services", "government-local", "government-national", "government-public-services", "government-regional", "healthcare", "hospitality-leisure", "infrastructure", "infrastructure-dams", "infrastructure-nuclear", "infrastructure-water", "insurance", "manufacturing", "mining", "non-profit", "pharmaceuticals", "retail", "technology", "telecommunications", "transportation", "utilities"), false, "industry-sector-ov"),
            ["infrastructure.infrastructure_types"] = (Set("amplification", "anonymization", "botnet", "command-and-control", "control-system", "exfiltration", "firewall", "hosting-malware", "hosting-target-lists", "phishing", "reconnaissance", "routers-switches", "staging", "workstation", "unknown"), false, "infrastructure-type-ov"),
            ["malware-analysis.result"] = (Set("malicious", "suspicious", "benign", "unknown"), false, "malware-result-ov"),
            ["malware.capabilities"] = (Set("accesses-remote-machines", "anti-debugging", "anti-disassembly", "anti-emulation", "anti-memory-forensics", "anti-sandbox", "anti-vm", "captures-input-peripherals", "captures-output-peripherals", "captures-system-state-data", "cleans-traces-of-infection", "commits-fraud", "communicates-with-c2", "compromises-data-availability", "compromises-data-integrity", "compromises-system-availability", "controls-local-machine", "degrades-security-software", "degrades-system-updates", "determines-c2-server", "emails-spam", "escalates-privileges", "evades-av", "exfiltrates-data", "fingerprints-host", "hides-artifacts", "hides-executing-code", "infects-files", "infects-remote-machines", "installs-other-components", "persists-after-system-reboot", "prevents-artifact-access", "prevents-artifact-deletion", "probes-network-environment", "self-modifies", "steals-authentication-credentials", "violates-system-operational-integrity"), false, "malware-capabilities-ov"),
            ["malware.malware_types"] = (Set("adware", "backdoor", "bot", "bootkit", "ddos", "downloader", "dropper", "exploit-kit", "keylogger", "ransomware", "remote-access-trojan", "resource-exploitation", "rogue-security-software", "rootkit", "screen-capture", "spyware", "trojan", "unknown", "virus", "webshell", "wiper", "worm"), false, "malware-type-ov"),
            ["indicator.pattern_type"] = (Set("stix", "pcre", "sigma", "snort", "suricata", "yara"), false, "pattern-type-ov"),
            ["malware.architecture_execution_envs"] = (Set("alpha", "arm", "ia-64", "mips", "powerpc", "sparc", "x86", "x86-64"), false, "processor-architecture-ov"),
            ["location.region"] = (Set("africa", "eastern-africa", "middle-africa", "northern-africa", "southern-africa", "western-africa", "americas", "caribbean", "central-america", "latin-america-caribbean", "northern-america", "south-america", "asia", "central-asia", "eastern-asia", "southern-asia", "south-eastern-asia", "western-asia", "europe", "eastern-europe", "northern-europe", "southern-europe", "western-europe", "oceania", "antarctica", "australia-new-zealand", "melanesia", "micronesia", "polynesia"), false, "region-ov"),
            ["report.report_types"] = (Set("attack-pattern", "campaign", "identity", "indicator", "intrusion-set", "malware", "observed-data", "threat-actor", "threat-report", "tool", "vulnerability"), false, "report-type-ov"),
            ["threat-actor.threat_actor_types"] = (Set("activist", "competitor", "crime-syndicate", "criminal", "hacker", "insider-accidental", "insider-disgruntled", "nation-state", "sensationalist", "spy", "terrorist", "unknown"), false, "threat-actor-type-ov"),
            ["threat-actor.roles"] = (Set("agent", "director", "independent", "infrastructure-architect", "infrastructure-operator", "malware-author", "sponsor"), false, "threat-actor-role-ov"),
            ["threat-actor.sophistication"] = (Set("none", "minimal", "intermediate", "advanced", "expert", "innovator", "strategic"), false, "threat-actor-sophistication-ov"),
            ["tool.tool_types"] = (Set("denial-of-service", "exploitation", "information-gathering", "network-capture", "credential-exploitation", "remote-access", "vulnerability-scanning", "unknown"), false, "tool-type-ov"),
            ["user-account.account_type"] = (Set("facebook", "ldap", "nis", "openid", "radius", "skype", "tacacs", "twitter", "unix", "windows-local", "windows-domain"), false, "account-type-ov"),
            ["artifact.encryption_algorithm"] = (Set("AES-256-GCM", "ChaCha20-Poly1305", "mime-type-indicated"), true, "encryption-algorithm-enum"),
            ["opinion.opinion"] = (Set("strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"), true, "opinion-enum"),
            ["extension-definition.extension_types"] = (Set("new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension"), true, "extension-type-enum"),
            ["marking-definition.definition_type"] = (Set("statement", "tlp"), false, "marking definition types (7.2.1)"),
            ["socket-ext.address_family"] = (Set("AF_UNSPEC", "AF_INET", "AF_IPX", "AF_APPLETALK", "AF_NETBIOS", "AF_INET6", "AF_IRDA", "AF_BTH"), true, "network-socket-address-family-enum"),
            ["socket-ext.socket_type"] = (Set("SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "SOCK_RDM", "SOCK_SEQPACKET"), true, "network-socket-type-enum"),
            ["windows-process-ext.integrity_level"] = (Set("low", "medium", "high", "system"), true, "windows-integrity-level-enum"),
            ["windows-service-ext.start_type"] = (Set("SERVICE_AUTO_START", "SERVICE_BOOT_START", "SERVICE_DEMAND_START", "SERVICE_DISABLED", "SERVICE_SYSTEM_ALERT"), true, "windows-service-start-type-enum"),
            ["windows-service-ext.service_type"] = (Set("SERVICE_KERNEL_DRIVER", "SERVICE_FILE_SYSTEM_DRIVER", "SERVICE_WIN32_OWN_PROCESS", "SERVICE_WIN32_SHARE_PROCESS"), true, "windows-service-type-enum"),
            ["windows-service-ext.service_status"] = (Set("SERVICE_CONTINUE_PENDING", "SERVICE_PAUSE_PENDING", "SERVICE_PAUSED", "SERVICE_RUNNING", "SERVICE_START_PENDING", "SERVICE_STOP_PENDING", "SERVICE_STOPPED"), true, "windows-service-status-enum"),
            ["windows-pebinary-ext.pe_type"] = (Set("exe", "dll", "sys"), false, "windows-pebinary-type-ov"),
            ["windows-registry-value.data_type"] = (Set("REG_NONE", "REG_SZ", "REG_EXPAND_SZ", "REG_BINARY", "REG_DWORD", "REG_DWORD_BIG_ENDIAN", "REG_DWORD_LITTLE_ENDIAN", "REG_LINK", "REG_MULTI_SZ", "REG_RESOURCE_LIST", "REG_FULL_RESOURCE_DESCRIPTION", "REG_RESOURCE_REQUIREMENTS_LIST", "REG_QWORD", "REG_INVALID_TYPE"), true, "windows-registry-datatype-enum"),
        };
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
