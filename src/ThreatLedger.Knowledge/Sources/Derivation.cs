namespace ThreatLedger.Knowledge.Sources;

/// <summary>
/// One article relays another's reporting: which article, which earlier article or outlet it depends on, how that
/// was detected (<see cref="DerivationMethods"/>) and the evidence for it, in words.
/// </summary>
/// <param name="DocumentSeq">The relaying article.</param>
/// <param name="SourceDocumentSeq">The earlier article in the store it relays, when known.</param>
/// <param name="SourceOutlet">The outlet it relays.</param>
/// <param name="Method">One of <see cref="DerivationMethods"/>.</param>
/// <param name="Detail">Why, in words: the cue, the copied passage, the shared anonymous source.</param>
public sealed record Derivation(long DocumentSeq, long? SourceDocumentSeq, string? SourceOutlet, string Method, string Detail);
