using System.Text.Json.Serialization;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Json;

/// <summary>Source-generated JSON metadata for the STIX model (snake_case names, nulls and unassigned values omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    AllowDuplicateProperties = false,
    Converters = [typeof(StixObjectJsonConverter)])]
[JsonSerializable(typeof(Bundle))]
[JsonSerializable(typeof(StixObject))]
[JsonSerializable(typeof(UnknownStixObject))]
[JsonSerializable(typeof(IReadOnlyList<StixObject>))]
[JsonSerializable(typeof(AttackPattern))]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(CourseOfAction))]
[JsonSerializable(typeof(Grouping))]
[JsonSerializable(typeof(Identity))]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Indicator))]
[JsonSerializable(typeof(Infrastructure))]
[JsonSerializable(typeof(IntrusionSet))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Malware))]
[JsonSerializable(typeof(MalwareAnalysis))]
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(ObservedData))]
[JsonSerializable(typeof(Opinion))]
[JsonSerializable(typeof(Report))]
[JsonSerializable(typeof(ThreatActor))]
[JsonSerializable(typeof(Tool))]
[JsonSerializable(typeof(Vulnerability))]
[JsonSerializable(typeof(Relationship))]
[JsonSerializable(typeof(Sighting))]
[JsonSerializable(typeof(MarkingDefinition))]
[JsonSerializable(typeof(ExtensionDefinition))]
[JsonSerializable(typeof(LanguageContent))]
[JsonSerializable(typeof(Artifact))]
[JsonSerializable(typeof(AutonomousSystem))]
[JsonSerializable(typeof(StixDirectory))]
[JsonSerializable(typeof(DomainName))]
[JsonSerializable(typeof(EmailAddress))]
[JsonSerializable(typeof(EmailMessage))]
[JsonSerializable(typeof(StixFile))]
[JsonSerializable(typeof(IPv4Address))]
[JsonSerializable(typeof(IPv6Address))]
[JsonSerializable(typeof(MacAddress))]
[JsonSerializable(typeof(StixMutex))]
[JsonSerializable(typeof(NetworkTraffic))]
[JsonSerializable(typeof(Process))]
[JsonSerializable(typeof(Software))]
[JsonSerializable(typeof(Url))]
[JsonSerializable(typeof(UserAccount))]
[JsonSerializable(typeof(WindowsRegistryKey))]
[JsonSerializable(typeof(X509Certificate))]
internal sealed partial class StixJsonContext : JsonSerializerContext
{
}
