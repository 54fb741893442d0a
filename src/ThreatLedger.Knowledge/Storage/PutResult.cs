namespace ThreatLedger.Knowledge.Storage;

/// <summary>The result of a put: one outcome per input object, in input order.</summary>
public sealed record PutResult(IReadOnlyList<PutOutcome> Outcomes)
{
    /// <summary>Versions that were new to the store (or to the collection).</summary>
    public int Inserted => Outcomes.Count(o => o.Inserted);
    /// <summary>Versions that were already stored; nothing changed for them.</summary>
    public int Unchanged => Outcomes.Count(o => !o.Inserted);
}
