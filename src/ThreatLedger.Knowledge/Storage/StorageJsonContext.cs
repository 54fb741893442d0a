using System.Text.Json.Serialization;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>Source-generated JSON for the small JSON values the schema stores (marking ref lists, and a ref on its own to find in them).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
