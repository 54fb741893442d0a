using System.Text.Json.Serialization;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>Source-generated JSON for the small JSON values the schema stores (marking ref lists).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
