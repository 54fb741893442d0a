namespace ThreatLedger.Taxii.Storage;

/// <summary>One page of records in (date added, sequence) order.</summary>
/// <param name="Items">The records.</param>
/// <param name="More">Whether more records match after the last one.</param>
public sealed record TaxiiObjectPage(IReadOnlyList<TaxiiObjectRecord> Items, bool More);
