namespace ThreatLedger.Extraction.Model;

/// <summary>Who makes a claim, as the text gives it, and through whom it reached the article.</summary>
public sealed record ClaimSource
{
    /// <summary>Name or description as the text gives it ("a news outlet", "the Chinese foreign ministry").</summary>
    public required string Name { get; init; }
    /// <summary>One of <see cref="SourceKinds"/>.</summary>
    public required string Kind { get; init; }
    /// <summary>How many sources, when stated ("three government and private sector sources" → 3).</summary>
    public int? Count { get; init; }
    /// <summary>The outlet or party the source is cited through ("according to the Financial Times").</summary>
    public string? CitedVia { get; init; }
    /// <summary>The source's entity, when it is one.</summary>
    public string? EntityId { get; init; }
}
