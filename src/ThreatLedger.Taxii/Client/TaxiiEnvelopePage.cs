using System.Text.Json;

namespace ThreatLedger.Taxii.Client;

/// <summary>One page of a remote collection.</summary>
/// <param name="Objects">The objects' raw JSON elements (owned by the page's document).</param>
/// <param name="More">The envelope's <c>more</c>.</param>
/// <param name="Next">The envelope's <c>next</c>, if any.</param>
/// <param name="DateAddedLast">The X-TAXII-Date-Added-Last header, if any.</param>
public sealed record TaxiiEnvelopePage(IReadOnlyList<JsonElement> Objects, bool More, string? Next, string? DateAddedLast);
