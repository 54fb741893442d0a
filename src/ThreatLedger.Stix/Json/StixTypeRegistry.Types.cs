using System.Collections.Frozen;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Json;

/// <summary>Maps STIX type names to the classes that model them.</summary>
internal static partial class StixTypeRegistry
{
    private static FrozenDictionary<string, Type> BuildMap() => new Dictionary<string, Type>
    {
        [AttackPattern.TypeName] = typeof(AttackPattern),
        [Campaign.TypeName] = typeof(Campaign),
        [CourseOfAction.TypeName] = typeof(CourseOfAction),
        [Grouping.TypeName] = typeof(Grouping),
        [Identity.TypeName] = typeof(Identity),
        [Incident.TypeName] = typeof(Incident),
        [Indicator.TypeName] = typeof(Indicator),
        [Infrastructure.TypeName] = typeof(Infrastructure),
        [IntrusionSet.TypeName] = typeof(IntrusionSet),
        [Location.TypeName] = typeof(Location),
        [Malware.TypeName] = typeof(Malware),
        [MalwareAnalysis.TypeName] = typeof(MalwareAnalysis),
        [Note.TypeName] = typeof(Note),
        [ObservedData.TypeName] = typeof(ObservedData),
        [Opinion.TypeName] = typeof(Opinion),
        [Report.TypeName] = typeof(Report),
        [ThreatActor.TypeName] = typeof(ThreatActor),
        [Tool.TypeName] = typeof(Tool),
        [Vulnerability.TypeName] = typeof(Vulnerability),
        [Relationship.TypeName] = typeof(Relationship),
        [Sighting.TypeName] = typeof(Sighting),
        [MarkingDefinition.TypeName] = typeof(MarkingDefinition),
        [ExtensionDefinition.TypeName] = typeof(ExtensionDefinition),
        [LanguageContent.TypeName] = typeof(LanguageContent),
        [Artifact.TypeName] = typeof(Artifact),
        [AutonomousSystem.TypeName] = typeof(AutonomousSystem),
        [StixDirectory.TypeName] = typeof(StixDirectory),
        [DomainName.TypeName] = typeof(DomainName),
        [EmailAddress.TypeName] = typeof(EmailAddress),
        [EmailMessage.TypeName] = typeof(EmailMessage),
        [StixFile.TypeName] = typeof(StixFile),
        [IPv4Address.TypeName] = typeof(IPv4Address),
        [IPv6Address.TypeName] = typeof(IPv6Address),
        [MacAddress.TypeName] = typeof(MacAddress),
        [StixMutex.TypeName] = typeof(StixMutex),
        [NetworkTraffic.TypeName] = typeof(NetworkTraffic),
        [Process.TypeName] = typeof(Process),
        [Software.TypeName] = typeof(Software),
        [Url.TypeName] = typeof(Url),
        [UserAccount.TypeName] = typeof(UserAccount),
        [WindowsRegistryKey.TypeName] = typeof(WindowsRegistryKey),
        [X509Certificate.TypeName] = typeof(X509Certificate),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
