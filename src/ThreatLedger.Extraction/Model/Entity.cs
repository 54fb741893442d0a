namespace ThreatLedger.Extraction.Model;

/// <summary>A thing the document talks about, with every place it is mentioned.</summary>
public sealed record Entity
{
    /// <summary>Document-local id, e.g. <c>e3</c>.</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="EntityKinds"/>.</summary>
    public required string Kind { get; init; }
    /// <summary>Canonical name (the long form where the text defines an acronym).</summary>
    public required string Name { get; init; }
    /// <summary>Other names seen in the text (acronyms, short forms), canonical name excluded.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>
    /// Attributes such as <c>country</c> (ISO 3166-1 alpha-2), <c>actor_type</c> (state-sponsored, criminal,
    /// hacktivist), <c>sector</c>, and for indicators <c>indicator_type</c>, <c>value</c>, <c>defanged</c>, <c>malicious</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
    /// <summary>Every mention, in text order.</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];
}
