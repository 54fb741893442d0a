using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ThreatLedger.Hunting;

/// <summary>Source-generated JSON metadata for the hunting library.</summary>
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class HuntingJsonContext : JsonSerializerContext;
