using System.Text.Json.Serialization;

namespace ThreatLedger.Knowledge.Queries;

/// <summary>Source-generated JSON for the listings and boards (<c>--json</c>): snake_case, nulls written, indented.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<IncidentSummary>))]
[JsonSerializable(typeof(IncidentBoard))]
[JsonSerializable(typeof(ShowResult))]
[JsonSerializable(typeof(IReadOnlyList<ActorSummary>))]
[JsonSerializable(typeof(IReadOnlyList<VictimSummary>))]
public sealed partial class KnowledgeJsonContext : JsonSerializerContext;
