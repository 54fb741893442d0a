using System.Collections.Concurrent;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Markings;

/// <summary>
/// Decides which object versions a principal may receive from a collection. An object's effective TLP level is the
/// strictest of its own TLP markings (object and granular; the configured default when it has none) and the TLP
/// markings of every object it references, followed transitively through the knowledge base. It is served only
/// when that level is within both the principal's clearance and the collection's maximum, so TLP:RED leaves only
/// collections whose maximum is explicitly RED, to principals cleared for RED.
/// </summary>
public sealed class ObjectVisibility
{
    private const int MaxReferenceDepth = 4;
    private const int MaxReferencedObjects = 5_000;
    private const int MaxCachedFacts = 500_000;
    private readonly ITaxiiObjectStore _store;
    private readonly TlpLevel _unmarked;
    private readonly ConcurrentDictionary<(string Id, string Version), ObjectFacts> _facts = new();
    private readonly ConcurrentDictionary<string, TlpLevel?> _markingLevels = new(StringComparer.Ordinal);

    /// <summary>Creates the evaluator.</summary>
    public ObjectVisibility(ITaxiiObjectStore store, TlpLevel unmarked)
    {
        _store = store;
        _unmarked = unmarked;
    }

    /// <summary>The records of <paramref name="records"/> (order kept) that may be served.</summary>
    public async Task<List<TaxiiObjectRecord>> FilterAsync(
        IReadOnlyList<TaxiiObjectRecord> records, CollectionSettings collection, CollectionAccess access, CancellationToken cancellationToken)
    {
        var ceiling = (TlpLevel)Math.Min((int)access.Clearance, (int)collection.MaxTlp);
        var visible = new List<TaxiiObjectRecord>(records.Count);
        if (records.Count == 0 || !access.CanRead)
        {
            return visible;
        }

        var facts = new ObjectFacts[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            facts[i] = FactsOf(records[i]);
        }

        await ResolveMarkingsAsync(facts, cancellationToken).ConfigureAwait(false);
        var referenced = await LoadReferencesAsync(facts, cancellationToken).ConfigureAwait(false);
        var memo = new Dictionary<string, TlpLevel?>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var fact = facts[i];
            if (collection.RequiredMarkings.Count > 0 && !fact.MarkingRefs.Any(collection.RequiredMarkings.Contains))
            {
                continue;
            }

            if (collection.Types.Count > 0 && !collection.Types.Contains(fact.Type, StringComparer.Ordinal))
            {
                continue;
            }

            var level = OwnLevel(fact) ?? (fact.DefinedLevel is not null ? TlpLevel.Clear : _unmarked);
            foreach (var reference in fact.References)
            {
                var inherited = ReferenceLevel(reference, referenced, memo, 0);
                if (inherited > level)
                {
                    level = inherited.Value;
                }
            }

            if (level <= ceiling)
            {
                visible.Add(records[i]);
            }
        }

        return visible;
    }

    /// <summary>The strictest TLP level among an object's own markings, or null when it carries none.</summary>
    public TlpLevel? OwnLevel(ObjectFacts facts)
    {
        TlpLevel? level = null;
        foreach (var marking in facts.MarkingRefs)
        {
            TlpLevel? markingLevel = TlpMarkings.TryGetPredefined(marking, out var predefined)
                ? predefined
                : _markingLevels.TryGetValue(marking, out var stored) ? stored : null;
            if (markingLevel is not null && (level is null || markingLevel > level))
            {
                level = markingLevel;
            }
        }

        return level;
    }

    /// <summary>The cached facts of a record version.</summary>
    public ObjectFacts FactsOf(TaxiiObjectRecord record)
    {
        var key = (record.Id, record.Version);
        if (_facts.TryGetValue(key, out var facts))
        {
            return facts;
        }

        facts = ObjectFacts.Read(record.Json);
        if (_facts.Count >= MaxCachedFacts)
        {
            _facts.Clear();
        }

        _facts[key] = facts;
        return facts;
    }

    /// <summary>Loads the TLP levels of marking definitions that are not predefined (marking definitions never change).</summary>
    public async Task ResolveMarkingsAsync(IEnumerable<ObjectFacts> facts, CancellationToken cancellationToken)
    {
        HashSet<string>? unknown = null;
        foreach (var fact in facts)
        {
            foreach (var marking in fact.MarkingRefs)
            {
                if (!TlpMarkings.TryGetPredefined(marking, out _) && !_markingLevels.ContainsKey(marking))
                {
                    (unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(marking);
                }
            }
        }

        if (unknown is null)
        {
            return;
        }

        var found = await _store.GetLatestAsync(unknown, cancellationToken).ConfigureAwait(false);
        foreach (var (id, record) in found)
        {
            _markingLevels[id] = FactsOf(record).DefinedLevel;
        }
    }

    private async Task<Dictionary<string, ObjectFacts?>> LoadReferencesAsync(ObjectFacts[] facts, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, ObjectFacts?>(StringComparer.Ordinal);
        var frontier = new HashSet<string>(facts.SelectMany(f => f.References), StringComparer.Ordinal);
        for (var depth = 0; depth < MaxReferenceDepth && frontier.Count > 0 && known.Count < MaxReferencedObjects; depth++)
        {
            var batch = frontier.Where(id => !known.ContainsKey(id)).Take(MaxReferencedObjects - known.Count).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            var found = await _store.GetLatestAsync(batch, cancellationToken).ConfigureAwait(false);
            var next = new HashSet<string>(StringComparer.Ordinal);
            var loaded = new List<ObjectFacts>();
            foreach (var id in batch)
            {
                if (found.TryGetValue(id, out var record))
                {
                    var fact = FactsOf(record);
                    known[id] = fact;
                    loaded.Add(fact);
                    next.UnionWith(fact.References);
                }
                else
                {
                    known[id] = null;
                }
            }

            await ResolveMarkingsAsync(loaded, cancellationToken).ConfigureAwait(false);
            frontier = next;
        }

        return known;
    }

    private TlpLevel? ReferenceLevel(string id, Dictionary<string, ObjectFacts?> referenced, Dictionary<string, TlpLevel?> memo, int depth)
    {
        if (memo.TryGetValue(id, out var cached))
        {
            return cached;
        }

        memo[id] = null; // cycle guard
        if (!referenced.TryGetValue(id, out var facts) || facts is null)
        {
            // Not loaded within the depth budget: be strict unless it is simply absent from the knowledge base.
            var unresolved = referenced.ContainsKey(id) ? (TlpLevel?)null : TlpLevel.Red;
            memo[id] = unresolved;
            return unresolved;
        }

        var level = OwnLevel(facts);
        if (depth + 1 < MaxReferenceDepth)
        {
            foreach (var next in facts.References)
            {
                var inherited = ReferenceLevel(next, referenced, memo, depth + 1);
                if (inherited is not null && (level is null || inherited > level))
                {
                    level = inherited;
                }
            }
        }

        memo[id] = level;
        return level;
    }
}
